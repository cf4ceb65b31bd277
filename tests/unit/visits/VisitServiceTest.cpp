#include "services/visits/VisitService.h"

#include "VisitFakes.h"
#include "domain/Errors.h"
#include "services/visits/Idempotent.h"

#include <catch2/catch.hpp>

using namespace kiroku;
using backend::services::CheckIn;
using backend::services::VisitService;
using domain::BoothStatus;
using domain::CivilDate;
using tests::Instant;

namespace {

/// A wall-clock reading in Tokyo (UTC+9 all year) as an instant.
Instant tokyo(int year, unsigned month, unsigned day, int hour, int minute = 0, int second = 0) {
    using namespace std::chrono;
    return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}} + hours{hour - 9} +
           minutes{minute} + seconds{second};
}

const domain::StaffPrincipal kClerk{7, 1, domain::Role::Clerk, "clerk"};

struct Counter {
    tests::FakeVisitRepository repo;
    tests::FakeDirectory directory;
    tests::FakeStores stores;
    tests::FakeClock clock;
    VisitService service{repo, repo, directory, stores, clock};

    Counter() {
        repo.state.booths[1] = {1, "A01", BoothStatus::Free, domain::TerminalRef{11, "PC-01"}};
        repo.state.booths[2] = {2, "A02", BoothStatus::Free, domain::TerminalRef{12, "PC-02"}};
        repo.state.booths[3] = {3, "A03", BoothStatus::Free, std::nullopt};
        directory.records["adult"] = {"adult", 1, "-", CivilDate(1990, 5, 1), tokyo(2026, 1, 1, 10), {}};
        directory.records["minor"] = {"minor", 1, "-", CivilDate(2010, 5, 1), tokyo(2026, 1, 1, 10), {}};
        clock.at = tokyo(2026, 11, 22, 14);
    }

    domain::StoredResponse checkIn(const std::string& key, const std::string& who, std::int64_t booth,
                                   const std::string& hash = "h") {
        CheckIn request;
        request.identityRecordId = who;
        request.boothId = booth;
        return service.checkIn(kClerk, {1, 7, key, hash}, request, [](const domain::VisitView& v) {
            std::string body = v.id + "|" + v.booth.label + "|" + (v.terminal ? v.terminal->number : "-") + "|" +
                               (v.minor ? "minor" : "adult");
            if (v.minorMustLeaveAt) {
                body += "|" + std::to_string(std::chrono::system_clock::to_time_t(*v.minorMustLeaveAt));
            }
            return domain::StoredResponse{201, body};
        });
    }

    std::string visitIdOf(const domain::StoredResponse& response) { return response.body.substr(0, 36); }

    domain::StoredResponse move(const std::string& key, const std::string& visitId, std::int64_t booth) {
        return service.move(kClerk, {1, 7, key, "m" + visitId + std::to_string(booth)}, visitId, booth,
                            [](const domain::VisitView& v) {
                                return domain::StoredResponse{200, v.booth.label};
                            });
    }

