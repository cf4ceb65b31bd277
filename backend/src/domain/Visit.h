#pragma once

#include "domain/Booth.h"
#include "domain/CivilDate.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// A visit as staff see it at the counter and on the list of active visits: where the customer is now and whether
/// a minor must leave before the night hours. No name or other personal data.
struct VisitView {
    std::string id;
    BoothRef booth;
    std::optional<TerminalRef> terminal;
    std::chrono::system_clock::time_point startedAt;
    bool minor = false;
    std::optional<std::chrono::system_clock::time_point> minorMustLeaveAt;
};

/// A visit as recorded at check-in.
struct NewVisit {
    std::int64_t storeId = 0;
    std::string identityRecordId;
    std::optional<std::string> memberId;
    std::chrono::system_clock::time_point startedAt;
    std::int64_t startedBy = 0;
    bool minor = false;
    std::optional<std::chrono::system_clock::time_point> minorMustLeaveAt;
};

/// The outcome of a checkout.
struct CheckedOut {
    std::string id;
    std::chrono::system_clock::time_point endedAt;
    /// The last day the visit's records are kept.
    CivilDate retentionUntil;
};

} // namespace kiroku::domain
