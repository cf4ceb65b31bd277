#include "natlog/IpAddress.h"

namespace kiroku::natlog {

namespace {

constexpr int hexValue(char c) {
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

// Four octets into out[0..3]; false unless `text` is exactly a dotted quad.
bool parseDottedQuad(std::string_view text, std::uint8_t* out) {
    std::size_t i = 0;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (i >= text.size() || text[i] != '.') {
                return false;
            }
            ++i;
        }
        const std::size_t start = i;
        unsigned value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
            ++i;
        }
        const std::size_t digits = i - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0')) {
            return false;
        }
        out[octet] = static_cast<std::uint8_t>(value);
    }
    return i == text.size();
}

} // namespace

std::optional<IpAddress> parseIpv4(std::string_view text) {
    IpAddress address;
    if (text.size() < 7 || text.size() > 15 || !parseDottedQuad(text, address.bytes.data())) {
        return std::nullopt;
    }
    address.family = 4;
    return address;
}

std::optional<IpAddress> parseIpv6(std::string_view text) {
    if (text.size() < 2 || text.size() > 45) {
        return std::nullopt;
    }
    std::uint16_t groups[8] = {};
    int count = 0;
    int gap = -1; // index in groups where "::" stands
    std::size_t i = 0;
    if (text[0] == ':') {
        if (text[1] != ':') {
            return std::nullopt;
        }
        gap = 0;
        i = 2;
    }
    while (i < text.size()) {
        const std::size_t start = i;
        unsigned value = 0;
        while (i < text.size() && i - start < 4 && hexValue(text[i]) >= 0) {
            value = value * 16 + static_cast<unsigned>(hexValue(text[i]));
            ++i;
        }
        if (i == start) {
            return std::nullopt;
        }
        if (i < text.size() && text[i] == '.') {
            // An IPv4 tail takes the last two groups and ends the address.
            std::uint8_t quad[4];
            if (count > 6 || !parseDottedQuad(text.substr(start), quad)) {
                return std::nullopt;
            }
            groups[count++] = static_cast<std::uint16_t>(quad[0] << 8 | quad[1]);
            groups[count++] = static_cast<std::uint16_t>(quad[2] << 8 | quad[3]);
            i = text.size();
            break;
        }
        if (count == 8 || (i < text.size() && hexValue(text[i]) >= 0)) {
            return std::nullopt; // a ninth group, or a group of five digits
        }
        groups[count++] = static_cast<std::uint16_t>(value);
        if (i == text.size()) {
            break;
        }
        if (text[i] != ':') {
            return std::nullopt;
        }
        ++i;
        if (i < text.size() && text[i] == ':') {
            if (gap >= 0) {
                return std::nullopt; // a second "::"
            }
            gap = count;
            ++i;
        } else if (i == text.size()) {
            return std::nullopt; // a single trailing ':'
        }
    }
    if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) {
        return std::nullopt;
    }
    IpAddress address;
    address.family = 6;
    std::uint16_t full[8] = {};
    if (gap < 0) {
        for (int g = 0; g < 8; ++g) {
            full[g] = groups[g];
        }
    } else {
        const int tail = count - gap;
        for (int g = 0; g < gap; ++g) {
            full[g] = groups[g];
        }
        for (int g = 0; g < tail; ++g) {
            full[8 - tail + g] = groups[gap + g];
        }
    }
    for (int g = 0; g < 8; ++g) {
        address.bytes[static_cast<std::size_t>(2 * g)] = static_cast<std::uint8_t>(full[g] >> 8);
        address.bytes[static_cast<std::size_t>(2 * g + 1)] = static_cast<std::uint8_t>(full[g] & 0xff);
    }
    return address;
}

std::optional<IpAddress> parseIpAddress(std::string_view text) {
    if (text.find(':') != std::string_view::npos) {
        return parseIpv6(text);
    }
    return parseIpv4(text);
}

std::size_t formatIpAddress(const IpAddress& address, char* out) {
    std::size_t n = 0;
    const auto decimal = [&](unsigned value) {
        if (value >= 100) {
            out[n++] = static_cast<char>('0' + value / 100);
        }
        if (value >= 10) {
            out[n++] = static_cast<char>('0' + value / 10 % 10);
        }
        out[n++] = static_cast<char>('0' + value % 10);
    };
    if (address.family == 4) {
        for (std::size_t b = 0; b < 4; ++b) {
            if (b > 0) {
                out[n++] = '.';
            }
            decimal(address.bytes[b]);
        }
        return n;
    }
    if (address.family != 6) {
        return 0;
    }
    unsigned groups[8];
    for (std::size_t g = 0; g < 8; ++g) {
        groups[g] = static_cast<unsigned>(address.bytes[2 * g] << 8 | address.bytes[2 * g + 1]);
    }
    // RFC 5952: the longest run of two or more zero groups (the first of equals) becomes "::".
    int bestStart = -1;
    int bestLength = 1;
    for (int g = 0; g < 8;) {
        if (groups[g] != 0) {
            ++g;
            continue;
        }
        int end = g;
        while (end < 8 && groups[end] == 0) {
            ++end;
        }
        if (end - g > bestLength) {
            bestStart = g;
            bestLength = end - g;
        }
        g = end;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    for (int g = 0; g < 8; ++g) {
        if (g == bestStart) {
            out[n++] = ':';
            out[n++] = ':';
            g += bestLength - 1;
            continue;
        }
        if (g > 0 && g != bestStart + bestLength) {
            out[n++] = ':';
        }
        bool leading = true;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const unsigned digit = groups[g] >> shift & 0xf;
            if (digit == 0 && leading && shift > 0) {
                continue;
            }
            leading = false;
            out[n++] = kHex[digit];
        }
    }
    return n;
}

std::string toString(const IpAddress& address) {
    char buffer[kMaxIpText];
    return std::string(buffer, formatIpAddress(address, buffer));
}

} // namespace kiroku::natlog