    domain::StoredResponse checkout(const std::string& key, const std::string& visitId) {
        return service.checkout(kClerk, {1, 7, key, "c" + visitId}, visitId, [](const domain::CheckedOut& c) {
            return domain::StoredResponse{200, c.retentionUntil.toString()};
        });
    }
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

TEST_CASE("a check-in occupies the booth and opens a segment on the booth's terminal", "[visits]") {
    Counter c;
    const auto response = c.checkIn("key-00001", "adult", 1);
    CHECK(response.status == 201);
    CHECK(response.body.find("|A01|PC-01|adult") != std::string::npos);
    CHECK(c.repo.state.booths.at(1).status == BoothStatus::Occupied);
    REQUIRE(c.repo.state.segments.size() == 1);
    CHECK(c.repo.state.segments[0].boothId == 1);
    CHECK(c.repo.state.segments[0].terminalId == 11);
    CHECK(c.repo.state.segments[0].startedAt == c.clock.at);
    CHECK_FALSE(c.repo.state.segments[0].endedAt);
}

TEST_CASE("a retry with the same key and request replays the first answer and creates nothing", "[visits]") {
    Counter c;
    const auto first = c.checkIn("key-00001", "adult", 1);
    c.clock.at += std::chrono::minutes(1);
    const auto retry = c.checkIn("key-00001", "adult", 1);
    CHECK(retry == first);
    CHECK(c.repo.state.visits.size() == 1);
    CHECK(c.repo.state.segments.size() == 1);
}

TEST_CASE("an idempotency key reused for a different request is refused", "[visits]") {
    Counter c;
    c.checkIn("key-00001", "adult", 1, "hash-a");
    const auto error = thrownBy<domain::RuleViolation>([&] { c.checkIn("key-00001", "adult", 2, "hash-b"); });
    CHECK(error.code() == "idempotency_key_reused");
    CHECK(error.field() == "Idempotency-Key");
    CHECK(c.repo.state.visits.size() == 1);
}

TEST_CASE("an occupied booth is refused as occupied, a booth being cleaned or out of service as unavailable",
          "[visits]") {
    Counter c;
    c.checkIn("key-00001", "adult", 1);
    CHECK(thrownBy<domain::Conflict>([&] { c.checkIn("key-00002", "minor", 1); }).code() == "booth_occupied");
    c.repo.state.booths.at(2).status = BoothStatus::Cleaning;
    CHECK(thrownBy<domain::Conflict>([&] { c.checkIn("key-00003", "minor", 2); }).code() == "booth_unavailable");
    c.repo.state.booths.at(2).status = BoothStatus::OutOfService;
    CHECK(thrownBy<domain::Conflict>([&] { c.checkIn("key-00004", "minor", 2); }).code() == "booth_unavailable");
    CHECK_THROWS_AS(c.checkIn("key-00005", "minor", 99), domain::NotFound);
    CHECK(c.repo.state.visits.size() == 1);
}

TEST_CASE("a refused check-in records nothing under its key, so its retry is judged again", "[visits]") {
    Counter c;
    c.repo.state.booths.at(1).status = BoothStatus::Cleaning;
    CHECK_THROWS_AS(c.checkIn("key-00001", "adult", 1), domain::Conflict);
    CHECK(c.repo.state.keys.empty());
    c.repo.state.booths.at(1).status = BoothStatus::Free;
    CHECK(c.checkIn("key-00001", "adult", 1).status == 201);
}

TEST_CASE("a customer already in a visit cannot check in a second time", "[visits]") {
    Counter c;
    c.checkIn("key-00001", "adult", 1);
    CHECK(thrownBy<domain::Conflict>([&] { c.checkIn("key-00002", "adult", 2); }).code() == "already_checked_in");
}

TEST_CASE("a minor is refused at 23:30 Tokyo time and told that night hours end at 04:00 the next day", "[visits]") {
    Counter c;
    c.clock.at = tokyo(2026, 11, 22, 23, 30);
    const auto error = thrownBy<domain::RuleViolation>([&] { c.checkIn("key-00001", "minor", 1); });
    CHECK(error.code() == "minor_night_hours");
    CHECK_THAT(error.what(), Catch::Contains("04:00 on 2026-11-23 (Asia/Tokyo)"));
    CHECK(c.repo.state.visits.empty());
    CHECK(c.repo.state.booths.at(1).status == BoothStatus::Free);
    SECTION("and at 01:00 is told they end at 04:00 the same day") {
        c.clock.at = tokyo(2026, 11, 23, 1, 0);
        CHECK_THAT(thrownBy<domain::RuleViolation>([&] { c.checkIn("key-00002", "minor", 1); }).what(),
                   Catch::Contains("04:00 on 2026-11-23"));
    }
}

TEST_CASE("a minor checking in at 22:00 Tokyo time must leave at 23:00; an adult has no such time", "[visits]") {
    Counter c;
    c.clock.at = tokyo(2026, 11, 22, 22, 0);
    const auto minor = c.checkIn("key-00001", "minor", 1);
    const auto leave = std::chrono::system_clock::to_time_t(tokyo(2026, 11, 22, 23, 0));
    CHECK(minor.body.find("|minor|" + std::to_string(leave)) != std::string::npos);
    const auto adult = c.checkIn("key-00002", "adult", 2);
    CHECK(adult.body.substr(36) == "|A02|PC-02|adult");
}

TEST_CASE("a move closes the open segment and opens one in the new booth; the old booth goes to cleaning", "[visits]") {
    Counter c;
    const std::string id = c.visitIdOf(c.checkIn("key-00001", "adult", 1));
    c.clock.at += std::chrono::minutes(30);
    CHECK(c.move("move-0001", id, 3).body == "A03");
    REQUIRE(c.repo.state.segments.size() == 2);
    CHECK(c.repo.state.segments[0].endedAt == c.clock.at);
    CHECK(c.repo.state.segments[1].startedAt == c.clock.at);
    CHECK(c.repo.state.segments[1].boothId == 3);
    CHECK_FALSE(c.repo.state.segments[1].terminalId);
    CHECK(c.repo.state.booths.at(1).status == BoothStatus::Cleaning);
    CHECK(c.repo.state.booths.at(3).status == BoothStatus::Occupied);
    CHECK(thrownBy<domain::Conflict>([&] { c.move("move-0002", id, 3); }).code() == "already_in_booth");
    c.checkIn("key-00002", "minor", 2);
    CHECK(thrownBy<domain::Conflict>([&] { c.move("move-0003", id, 2); }).code() == "booth_occupied");
    CHECK_THROWS_AS(c.move("move-0004", "not-a-visit", 2), domain::NotFound);
}

TEST_CASE("checkout on 2026-11-22 keeps the records until 2029-11-22 and frees the booth for cleaning", "[visits]") {
    Counter c;
    const std::string id = c.visitIdOf(c.checkIn("key-00001", "adult", 1));
    c.clock.at = tokyo(2026, 11, 22, 18);
    CHECK(c.checkout("out-00001", id).body == "2029-11-22");
    CHECK(c.repo.state.visits.at(id).endedAt == c.clock.at);
    CHECK(c.repo.state.segments[0].endedAt == c.clock.at);
    CHECK(c.repo.state.booths.at(1).status == BoothStatus::Cleaning);
    CHECK(c.repo.state.identityRetention.at("adult").first == CivilDate(2026, 11, 22));
    CHECK(c.repo.state.identityRetention.at("adult").second == CivilDate(2029, 11, 22));
}

TEST_CASE("checkout on 2028-02-29 keeps the records until 2031-02-28", "[visits]") {
    Counter c;
    c.clock.at = tokyo(2028, 2, 29, 12);
    const std::string id = c.visitIdOf(c.checkIn("key-00001", "adult", 1));
    c.clock.at = tokyo(2028, 2, 29, 15);
    CHECK(c.checkout("out-00001", id).body == "2031-02-28");
}

TEST_CASE("a visit crossing midnight counts its retention from the day it ended", "[visits]") {
    Counter c;
    c.clock.at = tokyo(2026, 11, 22, 23, 50);
    const std::string id = c.visitIdOf(c.checkIn("key-00001", "adult", 1));
    c.clock.at = tokyo(2026, 11, 23, 0, 10);
    CHECK(c.checkout("out-00001", id).body == "2029-11-23");
}

TEST_CASE("checkout of an ended visit is visit_ended, unless it is a retry with the same key", "[visits]") {
    Counter c;
    const std::string id = c.visitIdOf(c.checkIn("key-00001", "adult", 1));
    const auto first = c.checkout("out-00001", id);
    c.clock.at += std::chrono::hours(1);
    CHECK(c.checkout("out-00001", id) == first);
    CHECK(thrownBy<domain::Conflict>([&] { c.checkout("out-00002", id); }).code() == "visit_ended");
    CHECK(thrownBy<domain::Conflict>([&] { c.move("move-0001", id, 2); }).code() == "visit_ended");
}

TEST_CASE("a member whose store requires a new document check after 365 days is refused at check-in", "[visits]") {
    Counter c;
    c.stores.rules.reverificationIntervalDays = 365;
    c.directory.cards["card-token-1"] = {"member-1", c.directory.records.at("adult")};
    CheckIn request;
    request.memberCardToken = "card-token-1";
    request.boothId = 1;
    const auto render = [](const domain::VisitView& v) { return domain::StoredResponse{201, v.id}; };
    c.clock.at = tokyo(2027, 1, 1, 12); // 365 days after the verification on 2026-01-01 at 10:00
    const auto error = thrownBy<domain::RuleViolation>([&] {
        c.service.checkIn(kClerk, {1, 7, "key-00001", "h"}, request, render);
    });
    CHECK(error.code() == "reverification_due");
    c.clock.at = tokyo(2026, 12, 31, 12);
    const auto ok = c.service.checkIn(kClerk, {1, 7, "key-00002", "h"}, request, render);
    CHECK(c.repo.state.visits.at(ok.body).visit.memberId == "member-1");
}

TEST_CASE("once() runs the effect a single time per key and records its answer in the same transaction",
          "[visits][idempotency]") {
    tests::FakeState state;
    tests::FakeTransaction tx(state);
    int runs = 0;
    const domain::IdempotencyKey key{1, 7, "key-00001", "hash"};
    const auto effect = [&] { return ++runs; };
    const auto render = [](int n) { return domain::StoredResponse{201, std::to_string(n)}; };
    CHECK(backend::services::once(tx, key, effect, render).body == "1");
    CHECK(backend::services::once(tx, key, effect, render).body == "1");
    CHECK(runs == 1);
    const domain::IdempotencyKey other{1, 7, "key-00001", "other"};
    CHECK_THROWS_AS(backend::services::once(tx, other, effect, render), domain::RuleViolation);
    CHECK(runs == 1);
}
