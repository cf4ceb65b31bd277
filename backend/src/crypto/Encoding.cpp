#include "crypto/Encoding.h"

#include <openssl/evp.h>

#include <limits>
#include <stdexcept>

namespace kiroku::crypto {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool isBase64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

} // namespace

Bytes fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) {
        throw std::invalid_argument("hex string has an odd number of characters");
    }
    Bytes out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = hexValue(hex[i]);
        const int lo = hexValue(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            throw std::invalid_argument("hex string contains a character other than 0-9, a-f, A-F");
        }
        out.push_back(static_cast<std::uint8_t>((hi << 4) | lo));
    }
    return out;
}

std::string toBase64(ByteView bytes, bool padded) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max() / 4 * 3)) {
        throw std::length_error("input too large for base64 encoding");
    }
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int written =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(written));
    if (!padded) {
        while (!out.empty() && out.back() == '=') {
            out.pop_back();
        }
    }
    return out;
}

Bytes fromBase64(std::string_view base64) {
    std::size_t padding = 0;
    std::size_t body = base64.size();
    while (body > 0 && base64[body - 1] == '=') {
        --body;
        ++padding;
    }
    for (std::size_t i = 0; i < body; ++i) {
        if (!isBase64Char(base64[i])) {
            throw std::invalid_argument("base64 string contains a character outside the base64 alphabet");
        }
    }
    const std::size_t missing = (4 - body % 4) % 4;
    if (body % 4 == 1 || padding > 2 || (padding != 0 && padding != missing)) {
        throw std::invalid_argument("base64 string has an impossible length or padding");
    }
    if (body > static_cast<std::size_t>(std::numeric_limits<int>::max() - 4)) {
        throw std::length_error("input too large for base64 decoding");
    }
    std::string padded(base64.substr(0, body));
    padded.append(missing, '=');
    Bytes out(padded.size() / 4 * 3);
    const int written = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(padded.data()),
                                        static_cast<int>(padded.size()));
    if (written < 0) {
        throw std::invalid_argument("base64 string could not be decoded");
    }
    // EVP_DecodeBlock counts the zero bytes that stand for the padding; drop them.
    out.resize(static_cast<std::size_t>(written) - missing);
    return out;
}

} // namespace kiroku::crypto
