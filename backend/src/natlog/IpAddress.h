#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::natlog {

/// An IPv4 or IPv6 address in network byte order (IPv4 in the first four bytes). Standard C++ only, so that the log
/// parsers build without any platform network headers.
struct IpAddress {
    std::uint8_t family = 0; ///< 4 or 6; 0 for "none"
    std::array<std::uint8_t, 16> bytes{};

    friend bool operator==(const IpAddress&, const IpAddress&) = default;
};

/// The longest text formatIpAddress writes (a full IPv6 address).
inline constexpr std::size_t kMaxIpText = 39;

/// Dotted-quad IPv4: four decimal octets 0–255 without leading zeros.
std::optional<IpAddress> parseIpv4(std::string_view text);

/// IPv6 as RFC 4291 section 2.2 writes it: hex groups, at most one "::", optionally a dotted IPv4 tail.
std::optional<IpAddress> parseIpv6(std::string_view text);

/// Either of the two, chosen by the text's shape.
std::optional<IpAddress> parseIpAddress(std::string_view text);

/// Writes the canonical text (RFC 5952 for IPv6: lower case, longest zero run as "::") into `out`, which must hold
/// kMaxIpText characters; returns the number written.
std::size_t formatIpAddress(const IpAddress& address, char* out);

/// The canonical text as a string (IPv4 fits in the small-string buffer).
std::string toString(const IpAddress& address);

} // namespace kiroku::natlog

template <> struct std::hash<kiroku::natlog::IpAddress> {
    std::size_t operator()(const kiroku::natlog::IpAddress& a) const noexcept {
        std::uint64_t h = 1469598103934665603ULL ^ a.family;
        for (auto b : a.bytes) {
            h = (h ^ b) * 1099511628211ULL;
        }
        return static_cast<std::size_t>(h);
    }
};
