#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::domain {

/// Where a booth stands on the live map. Only a check-in or a move makes a booth occupied, and only a checkout or
/// a move away frees it (into cleaning); staff set the other states.
enum class BoothStatus { Free, Occupied, Cleaning, OutOfService };

constexpr std::string_view toCode(BoothStatus status) {
    switch (status) {
    case BoothStatus::Free:
        return "free";
    case BoothStatus::Occupied:
        return "occupied";
    case BoothStatus::Cleaning:
        return "cleaning";
    case BoothStatus::OutOfService:
        return "out_of_service";
    }
    return "free";
}

constexpr std::optional<BoothStatus> boothStatusFromCode(std::string_view code) {
    for (BoothStatus s : {BoothStatus::Free, BoothStatus::Occupied, BoothStatus::Cleaning, BoothStatus::OutOfService}) {
        if (toCode(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

/// A booth as a reference in a visit: id and label.
struct BoothRef {
    std::int64_t id = 0;
    std::string label;
};

/// The terminal (PC) placed in a booth: id and the number shown to customers.
struct TerminalRef {
    std::int64_t id = 0;
    std::string number;
};

/// The visit currently in a booth, as the live map shows it: no name or other personal data.
struct BoothVisit {
    std::string id;
    std::chrono::system_clock::time_point startedAt;
    bool minor = false;
    std::optional<std::chrono::system_clock::time_point> minorMustLeaveAt;
};

/// One booth of the live map.
struct BoothState {
    std::int64_t id = 0;
    std::string label;
    std::string kind;
    BoothStatus status = BoothStatus::Free;
    std::optional<TerminalRef> terminal;
    std::optional<BoothVisit> visit;
};

} // namespace kiroku::domain
