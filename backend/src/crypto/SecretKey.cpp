#include "crypto/SecretKey.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace kiroku::crypto {

SecretKey::SecretKey(ByteView bytes) : m_data(std::make_unique<std::uint8_t[]>(bytes.size())), m_size(bytes.size()) {
    std::copy(bytes.begin(), bytes.end(), m_data.get());
}

SecretKey SecretKey::generate(std::size_t size) {
    if (size == 0 || size > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw std::invalid_argument("invalid key size");
    }
    SecretKey key;
    key.m_data = std::make_unique<std::uint8_t[]>(size);
    key.m_size = size;
    if (RAND_bytes(key.m_data.get(), static_cast<int>(size)) != 1) {
        throw std::runtime_error("the system random number generator failed");
    }
    return key;
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0)) {}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretKey::~SecretKey() {
    wipe();
}

SecretKey SecretKey::clone() const {
    return SecretKey(bytes());
}

void SecretKey::wipe() noexcept {
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_size);
        m_data.reset();
    }
    m_size = 0;
}

bool SecretKey::sameMaterialAs(const SecretKey& other) const noexcept {
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0);
}

} // namespace kiroku::crypto
