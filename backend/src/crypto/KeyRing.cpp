#include "crypto/KeyRing.h"

#include "crypto/Errors.h"

#include <mutex>
#include <stdexcept>
#include <string>

namespace kiroku::crypto {

bool KeyRing::add(std::uint32_t keyId, SecretKey key) {
    if (key.empty()) {
        throw std::invalid_argument("cannot add an empty key to the key ring");
    }
    auto shared = std::make_shared<const SecretKey>(std::move(key));
    std::unique_lock lock(m_mutex);
    const auto [it, inserted] = m_keys.try_emplace(keyId, std::move(shared));
    if (!inserted && !it->second->sameMaterialAs(*shared)) {
        throw std::invalid_argument("key id " + std::to_string(keyId) + " is already loaded with different material");
    }
    return inserted;
}

std::shared_ptr<const SecretKey> KeyRing::get(std::uint32_t keyId) const {
    std::shared_lock lock(m_mutex);
    const auto it = m_keys.find(keyId);
    if (it == m_keys.end()) {
        throw UnknownKeyError(keyId);
    }
    return it->second;
}

bool KeyRing::contains(std::uint32_t keyId) const {
    std::shared_lock lock(m_mutex);
    return m_keys.contains(keyId);
}

bool KeyRing::erase(std::uint32_t keyId) {
    std::shared_ptr<const SecretKey> removed;
    {
        std::unique_lock lock(m_mutex);
        const auto it = m_keys.find(keyId);
        if (it == m_keys.end()) {
            return false;
        }
        removed = std::move(it->second);
        m_keys.erase(it);
    }
    // `removed` is released here, outside the lock; if it was the last holder the SecretKey destructor wipes it.
    return true;
}

void KeyRing::clear() {
    std::map<std::uint32_t, std::shared_ptr<const SecretKey>> removed;
    {
        std::unique_lock lock(m_mutex);
        removed.swap(m_keys);
    }
}

std::vector<std::uint32_t> KeyRing::ids() const {
    std::shared_lock lock(m_mutex);
    std::vector<std::uint32_t> out;
    out.reserve(m_keys.size());
    for (const auto& entry : m_keys) {
        out.push_back(entry.first);
    }
    return out;
}

std::size_t KeyRing::size() const {
    std::shared_lock lock(m_mutex);
    return m_keys.size();
}

} // namespace kiroku::crypto
