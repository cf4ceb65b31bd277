#include "RetentionTestSupport.h"

#include <thread>

using namespace kiroku::test;

TEST_CASE("records whose last service ended on 2026-11-22 survive a purge on 2029-11-22 and go on 2029-11-23",
          "[retention][e2e]") {
    RetentionStore store;
    const Customer a = store.comeOn("2026-11-22", "期限 太郎", true);
    const Customer b = store.comeOn("2026-11-23", "翌日 花子");
    store.terminalEvent("2026-11-22T23:59:59+09:00", "last-second-of-the-22nd");
    store.terminalEvent("2026-11-23T00:00:00+09:00", "first-second-of-the-23rd");

    // The last day of the period, to its last second (Tokyo): everything stays.
    store.purged("2029-11-22T23:59:59+09:00");
    CHECK(store.countWhere("identity_records", "id", a.identityId) == 1);
    CHECK(store.countWhere("visits", "id", a.visitId) == 1);
    CHECK(store.countWhere("visit_segments", "visit_id", a.visitId) == 1);
    CHECK(store.countWhere("members", "id", a.memberId) == 1);
    CHECK(store.count("SELECT count(*) FROM terminal_events") == 2);

    // From 2029-11-23 00:00 Tokyo time the 22nd's records go, with the member and the card; the 23rd's stay.
    const std::string out = store.purged("2029-11-23T00:00:00+09:00");
    CHECK(out.find("visits: 1") != std::string::npos);
    CHECK(out.find("identity_records: 1") != std::string::npos);
    CHECK(out.find("member_cards: 1") != std::string::npos);
    CHECK(out.find("terminal_events: 1") != std::string::npos);
    CHECK(store.countWhere("identity_records", "id", a.identityId) == 0);
    CHECK(store.countWhere("visits", "id", a.visitId) == 0);
    CHECK(store.countWhere("visit_segments", "visit_id", a.visitId) == 0);
    CHECK(store.countWhere("members", "id", a.memberId) == 0);
    CHECK(store.count("SELECT count(*) FROM member_cards") == 0);
    CHECK(store.countWhere("identity_records", "id", b.identityId) == 1);
    CHECK(store.countWhere("visits", "id", b.visitId) == 1);
    CHECK(store.count("SELECT count(*) FROM terminal_events WHERE event_key = 'first-second-of-the-23rd'") == 1);
    CHECK(store.count("SELECT count(*) FROM terminal_events WHERE event_key = 'last-second-of-the-22nd'") == 0);

    // A purge certificate, without personal data, for each run.
    CHECK(store.count("SELECT count(*) FROM purge_certificates") == 2);
    CHECK(queryText(store.db, "SELECT counts::text FROM purge_certificates ORDER BY as_of DESC LIMIT 1")
              .find("\"identity_records\": 1") != std::string::npos);
    CHECK(queryText(store.db, "SELECT cutoff_date::text FROM purge_certificates ORDER BY as_of DESC LIMIT 1") ==
          "2029-11-23");

    store.purged("2029-11-24T00:00:00+09:00");
    CHECK(store.countWhere("identity_records", "id", b.identityId) == 0);
    CHECK(store.count("SELECT count(*) FROM terminal_events") == 0);
}

TEST_CASE("service ending on 2028-02-29 is kept through 2031-02-28 and purged on 2031-03-01", "[retention][e2e]") {
    RetentionStore store;
    const Customer leap = store.comeOn("2028-02-29", "閏日 次郎");
    store.terminalEvent("2028-02-29T21:00:00+09:00", "leap-day");
    CHECK(queryText(store.db, "SELECT retention_until::text FROM visits") == "2031-02-28");

    store.purged("2031-02-28T23:59:59+09:00");
    CHECK(store.countWhere("identity_records", "id", leap.identityId) == 1);
    CHECK(store.countWhere("visits", "id", leap.visitId) == 1);
    CHECK(store.count("SELECT count(*) FROM terminal_events") == 1);

    store.purged("2031-03-01T00:00:00+09:00");
    CHECK(store.countWhere("identity_records", "id", leap.identityId) == 0);
    CHECK(store.countWhere("visits", "id", leap.visitId) == 0);
    CHECK(store.count("SELECT count(*) FROM terminal_events") == 0);
}

