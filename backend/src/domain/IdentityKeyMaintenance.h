#pragma once

#include "domain/IdentityRecord.h"
#include "domain/KeyRepository.h"
#include "domain/PoliceKeyFields.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A retention month's data key (personal_fields, or police_fields) and whether it is still the current one of its
/// month.
struct PersonalKeyInfo {
    std::uint32_t id = 0;
    std::string scope; ///< "retention:YYYY-MM" ("police:YYYY-MM" for a police key)
    bool retired = false;
};

/// What one batch of a key-maintenance pass did.
struct MaintenanceBatch {
    std::size_t examined = 0; ///< rows selected (and locked) in this batch
    std::size_t changed = 0;  ///< rows rewritten
    std::size_t failed = 0;   ///< rows the callback refused (left unchanged)
    std::string lastKey;      ///< cursor for the next batch: the last row examined (empty when none)
};

/// Key rotation on a live database (kirokuctl rotate-keys). Every batch runs in a transaction of its own and locks
/// only the rows it rewrites, so the server keeps serving while it runs.
class IdentityKeyMaintenance {
public:
    virtual ~IdentityKeyMaintenance() = default;

    /// Re-wraps data keys that are live and not yet wrapped by KEK `targetKekVersion`, at most `limit` keys with an
    /// id above `afterId`, in id order. `rewrap` returns the new wrapped key, or nothing to leave the key unchanged
    /// (counted as failed). The row is locked while `rewrap` runs; the new version is stored with the new blob.
    virtual MaintenanceBatch
    rewrapDataKeys(std::uint32_t afterId, std::size_t limit, std::uint32_t targetKekVersion,
                   const std::function<std::optional<ByteString>(const StoredDataKey&)>& rewrap) = 0;

    /// Every personal-fields key that is not destroyed.
    virtual std::vector<PersonalKeyInfo> livePersonalKeys() = 0;

    /// Every police-fields key (police requests, V008) that is not destroyed.
    virtual std::vector<PersonalKeyInfo> livePoliceKeys() = 0;

    /// Marks key `id` retired (no longer used for new values; still used to decrypt). False when it was already
    /// retired or destroyed.
    virtual bool retireKey(std::uint32_t id) = 0;

    /// How many identity records are encrypted under key `keyId`.
    virtual std::size_t countRecordsUnderKey(std::uint32_t keyId) = 0;

    /// How many police requests are encrypted under key `keyId`.
    virtual std::size_t countPoliceRequestsUnderKey(std::uint32_t keyId) = 0;

    /// Re-encrypts up to `limit` police requests still under key `fromKeyId`, with an id above `afterId` (empty: from
    /// the start), in id order, as reencryptRecords does for identity records: each row locked and re-checked.
    /// `reencrypt(request)` returns the new fields (with their new key id), or nothing to leave the row unchanged
    /// (counted as failed).
    virtual MaintenanceBatch reencryptPoliceRequests(
        std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
        const std::function<std::optional<EncryptedPoliceFields>(const PoliceRequestToRekey&)>& reencrypt) = 0;

    /// Re-encrypts up to `limit` identity records still under key `fromKeyId`, with an id above `afterId` (empty:
    /// from the start), in id order. Each row is locked (FOR UPDATE) and re-checked, so a record rewritten
    /// meanwhile under another key is skipped. `reencrypt(recordId, old)` returns the new fields (with their new
    /// key id), or nothing to leave the row unchanged (counted as failed).
    virtual MaintenanceBatch reencryptRecords(
        std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
        const std::function<std::optional<EncryptedIdentityFields>(const std::string&, const EncryptedIdentityFields&)>&
            reencrypt) = 0;
};

} // namespace kiroku::domain
