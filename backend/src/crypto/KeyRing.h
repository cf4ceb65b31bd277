#pragma once

#include "crypto/SecretKey.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <shared_mutex>
#include <vector>

namespace kiroku::crypto {

/// Thread-safe in-memory map from data-key id to unwrapped key. Purely in memory: the storage layer loads and
/// unwraps keys and adds them here; services look them up to encrypt and decrypt fields.
class KeyRing {
public:
    KeyRing() = default;
    KeyRing(const KeyRing&) = delete;
    KeyRing& operator=(const KeyRing&) = delete;

    /// Adds a key. Returns true when added, false when the same material is already there under `keyId`.
    /// Throws std::invalid_argument if `keyId` already holds different material or `key` is empty.
    bool add(std::uint32_t keyId, SecretKey key);

    /// The key for `keyId`. Throws UnknownKeyError if absent. The shared pointer keeps the material alive for an
    /// operation that is in flight while the key is erased; it is wiped when the last holder releases it.
    std::shared_ptr<const SecretKey> get(std::uint32_t keyId) const;

    /// True when `keyId` is loaded.
    bool contains(std::uint32_t keyId) const;

    /// Removes `keyId`; its material is wiped as soon as no operation holds it. Returns false if it was absent.
    bool erase(std::uint32_t keyId);

    /// Removes every key.
    void clear();

    /// Ids of the loaded keys, ascending.
    std::vector<std::uint32_t> ids() const;

    std::size_t size() const;

private:
    mutable std::shared_mutex m_mutex;
    std::map<std::uint32_t, std::shared_ptr<const SecretKey>> m_keys;
};

} // namespace kiroku::crypto
