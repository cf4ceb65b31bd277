#include "domain/Errors.h"
#include "http/dto/Time.h"
#include "services/retention/LegalHoldService.h"
#include "services/retention/PurgeScheduler.h"
#include "services/retention/PurgeService.h"
#include "services/rules/Retention.h"

#include <catch2/catch.hpp>

using namespace kiroku;
using backend::services::PurgeScheduler;
using backend::services::PurgeService;
using domain::CivilDate;

namespace {

std::chrono::system_clock::time_point at(const std::string& rfc3339) {
    const auto t = backend::http::parseInstant(rfc3339);
    REQUIRE(t);
    return *t;
}

domain::NewLegalHold hold() {
    domain::NewLegalHold h;
    h.reasonCode = "police_request";
    h.reason = "捜査関係事項照会 第123号";
    h.until = CivilDate(2030, 6, 30);
    h.items.identityRecordIds = {"0B8E3C64-1F2A-4D7C-9A10-5C3E2F4D6A7B", "0b8e3c64-1f2a-4d7c-9a10-5c3e2f4d6a7b"};
    return h;
}

std::string fieldOf(domain::NewLegalHold h, CivilDate today) {
    try {
        backend::services::checkNewLegalHold(h, today);
    } catch (const domain::ValidationError& e) {
        return e.field();
    }
    return "";
}

} // namespace

TEST_CASE("a purge on 2029-11-23 removes the records of 2026-11-22 and before, on 2029-11-22 those of the 21st",
          "[retention][purge]") {
    CHECK(backend::rules::lastExpiredServiceDay(CivilDate(2029, 11, 23)) == CivilDate(2026, 11, 22));
    CHECK(backend::rules::lastExpiredServiceDay(CivilDate(2029, 11, 22)) == CivilDate(2026, 11, 21));
}

TEST_CASE("service ending on 2028-02-29 goes in the purge of 2031-03-01, not in that of 2031-02-28",
          "[retention][purge]") {
    CHECK(backend::rules::lastExpiredServiceDay(CivilDate(2031, 3, 1)) == CivilDate(2028, 2, 29));
    CHECK(backend::rules::lastExpiredServiceDay(CivilDate(2031, 2, 28)) == CivilDate(2028, 2, 27));
    // Every day's purge agrees with the retention date of each day of service.
    for (CivilDate served(2027, 12, 1); served < CivilDate(2029, 4, 1); served = served.addDays(1)) {
        const CivilDate until = backend::rules::retentionUntil(served);
        CHECK(backend::rules::lastExpiredServiceDay(until) < served);
        CHECK(backend::rules::lastExpiredServiceDay(until.addDays(1)) >= served);
    }
}

TEST_CASE("a store's cut-offs are taken on its own wall clock", "[retention][purge]") {
    domain::StoreRules rules;
    // 2029-11-22T15:00Z is 2029-11-23 00:00 in Tokyo.
    const auto c = PurgeService::cutoffFor(7, rules, at("2029-11-22T15:00:00Z"));
    CHECK(c.storeId == 7);
    CHECK(c.today == CivilDate(2029, 11, 23));
    CHECK(c.lastExpiredDay == CivilDate(2026, 11, 22));
    CHECK(c.eventsBefore == at("2026-11-23T00:00:00+09:00"));
    const auto before = PurgeService::cutoffFor(7, rules, at("2029-11-22T14:59:59Z"));
    CHECK(before.today == CivilDate(2029, 11, 22));
    CHECK(before.eventsBefore == at("2026-11-22T00:00:00+09:00"));
}

TEST_CASE("a retention month is over from the first day of the next month", "[retention][purge]") {
    CHECK(backend::rules::firstDayOfNextMonth(CivilDate(2029, 11, 1)) == CivilDate(2029, 12, 1));
    CHECK(backend::rules::firstDayOfNextMonth(CivilDate(2029, 12, 31)) == CivilDate(2030, 1, 1));
    CHECK(backend::rules::firstDayOfNextMonth(CivilDate(2031, 2, 28)) == CivilDate(2031, 3, 1));
}

TEST_CASE("the daily purge runs at the next purge time on the store zone's wall clock", "[retention][purge]") {
    const domain::LocalTimeOfDay quarterPast{0, 15};
    CHECK(PurgeScheduler::nextRun(at("2029-11-23T00:14:57+09:00"), quarterPast, "Asia/Tokyo") ==
          at("2029-11-23T00:15:00+09:00"));
    CHECK(PurgeScheduler::nextRun(at("2029-11-23T00:15:00+09:00"), quarterPast, "Asia/Tokyo") ==
          at("2029-11-24T00:15:00+09:00"));
    CHECK(PurgeScheduler::nextRun(at("2029-11-23T12:00:00+09:00"), quarterPast, "Asia/Tokyo") ==
          at("2029-11-24T00:15:00+09:00"));
}

TEST_CASE("a legal hold needs a known reason, a last day from today to 10 years ahead and something to hold",
          "[retention][holds]") {
    const CivilDate today(2029, 11, 20);
    CHECK(fieldOf(hold(), today).empty());
    auto h = hold();
    backend::services::checkNewLegalHold(h, today);
    REQUIRE(h.items.identityRecordIds.size() == 1); // canonical, without duplicates
    CHECK(h.items.identityRecordIds[0] == "0b8e3c64-1f2a-4d7c-9a10-5c3e2f4d6a7b");

    auto unknownCode = hold();
    unknownCode.reasonCode = "curiosity";
    CHECK(fieldOf(unknownCode, today) == "reason_code");
    auto empty = hold();
    empty.reason.clear();
    CHECK(fieldOf(empty, today) == "reason");
    auto myNumber = hold();
    myNumber.reason = "番号 123456789012";
    CHECK(fieldOf(myNumber, today) == "reason");
    auto past = hold();
    past.until = CivilDate(2029, 11, 19);
    CHECK(fieldOf(past, today) == "until");
    auto tooLong = hold();
    tooLong.until = CivilDate(2039, 11, 21);
    CHECK(fieldOf(tooLong, today) == "until");
    auto nothing = hold();
    nothing.items = {};
    CHECK(fieldOf(nothing, today) == "identity_record_ids");
    auto badVisit = hold();
    badVisit.items.visitIds = {"not-a-uuid"};
    CHECK(fieldOf(badVisit, today) == "visit_ids[0]");
    auto backwards = hold();
    backwards.items.terminalWindows = {{3, at("2026-11-22T12:00:00+09:00"), at("2026-11-22T11:00:00+09:00")}};
    CHECK(fieldOf(backwards, today) == "terminal_windows[0].to");
    auto badRequest = hold();
    badRequest.policeRequestId = "123";
    CHECK(fieldOf(badRequest, today) == "police_request_id");
}
