#pragma once

#include "domain/DocumentKind.h"

#include <algorithm>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::domain {

/// A wall-clock time of day in the store's zone, to the minute.
struct LocalTimeOfDay {
    int hour = 0;
    int minute = 0;

    constexpr int secondsSinceMidnight() const noexcept { return hour * 3600 + minute * 60; }
    friend constexpr auto operator<=>(const LocalTimeOfDay&, const LocalTimeOfDay&) = default;
    friend constexpr bool operator==(const LocalTimeOfDay&, const LocalTimeOfDay&) = default;
};

/// What counts as the address for a foreign passport, which has no address field. The rule for short-term
/// foreign visitors is unconfirmed (domain.md §1.8), so each store chooses.
enum class ForeignPassportAddress {
    RequireProof,   ///< "require_proof" (default): a supplementary address proof, as for a Japanese passport.
    AcceptDeclared, ///< "accept_declared": the address the customer declares is recorded, with a warning.
};

constexpr std::string_view toCode(ForeignPassportAddress policy) {
    return policy == ForeignPassportAddress::AcceptDeclared ? "accept_declared" : "require_proof";
}

constexpr std::optional<ForeignPassportAddress> foreignPassportAddressFromCode(std::string_view code) {
    if (code == "require_proof") {
        return ForeignPassportAddress::RequireProof;
    }
    if (code == "accept_declared") {
        return ForeignPassportAddress::AcceptDeclared;
    }
    return std::nullopt;
}

/// Every document kind, as a list.
inline std::vector<DocumentKind> allDocumentKindsList() {
    constexpr auto kinds = allDocumentKinds();
    return {kinds.begin(), kinds.end()};
}

/// A store's ordinance rules, kept as data because prefectures differ (stored in the `stores.rules` JSONB column).
/// Defaults are Tokyo's ordinances. JSON keys, for the loader: time_zone, night_start / night_end ("HH:MM"),
/// minor_age, reverification_interval_days, retention_years, accepted_documents (codes),
/// foreign_passport_address ("require_proof" | "accept_declared").
struct StoreRules {
    /// IANA zone of the store; every local date and time (retention, night hours, ages) is taken in it.
    std::string timeZone = "Asia/Tokyo";
    /// Minors may not be admitted from nightStart (inclusive) to nightEnd (exclusive), local time. The window may
    /// cross midnight; equal start and end mean no night restriction.
    LocalTimeOfDay nightStart{23, 0};
    LocalTimeOfDay nightEnd{4, 0};
    /// A customer younger than this is a minor (Tokyo youth ordinance: under 18).
    int minorAge = 18;
    /// Days after which a returning member must show an identity document again; 0 = never. The default is 0
    /// because the ordinance lets a member card tied to an existing verification record stand in for a new check
    /// (domain.md §1.7; the exact conditions are unconfirmed, hence a setting).
    int reverificationIntervalDays = 0;
    /// Years both records are kept after the last day of service (ordinance: 3).
    int retentionYears = 3;
    /// Documents staff may accept; default all of §1.8.
    std::vector<DocumentKind> acceptedDocuments = allDocumentKindsList();
    ForeignPassportAddress foreignPassportAddress = ForeignPassportAddress::RequireProof;

    /// Tokyo's rules, as above.
    static StoreRules defaults() { return StoreRules{}; }

    bool accepts(DocumentKind kind) const {
        return std::find(acceptedDocuments.begin(), acceptedDocuments.end(), kind) != acceptedDocuments.end();
    }
};

} // namespace kiroku::domain