TEST_CASE("a member who returned in 2028 keeps the 2026 identity record, re-encrypted under the later month's key",
          "[retention][e2e]") {
    RetentionStore store;
    const Customer m = store.comeOn("2026-11-22", "再来 三郎", true);
    const Customer other = store.comeOn("2026-11-22", "一見 四郎");
    const std::string returned = store.returnOn("2028-05-10", m);
    CHECK(queryText(store.db, "SELECT retention_until::text FROM identity_records WHERE id = '" + m.identityId + "'") ==
          "2031-05-10");
    CHECK(store.keyScopeOf(m.identityId) == "retention:2029-11");

    store.purged("2029-11-23T00:30:00+09:00");
    // The 2026 visit goes; the record stays for the 2028 visit, as do the member and the card.
    CHECK(store.countWhere("visits", "id", m.visitId) == 0);
    CHECK(store.countWhere("visits", "id", returned) == 1);
    CHECK(store.countWhere("identity_records", "id", m.identityId) == 1);
    CHECK(store.countWhere("members", "id", m.memberId) == 1);
    CHECK(store.countWhere("identity_records", "id", other.identityId) == 0);

    // Once November 2029 is over its key is destroyed; the record moved to May 2031's key first.
    const std::string out = store.purged("2029-12-01T00:30:00+09:00");
    INFO(out);
    CHECK(out.find("retention months whose keys were destroyed: 2029-11") != std::string::npos);
    CHECK(out.find("re-encrypted under a later month's key: 1") != std::string::npos);
    CHECK(store.keyScopeOf(m.identityId) == "retention:2031-05");
    CHECK(store.count("SELECT count(*) FROM data_keys WHERE scope = 'retention:2029-11' AND destroyed_at IS NULL") ==
          0);

    // And still reads as before, by card, through the server.
    const auto server = store.serverAt("2029-12-01T12:00:00+09:00");
    CounterSession session(*server, store.clerk.login, store.clerk.password);
    Poco::JSON::Object lookup;
    lookup.set("token", m.cardToken);
    const auto found = session.post("/v1/members/lookup", jsonText(lookup));
    REQUIRE(found.status == 200);
    CHECK(found.json()->getValue<std::string>("name") == "再来 三郎");
}

TEST_CASE("a dry run reports what would go and changes nothing", "[retention][e2e]") {
    RetentionStore store;
    const Customer a = store.comeOn("2026-11-22", "試行 五郎", true);
    store.terminalEvent("2026-11-22T15:00:00+09:00", "dry");
    const auto before = queryText(
        store.db, "SELECT (SELECT count(*) FROM visits) || '/' || (SELECT count(*) FROM visit_segments) || '/' || "
                  "(SELECT count(*) FROM identity_records) || '/' || (SELECT count(*) FROM members) || '/' || "
                  "(SELECT count(*) FROM member_cards) || '/' || (SELECT count(*) FROM terminal_events) || '/' || "
                  "(SELECT count(*) FROM data_keys WHERE destroyed_at IS NULL)");

    const std::string out = store.purged("2029-12-01T00:30:00+09:00", "--dry-run");
    CHECK(out.find("DRY RUN") != std::string::npos);
    CHECK(out.find("visits: 1") != std::string::npos);
    CHECK(out.find("visit_segments: 1") != std::string::npos);
    CHECK(out.find("identity_records: 1") != std::string::npos);
    CHECK(out.find("terminal_events: 1") != std::string::npos);
    CHECK(out.find("keys would be destroyed: 2029-11") != std::string::npos);

    const auto after = queryText(
        store.db, "SELECT (SELECT count(*) FROM visits) || '/' || (SELECT count(*) FROM visit_segments) || '/' || "
                  "(SELECT count(*) FROM identity_records) || '/' || (SELECT count(*) FROM members) || '/' || "
                  "(SELECT count(*) FROM member_cards) || '/' || (SELECT count(*) FROM terminal_events) || '/' || "
                  "(SELECT count(*) FROM data_keys WHERE destroyed_at IS NULL)");
    CHECK(after == before);
    CHECK(store.count("SELECT count(*) FROM purge_certificates") == 0);
    CHECK(store.countWhere("identity_records", "id", a.identityId) == 1);
}

