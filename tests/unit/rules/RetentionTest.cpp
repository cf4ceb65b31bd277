#include "services/rules/Retention.h"
#include "services/rules/ZoneTime.h"

#include "RulesTestSupport.h"

using namespace kiroku::backend::rules;
using kiroku::domain::CivilDate;
using kiroku::domain::ValidationError;
using kiroku::tests::thrownBy;
using kiroku::tests::utc;

TEST_CASE("an instant is dated in the store's zone: 2026-11-22T15:30Z is 2026-11-23 in Tokyo", "[rules]") {
    CHECK(localDateAt(utc(2026, 11, 22, 15, 30), "Asia/Tokyo") == CivilDate(2026, 11, 23));
    CHECK(localDateAt(utc(2026, 11, 22, 14, 59, 59), "Asia/Tokyo") == CivilDate(2026, 11, 22));
    CHECK(localDateAt(utc(2026, 11, 22, 15, 30), "UTC") == CivilDate(2026, 11, 22));
    const LocalDateTime local = toLocal(utc(2026, 11, 22, 15, 30, 5), "Asia/Tokyo");
    CHECK(local.hour == 0);
    CHECK(local.minute == 30);
    CHECK(local.second == 5);
}

TEST_CASE("an unknown time zone is refused rather than read as UTC", "[rules]") {
    CHECK(isKnownTimeZone("Asia/Tokyo"));
    CHECK_FALSE(isKnownTimeZone("Asia/Nowhere"));
    CHECK_FALSE(isKnownTimeZone("GMT+09:00"));
    CHECK_FALSE(isKnownTimeZone(""));
    const auto error = thrownBy<ValidationError>([] { computeRetention(utc(2026, 11, 22), "Asia/Nowhere"); });
    CHECK(error.field() == "time_zone");
}

TEST_CASE("a record is kept for 3 years through the same date and purgeable from the next day 00:00 local", "[rules]") {
    // Service ended 2026-11-22 20:00 JST.
    const Retention retention = computeRetention(utc(2026, 11, 22, 11, 0), "Asia/Tokyo");
    CHECK(retention.serviceEndedOn == CivilDate(2026, 11, 22));
    CHECK(retention.retentionUntil == CivilDate(2029, 11, 22));
    CHECK(retention.purgeableFrom == utc(2029, 11, 22, 15, 0)); // 2029-11-23 00:00 JST
}

TEST_CASE("service ending on 29 February is kept through 28 February three years later", "[rules]") {
    CHECK(retentionUntil(CivilDate(2028, 2, 29)) == CivilDate(2031, 2, 28));
    const Retention retention = computeRetention(utc(2028, 2, 29, 3, 0), "Asia/Tokyo");
    CHECK(retention.retentionUntil == CivilDate(2031, 2, 28));
    CHECK(retention.purgeableFrom == utc(2031, 2, 28, 15, 0)); // 2031-03-01 00:00 JST
}

TEST_CASE("retention ends the day before the corresponding day of the day after service ended", "[rules]") {
    // Civil Code art. 143(2): the period starting 2029-03-01 ends on 2032-02-29, the day before 2032-03-01.
    CHECK(retentionUntil(CivilDate(2029, 2, 28)) == CivilDate(2032, 2, 29));
    // Starting on 2028-02-29, whose corresponding day in 2031 does not exist: the last day of February.
    CHECK(retentionUntil(CivilDate(2028, 2, 28)) == CivilDate(2031, 2, 28));
    CHECK(retentionUntil(CivilDate(2026, 12, 31)) == CivilDate(2029, 12, 31));
    CHECK(retentionUntil(CivilDate(2026, 11, 22), 1) == CivilDate(2027, 11, 22));
    CHECK_THROWS_AS(retentionUntil(CivilDate(2026, 11, 22), 0), std::invalid_argument);
}

TEST_CASE("a visit that crosses midnight counts from the day service ended", "[rules]") {
    const auto started = utc(2026, 11, 22, 14, 30); // 2026-11-22 23:30 JST
    const auto ended = utc(2026, 11, 22, 15, 30);   // 2026-11-23 00:30 JST
    CHECK(localDateAt(started, "Asia/Tokyo") == CivilDate(2026, 11, 22));
    const Retention retention = computeRetention(ended, "Asia/Tokyo");
    CHECK(retention.serviceEndedOn == CivilDate(2026, 11, 23));
    CHECK(retention.retentionUntil == CivilDate(2029, 11, 23));
    CHECK(retention.purgeableFrom == utc(2029, 11, 23, 15, 0));
}

TEST_CASE("purging starts at local midnight of the store's zone, following its daylight saving time", "[rules]") {
    // New York, service ended 2026-06-10 (EDT); 2029-06-11 00:00 EDT is 04:00Z.
    CHECK(computeRetention(utc(2026, 6, 10, 16, 0), "America/New_York").purgeableFrom == utc(2029, 6, 11, 4, 0));
    // Service ended 2026-01-10 (EST); 2029-01-11 00:00 EST is 05:00Z.
    CHECK(computeRetention(utc(2026, 1, 10, 16, 0), "America/New_York").purgeableFrom == utc(2029, 1, 11, 5, 0));
    CHECK(computeRetention(utc(2026, 11, 22, 11, 0), "Asia/Tokyo", 5).retentionUntil == CivilDate(2031, 11, 22));
}

TEST_CASE("a record's retention only ever moves forward", "[rules]") {
    const Retention first = computeRetention(utc(2026, 11, 22, 11, 0), "Asia/Tokyo");
    const Retention returning = computeRetention(utc(2027, 5, 1, 11, 0), "Asia/Tokyo");
    CHECK(laterOf(first, returning) == returning);
    CHECK(laterOf(returning, first) == returning); // a replayed earlier visit never shortens it
    CHECK(laterOf(first, first) == first);
    CHECK(laterOf(first, returning).retentionUntil == CivilDate(2030, 5, 1));
}
