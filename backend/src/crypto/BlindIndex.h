#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretKey.h"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace kiroku::crypto {

/// Keyed, truncated equality index over encrypted values: HMAC-SHA-256 under a key of its own (derived from the
/// index root key with a labels:: constant), truncated to length() bytes. Short on purpose: each index value is
/// shared by several different people, so the index alone neither identifies a person nor confirms that someone
/// is in the database. A search selects candidates by index and re-checks them by decrypting (see
/// docs/security.md for the choice of length).
///
/// Inputs must be normalised first (text::normalizeName, normalizeKana, normalizeDocumentNumber).
class BlindIndex {
public:
    /// 2 bytes = 16 bits: about three unrelated candidates per lookup among 200,000 identities.
    static constexpr std::size_t kDefaultLength = 2;
    static constexpr std::size_t kMaxLength = 32;

    /// Throws std::invalid_argument unless the key is non-empty and 1 <= length <= 32.
    explicit BlindIndex(SecretKey key, std::size_t length = kDefaultLength);

    /// An index keyed by deriveSubKey(root, label).
    static BlindIndex derive(const SecretKey& root, std::string_view label, std::size_t length = kDefaultLength);

    /// Index of one normalised value.
    Bytes compute(std::string_view normalized) const;

    /// Index of several normalised values taken together (e.g. name and date of birth). The parts are
    /// length-prefixed, so ("ab", "c") and ("a", "bc") differ.
    Bytes compute(std::initializer_list<std::string_view> parts) const;

    /// compute() as lower-case hex.
    std::string computeHex(std::string_view normalized) const;
    std::string computeHex(std::initializer_list<std::string_view> parts) const;

    std::size_t length() const noexcept { return m_length; }

private:
    SecretKey m_key;
    std::size_t m_length;
};

} // namespace kiroku::crypto
