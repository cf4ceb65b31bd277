#pragma once

#include "devices/parsers/Bytes.h"

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace kiroku::kiosk::devices::test {

/// Bytes from hex text, spaces allowed: hex("45 0B 30 30 38").
inline Bytes hex(std::string_view text) {
    Bytes out;
    int high = -1;
    for (char c : text) {
        int value = -1;
        if (c >= '0' && c <= '9') {
            value = c - '0';
        } else if (c >= 'A' && c <= 'F') {
            value = c - 'A' + 10;
        } else if (c >= 'a' && c <= 'f') {
            value = c - 'a' + 10;
        } else {
            continue;
        }
        if (high < 0) {
            high = value;
        } else {
            out.push_back(static_cast<std::uint8_t>(high * 16 + value));
            high = -1;
        }
    }
    return out;
}

/// Concatenation of byte strings.
inline Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const Bytes& part : parts) {
        out.insert(out.end(), part.begin(), part.end());
    }
    return out;
}

/// A simple TLV element (1-byte tag, 1-byte length).
inline Bytes tlv(std::uint8_t tag, const Bytes& value) {
    Bytes out{tag, static_cast<std::uint8_t>(value.size())};
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

/// ASCII text as bytes.
inline Bytes ascii(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

} // namespace kiroku::kiosk::devices::test
