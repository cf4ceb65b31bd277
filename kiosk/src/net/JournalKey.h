#pragma once

#include "crypto/SecretKey.h"

#include <QString>

#include <optional>

namespace kiroku::kiosk::net {

/// The keys of the offline journal, derived from the kiosk's key file with HKDF under separate labels.
struct JournalKeys {
    crypto::SecretKey payload;   ///< AES-256-GCM key of the journal's personal fields
    crypto::SecretKey cardIndex; ///< HMAC key of the member-card hash → record id map
};

/// Loads the kiosk key file (`kiosk/key_file`): a regular file, not a symbolic link, owned by this user, with no
/// group or other permission bits (mode 0600 or 0400), holding 32 bytes as 64 hex characters and at most one
/// newline. When the file does not exist and `createIfMissing` is set, a new random key is written with mode 0600.
/// Returns nothing and sets `problem` (naming the path and, when it is the reason, the mode) otherwise.
[[nodiscard]] std::optional<JournalKeys> loadJournalKeys(const QString& path, bool createIfMissing, QString* problem);

} // namespace kiroku::kiosk::net