TEST_CASE("a purge run twice purges once: the second run finds nothing left", "[retention][e2e]") {
    RetentionStore store;
    store.comeOn("2026-11-22", "二度 六郎", true);
    store.comeOn("2026-11-22", "二度 七子");
    store.purged("2029-12-01T00:30:00+09:00");
    const std::string second = store.purged("2029-12-01T00:31:00+09:00");
    INFO(second);
    CHECK(second.find("visits: 0") != std::string::npos);
    CHECK(second.find("identity_records: 0") != std::string::npos);
    CHECK(second.find("keys were destroyed: none") != std::string::npos);
    CHECK(store.count("SELECT count(*) FROM identity_records") == 0);
    CHECK(store.count("SELECT count(*) FROM purge_certificates") == 2);
    CHECK(store.count("SELECT sum((counts->>'visits')::int) FROM purge_certificates") == 2);
}

TEST_CASE("whole months past retention go by dropping their partitions", "[retention][e2e]") {
    RetentionStore store;
    store.comeOn("2026-10-05", "十月 八郎");
    store.terminalEvent("2026-10-05T10:00:00+09:00", "october");
    store.purged("2029-11-30T12:00:00+09:00"); // creates the partitions ahead of that day too
    CHECK(store.count("SELECT count(*) FROM pg_class WHERE relname = 'visits_p202910'") == 0);
    CHECK(store.count("SELECT count(*) FROM pg_class WHERE relname = 'terminal_events_p202610'") == 0);
    CHECK(queryText(store.db, "SELECT array_to_string(partitions_dropped, ',') FROM purge_certificates")
              .find("visits_p202910") != std::string::npos);
    CHECK(store.count("SELECT count(*) FROM visits") == 0);
    CHECK(store.count("SELECT count(*) FROM terminal_events") == 0);
}

TEST_CASE("the server purges every day at retention.purge_time on its own clock", "[retention][e2e]") {
    RetentionStore store;
    const Customer a = store.comeOn("2026-11-22", "日次 九郎");
    const auto server = store.serverAt("2029-11-23T00:14:57+09:00", {{"retention.purge_enabled", "true"},
                                                                     {"retention.purge_time", "00:15"},
                                                                     {"retention.time_zone", "Asia/Tokyo"}});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (store.count("SELECT count(*) FROM purge_certificates") == 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    INFO(server->log());
    REQUIRE(store.count("SELECT count(*) FROM purge_certificates WHERE triggered_by = 'daily_job'") == 1);
    CHECK(store.countWhere("identity_records", "id", a.identityId) == 0);
    CHECK(server->log().find("\"retention.purged\"") != std::string::npos);
}

TEST_CASE("kirokuctl purge honours --as-of only in testing mode", "[retention][e2e]") {
    auto db = TestDatabase::migrated();
    const std::string config = (std::filesystem::temp_directory_path() / (db.name() + "-plain.ini")).string();
    std::ofstream(config) << "[database]\ndsn = " << db.dsn() << "\n";
    std::string out;
    CHECK(runCommand(std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(config) +
                         " purge --as-of 2040-01-01T00:00:00Z",
                     &out) == 64);
    CHECK(out.find("only with testing.enabled") != std::string::npos);
    std::filesystem::remove(config);
}
