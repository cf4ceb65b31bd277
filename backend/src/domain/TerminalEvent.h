#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::domain {

/// What a booth PC reports about its own use (never browsing history or contents).
enum class TerminalEventKind { Login, Logout, Lock, Unlock, IpAssigned };

constexpr std::string_view toCode(TerminalEventKind kind) {
    switch (kind) {
    case TerminalEventKind::Login:
        return "login";
    case TerminalEventKind::Logout:
        return "logout";
    case TerminalEventKind::Lock:
        return "lock";
    case TerminalEventKind::Unlock:
        return "unlock";
    case TerminalEventKind::IpAssigned:
        return "ip_assigned";
    }
    return "login";
}

constexpr std::optional<TerminalEventKind> terminalEventKindFromCode(std::string_view code) {
    for (TerminalEventKind k : {TerminalEventKind::Login, TerminalEventKind::Logout, TerminalEventKind::Lock,
                                TerminalEventKind::Unlock, TerminalEventKind::IpAssigned}) {
        if (toCode(k) == code) {
            return k;
        }
    }
    return std::nullopt;
}

/// One event as the terminal sent it. The event key, chosen by the terminal, makes re-sending harmless.
struct TerminalEvent {
    std::chrono::system_clock::time_point at;
    TerminalEventKind kind = TerminalEventKind::Login;
    std::optional<std::string> privateIp;  ///< canonical text of an IPv4 or IPv6 address
    std::optional<std::string> macAddress; ///< "aa:bb:cc:dd:ee:ff"
    std::string eventKey;
};

} // namespace kiroku::domain
