#pragma once

#include "domain/Audit.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A store's Ed25519 signing key as stored: the public key in the clear, the private key wrapped by the
/// key-encryption key of `kekVersion`.
struct StoredSigningKey {
    std::uint32_t id = 0;
    std::int64_t storeId = 0;
    std::vector<std::uint8_t> publicKey;
    std::uint32_t kekVersion = 0;
    std::vector<std::uint8_t> wrappedPrivateKey;
};

/// The stores' signing keys (store_signing_keys).
class SigningKeyRepository {
public:
    virtual ~SigningKeyRepository() = default;
    /// The store's current (not retired) key.
    virtual std::optional<StoredSigningKey> current(std::int64_t storeId) = 0;
    virtual std::optional<StoredSigningKey> byId(std::uint32_t id) = 0;
    /// Reserves an id for a new key (the wrapping binds it).
    virtual std::uint32_t nextId() = 0;
    /// Stores a store's first current key; when another process stored one first, returns that one (first writer
    /// wins).
    virtual StoredSigningKey insertCurrent(const StoredSigningKey& key) = 0;
    /// Every key (for KEK rotation).
    virtual std::vector<StoredSigningKey> all() = 0;
    /// Stores a key re-wrapped under another KEK and appends `audit`, in one transaction.
    virtual void storeRewrapped(std::uint32_t id, std::uint32_t kekVersion, const std::vector<std::uint8_t>& wrapped,
                                const AuditEntry& audit) = 0;
};

} // namespace kiroku::domain
