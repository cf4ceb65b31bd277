#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A data key as stored: wrapped by the key-encryption key of `kekVersion`.
struct StoredDataKey {
    std::uint32_t id = 0;
    std::string purpose; ///< "personal_fields", "police_fields" or "index_root"
    std::string scope;   ///< "retention:YYYY-MM", "police:YYYY-MM" or "global"
    std::uint32_t kekVersion = 0;
    std::vector<std::uint8_t> wrapped;
    /// A split key: the material is derived from this (database) half and a half in the key vault, which is
    /// destroyed with the key. False for keys made before the vault (V002) and for the index root.
    bool vault = false;
};

class KeyRepository {
public:
    virtual ~KeyRepository() = default;
    /// The current (not retired, not destroyed) key of a purpose and scope.
    virtual std::optional<StoredDataKey> findCurrent(const std::string& purpose, const std::string& scope) = 0;
    virtual std::optional<StoredDataKey> findById(std::uint32_t id) = 0;
    /// Reserves an id for a new key (the id is part of what the wrapping binds).
    virtual std::uint32_t nextKeyId() = 0;
    /// Stores a new current key; when another process stored one for the same purpose and scope
    /// first, returns that one instead (first writer wins).
    virtual StoredDataKey insertCurrent(const StoredDataKey& key) = 0;
    /// Every key not destroyed (for loading and KEK rotation).
    virtual std::vector<StoredDataKey> allLive() = 0;
};

} // namespace kiroku::domain
