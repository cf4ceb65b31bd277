#pragma once

#include "crypto/KeyEncryptionKey.h"
#include "domain/IdentityKeyMaintenance.h"
#include "services/keys/KeyService.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kiroku::backend::services {

struct KekRotationReport {
    std::size_t rewrapped = 0;
    /// Live keys wrapped by a KEK version that is neither the current nor the new one: left unchanged.
    std::size_t otherVersion = 0;
};

struct KeyReencryption {
    std::uint32_t fromKeyId = 0;
    std::uint32_t toKeyId = 0;
    std::string scope;
    std::size_t reencrypted = 0;
    std::size_t failed = 0; ///< records that did not decrypt under the old key: left unchanged, to investigate
};

struct ReencryptionReport {
    std::size_t keysRetired = 0;       ///< personal-fields keys
    std::size_t policeKeysRetired = 0; ///< police-fields keys
    std::vector<KeyReencryption> keys; ///< identity records, per key they moved off
    /// Police requests, per key they moved off (a retired police key, or a retired customers' month key a request
    /// stored before V008 is under): `reencrypted` counts requests.
    std::vector<KeyReencryption> policeKeys;
};

/// kirokuctl rotate-keys: replaces the key-encryption key, or the personal-fields data keys, on a live database in
/// short transactions (see docs/security.md, "Key rotation procedure").
class IdentityKeyRotation {
public:
    explicit IdentityKeyRotation(domain::IdentityKeyMaintenance& store, std::size_t batchSize = 500);

    /// Re-wraps every live data key from `current` to `next` (keys already under `next`'s version are left alone,
    /// so a pass can be repeated). Throws crypto::DecryptionError, after committing the batches before it, when a
    /// key that claims `current`'s version does not unwrap with it (the wrong KEK file).
    KekRotationReport rotateKek(const crypto::KeyEncryptionKey& current, const crypto::KeyEncryptionKey& next);

    /// With `retireCurrent`, retires the current personal-fields key and the current police key of every month first.
    /// Then re-encrypts every identity record still under a retired (not destroyed) key with the current key of the
    /// same month (created when missing), decrypting with the old key and encrypting with the new one; and every
    /// police request under a retired key with the current police key of its retention month, the same way.
    ReencryptionReport reencrypt(KeyService& keys, bool retireCurrent);

private:
    KeyReencryption drain(KeyService& keys, const domain::PersonalKeyInfo& from);
    KeyReencryption drainPoliceRequests(KeyService& keys, const domain::PersonalKeyInfo& from);

    domain::IdentityKeyMaintenance& m_store;
    std::size_t m_batchSize;
};

} // namespace kiroku::backend::services
