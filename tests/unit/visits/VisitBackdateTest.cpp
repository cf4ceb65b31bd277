// A check-in dated in the past (started_at): a kiosk replaying a check-in it recorded while offline.
#include "services/visits/VisitService.h"

#include "VisitFakes.h"
#include "domain/Errors.h"

#include <catch2/catch.hpp>

using namespace kiroku;
using backend::services::CheckIn;
using backend::services::VisitService;
using domain::BoothStatus;
using domain::CivilDate;
using tests::Instant;
using namespace std::chrono_literals;

namespace {

Instant tokyo(int year, unsigned month, unsigned day, int hour, int minute = 0) {
    using namespace std::chrono;
    return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}} + hours{hour - 9} +
           minutes{minute};
}

const domain::StaffPrincipal kClerk{7, 1, domain::Role::Clerk, "clerk"};

struct Counter {
    tests::FakeVisitRepository repo;
    tests::FakeDirectory directory;
    tests::FakeStores stores;
    tests::FakeClock clock;
    VisitService service{repo, repo, directory, stores, clock, 24h};

    Counter() {
        repo.state.booths[1] = {1, "A01", BoothStatus::Free, domain::TerminalRef{11, "PC-01"}};
        directory.records["adult"] = {"adult", 1, "-", CivilDate(1990, 5, 1), tokyo(2026, 11, 22, 9), {}};
        directory.records["minor"] = {"minor", 1, "-", CivilDate(2010, 5, 1), tokyo(2026, 11, 22, 9), {}};
        clock.at = tokyo(2026, 11, 22, 14);
    }

    domain::StoredResponse checkIn(const std::string& key, const std::string& who, std::optional<Instant> at) {
        CheckIn request;
        request.identityRecordId = who;
        request.boothId = 1;
        request.startedAt = at;
        return service.checkIn(kClerk, {1, 7, key, key}, request, [](const domain::VisitView& v) {
            return domain::StoredResponse{201, v.id + "|" +
                                                   std::to_string(std::chrono::system_clock::to_time_t(v.startedAt))};
        });
    }

    Instant segmentStart() const { return repo.state.segments.back().startedAt; }
};

template <typename Error, typename Action> Error thrownBy(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    FAIL("expected an exception, none was thrown");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a check-in with started_at in the past starts the visit and its segment then", "[visits][backdate]") {
    Counter c;
    const Instant arrived = tokyo(2026, 11, 22, 11, 30);
    const auto response = c.checkIn("key-b-0001", "adult", arrived);
    CHECK(response.status == 201);
    CHECK(response.body.ends_with("|" + std::to_string(std::chrono::system_clock::to_time_t(arrived))));
    CHECK(c.repo.state.visits.begin()->second.visit.startedAt == arrived);
    CHECK(c.segmentStart() == arrived);
    CHECK(c.repo.state.booths.at(1).status == BoothStatus::Occupied);
}

TEST_CASE("started_at in the future, too old or before the identity verification is refused and names the field",
          "[visits][backdate]") {
    Counter c;
    for (const auto& [at, code] : {std::pair{tokyo(2026, 11, 22, 14, 5), "started_at_in_future"},
                                   std::pair{tokyo(2026, 11, 21, 13, 59), "started_at_too_old"},
                                   std::pair{tokyo(2026, 11, 22, 8, 59), "started_at_before_verification"}}) {
        INFO(code);
        const auto error = thrownBy<domain::RuleViolation>([&, at = at] { c.checkIn("key-b-0002", "adult", at); });
        CHECK(error.code() == code);
        CHECK(error.field() == "started_at");
    }
    CHECK(c.repo.state.visits.empty());
    CHECK(c.repo.state.booths.at(1).status == BoothStatus::Free);
}

TEST_CASE("started_at before the booth's previous visit or the customer's previous visit ended is a conflict",
          "[visits][backdate]") {
    Counter c;
    // The booth was used until 12:00 by someone else.
    c.directory.records["other"] = {"other", 1, "-", CivilDate(1980, 1, 1), tokyo(2026, 11, 22, 8), {}};
    c.repo.state.segments.push_back({1, "v-other", 1, 11, tokyo(2026, 11, 22, 10), tokyo(2026, 11, 22, 12)});
    auto error = thrownBy<domain::Conflict>([&] { c.checkIn("key-b-0003", "adult", tokyo(2026, 11, 22, 11, 59)); });
    CHECK(error.code() == "booth_was_occupied");
    CHECK(error.field() == "started_at");
    CHECK(c.checkIn("key-b-0004", "adult", tokyo(2026, 11, 22, 12)).status == 201);

    // The customer's own previous visit (elsewhere) ended at 13:00.
    Counter d;
    domain::NewVisit earlier;
    earlier.identityRecordId = "adult";
    earlier.startedAt = tokyo(2026, 11, 22, 10);
    d.repo.state.visits["v-earlier"] = {earlier, tokyo(2026, 11, 22, 13), std::nullopt};
    error = thrownBy<domain::Conflict>([&] { d.checkIn("key-b-0005", "adult", tokyo(2026, 11, 22, 12)); });
    CHECK(error.code() == "visit_overlap");
    CHECK(error.field() == "started_at");
}

TEST_CASE("the night rule for a minor is judged at started_at, not at replay time", "[visits][backdate]") {
    Counter c;
    c.directory.records["minor"].verifiedAt = tokyo(2026, 11, 21, 20);
    c.clock.at = tokyo(2026, 11, 22, 5); // replayed after night hours ended
    const auto error =
        thrownBy<domain::RuleViolation>([&] { c.checkIn("key-b-0006", "minor", tokyo(2026, 11, 21, 23, 30)); });
    CHECK(error.code() == "minor_night_hours");
    CHECK(c.checkIn("key-b-0007", "minor", tokyo(2026, 11, 22, 4, 30)).status == 201);
}
