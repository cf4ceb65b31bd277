#include "domain/Errors.h"
#include "services/audit/RetentionReportService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "storage/PgCheckpointRepository.h"
#include "storage/PgRetentionReportRepository.h"
#include "storage/PgStoreRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace kiroku;
using domain::CivilDate;
using test::TestDatabase;

namespace {

class FixedClock : public backend::services::Clock {
public:
    std::chrono::system_clock::time_point at;
    std::chrono::system_clock::time_point now() const override { return at; }
};

/// A store in Tokyo with two terminals, records inserted directly with chosen times (placeholder ciphertexts).
struct ReportedStore {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture manager = test::createStaff(db, "meguro", "manager-a", "manager", 2);
    backend::storage::ConnectionPool pool{db.dsn(), 2, std::chrono::seconds(10), "kiroku_app"};
    backend::storage::PgRetentionReportRepository figures{pool};
    backend::storage::PgStoreRepository stores{pool};
    backend::storage::PgAuditLog log{pool};
    backend::storage::PgCheckpointRepository checkpoints{pool};
    FixedClock clock;
    backend::services::RetentionReportService service{figures, stores, log, checkpoints, clock};
    int key = 0;
    std::int64_t terminalA = 0;
    std::int64_t terminalB = 0;

    ReportedStore() {
        auto c = db.connect();
        pqxx::work tx(*c);
        key = tx.exec1("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) VALUES ('personal_fields', "
                       "'retention:2029-11', 1, '\\x00') RETURNING id")[0]
                  .as<int>();
        terminalA = tx.exec_params1("INSERT INTO terminals (store_id, number) VALUES ($1, 'PC-01') RETURNING id",
                                    manager.storeId)[0]
                        .as<std::int64_t>();
        terminalB = tx.exec_params1("INSERT INTO terminals (store_id, number) VALUES ($1, 'PC-02') RETURNING id",
                                    manager.storeId)[0]
                        .as<std::int64_t>();
        tx.commit();
    }

    domain::StaffPrincipal principal() const {
        return {manager.staffId, manager.storeId, domain::Role::Manager, manager.login};
    }

    /// An identity record verified at `at` (Tokyo wall time as text) kept until `until`.
    std::string identity(const std::string& at, const std::string& until, const std::string& kind = "drivers_license",
                         bool numbered = true, bool addressOnDocument = true) {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto id =
            tx.exec_params1("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, "
                            "document_kind, address_on_document, key_id, name_enc, address_enc, "
                            "date_of_birth_enc, document_number_enc, name_dob_bidx, last_service_on, "
                            "retention_until) VALUES (gen_random_uuid(), $1, ($2::timestamp AT TIME ZONE "
                            "'Asia/Tokyo'), $3, 'visual', $4, $7, $5, '\\x00', '\\x00', '\\x00', "
                            "CASE WHEN $8 THEN '\\x00'::bytea END, '\\x00', ($6::date - interval '3 years')::date, "
                            "$6::date) RETURNING id::text",
                            manager.storeId, at, manager.staffId, kind, key, until, addressOnDocument, numbered)[0]
                .as<std::string>();
        tx.commit();
        return id;
    }

    /// A visit of `identityId` from `start` to `end` (Tokyo wall times), one segment per booth in `booths`.
    void visit(const std::string& identityId, const std::string& start, const std::string& end,
               const std::string& until, bool withTerminal = true) {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto id =
            tx.exec_params1("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, "
                            "ended_by, retention_until) VALUES (gen_random_uuid(), $1, $2::uuid, ($3::timestamp AT "
                            "TIME ZONE 'Asia/Tokyo'), $4, ($5::timestamp AT TIME ZONE 'Asia/Tokyo'), $4, $6::date) "
                            "RETURNING id::text",
                            manager.storeId, identityId, start, manager.staffId, end, until)[0]
                .as<std::string>();
        const auto booth =
            tx.exec_params1("SELECT id FROM booths WHERE store_id = $1 ORDER BY id LIMIT 1", manager.storeId)[0]
                .as<std::int64_t>();
        // A segment carries its visit's retention date (the month partition they share).
        tx.exec_params("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, "
                       "retention_until) VALUES ($1, $2::uuid, $3, $4, ($5::timestamp AT TIME ZONE 'Asia/Tokyo'), "
                       "($6::timestamp AT TIME ZONE 'Asia/Tokyo'), $7::date)",
                       manager.storeId, id, booth, withTerminal ? std::optional<std::int64_t>(terminalA) : std::nullopt,
                       start, end, until);
        tx.commit();
    }

    void events(std::int64_t terminal, const std::string& at, int count) {
        auto c = db.connect();
        pqxx::work tx(*c);
        tx.exec_params("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT $1, $2, "
                       "($3::timestamp AT TIME ZONE 'Asia/Tokyo') + g * interval '1 second', 'login', "
                       "md5(random()::text || g) FROM generate_series(1, $4) g",
                       manager.storeId, terminal, at, count);
        tx.commit();
    }

    std::int64_t number(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1(sql)[0].as<std::int64_t>();
    }
};

} // namespace

TEST_CASE("the terminal-event day counts follow inserts, deletes and updates of the events", "[db][report]") {
    ReportedStore s;
    s.events(s.terminalA, "2026-11-22 23:59:00", 120); // crosses midnight in Tokyo
    s.events(s.terminalB, "2026-11-23 10:00:00", 5);
    const auto matches = [&] {
        return s.number("SELECT count(*) FROM (SELECT store_id, terminal_id, (at AT TIME ZONE 'Asia/Tokyo')::date d, "
                        "count(*) n FROM terminal_events GROUP BY 1, 2, 3) e FULL JOIN (SELECT * FROM "
                        "terminal_event_days WHERE events > 0) r ON r.store_id = e.store_id AND r.terminal_id = "
                        "e.terminal_id AND r.day = e.d WHERE e.n IS DISTINCT FROM r.events") == 0;
    };
    CHECK(matches());
    CHECK(s.number("SELECT events FROM terminal_event_days WHERE day = '2026-11-23' AND terminal_id = " +
                   std::to_string(s.terminalA)) == 61);
    {
        auto c = s.db.connect();
        pqxx::work tx(*c);
        tx.exec("DELETE FROM terminal_events WHERE at < '2026-11-22 14:59:30+00'");
        tx.exec("UPDATE terminal_events SET at = at + interval '2 days' WHERE kind = 'login' AND at > '2026-11-23 "
                "01:00:00+00'");
        tx.commit();
    }
    CHECK(matches());
}

TEST_CASE("the retention report counts what is held by month and what falls due in the next 30 days", "[db][report]") {
    ReportedStore s;
    // Verified 2026-10-31 23:30 Tokyo (October locally, though 14:30 UTC), kept to 2029-11-22: due from 2029-11-23.
    const std::string a = s.identity("2026-10-31 23:30:00", "2029-11-22");
    s.visit(a, "2026-10-31 23:40:00", "2026-11-01 01:00:00", "2029-11-01");
    const std::string b = s.identity("2026-11-05 12:00:00", "2030-01-10");
    s.visit(b, "2026-11-05 12:10:00", "2026-11-05 15:00:00", "2029-11-05", false);
    s.identity("2026-12-01 09:00:00", "2029-12-01", "passport", false, false); // no number, no address proof
    s.events(s.terminalA, "2026-11-05 12:10:00", 7);
    s.events(s.terminalB, "2026-10-31 23:59:00", 3); // 23:59:01 to 23:59:03, October locally

    const auto report = s.service.report(s.principal(), CivilDate::parse("2029-11-01", "as_of"));
    const auto& f = report.figures;
    REQUIRE(f.heldByMonth.size() == 3);
    CHECK(f.heldByMonth[0].month == "2026-10");
    CHECK(f.heldByMonth[0].counts.identityRecords == 1);
    CHECK(f.heldByMonth[0].counts.visits == 1);
    CHECK(f.heldByMonth[0].counts.visitSegments == 1);
    CHECK(f.heldByMonth[0].counts.terminalEvents == 3); // 23:59:01..23:59:03 stay on Oct 31
    CHECK(f.heldByMonth[1].month == "2026-11");
    CHECK(f.heldByMonth[1].counts.identityRecords == 1);
    CHECK(f.heldByMonth[1].counts.terminalEvents == 7);
    CHECK(f.heldByMonth[2].month == "2026-12");
    // Due before 2029-12-01: record a (to 2029-11-22) and both visits; not b (2030) nor the passport (2029-12-01).
    CHECK(f.dueNext30Days.identityRecords == 1);
    CHECK(f.dueNext30Days.visits == 2);
    CHECK(f.dueNext30Days.visitSegments == 2);
    // Events are kept 3 years from their day: Oct 31 and Nov 5, 2026 end before 2029-12-01.
    CHECK(f.dueNext30Days.terminalEvents == 10);
    CHECK(f.gaps.segmentsWithoutTerminal == 1);
    CHECK(f.gaps.identityRecordsMissingRequiredItem == 1);
    CHECK(f.gaps.missingSupplementaryAddressProof == 1);
    CHECK(f.gaps.visitsWithoutIdentityRecord == 0);

    // With no connection to spare in the pool, the months are counted on the report's own connection: same figures.
    backend::storage::ConnectionPool single{s.db.dsn(), 1, std::chrono::seconds(10), "kiroku_app"};
    backend::storage::PgRetentionReportRepository alone{single};
    backend::services::RetentionReportService oneConnection{alone, s.stores, s.log, s.checkpoints, s.clock};
    const auto same = oneConnection.report(s.principal(), CivilDate::parse("2029-11-01", "as_of")).figures;
    REQUIRE(same.heldByMonth.size() == f.heldByMonth.size());
    for (std::size_t i = 0; i < f.heldByMonth.size(); ++i) {
        CHECK(same.heldByMonth[i].month == f.heldByMonth[i].month);
        CHECK(same.heldByMonth[i].counts.identityRecords == f.heldByMonth[i].counts.identityRecords);
        CHECK(same.heldByMonth[i].counts.visits == f.heldByMonth[i].counts.visits);
        CHECK(same.heldByMonth[i].counts.visitSegments == f.heldByMonth[i].counts.visitSegments);
        CHECK(same.heldByMonth[i].counts.terminalEvents == f.heldByMonth[i].counts.terminalEvents);
    }
    CHECK(same.dueNext30Days.visits == f.dueNext30Days.visits);

    // As of a day before the December record was made, it is not held yet.
    const auto earlier = s.service.report(s.principal(), CivilDate::parse("2026-11-30", "as_of"));
    CHECK(earlier.figures.heldByMonth.size() == 2);
    CHECK(earlier.figures.dueNext30Days.identityRecords == 0);
    CHECK(earlier.store.code == "meguro");
}

TEST_CASE("the retention report counts personal-data reads per staff member in the 30 days up to as_of",
          "[db][report]") {
    ReportedStore s;
    const auto clerk = test::createStaff(s.db, "meguro", "clerk-r", "clerk", 2);
    const auto read = [&](std::int64_t staffId, const std::string& day) {
        domain::AuditEntry e;
        e.storeId = s.manager.storeId;
        e.action = "identity.read";
        e.actor = domain::AuditActor::staff(staffId);
        e.reason = "member_card_lookup";
        e.at = CivilDate::parse(day, "day").toSysDays() + std::chrono::hours(3);
        s.log.append(e);
    };
    read(clerk.staffId, "2026-10-01"); // outside the window
    read(clerk.staffId, "2026-11-10");
    read(clerk.staffId, "2026-11-20");
    read(s.manager.staffId, "2026-11-21");
    const auto report = s.service.report(s.principal(), CivilDate::parse("2026-11-22", "as_of"));
    const auto& reads = report.figures.personalDataReadsByStaff;
    REQUIRE(reads.size() == 2);
    CHECK(reads[0].staffId == clerk.staffId);
    CHECK(reads[0].login == "clerk-r");
    CHECK(reads[0].reads == 2);
    CHECK(reads[1].reads == 1);
    CHECK(report.chain.verification.ok);
    CHECK(report.chain.verification.length == 4);
    CHECK(report.readsFrom.toString() == "2026-10-24");
}

TEST_CASE("the retention report is for managers, auditors and admins of the store", "[db][report]") {
    ReportedStore s;
    auto clerk = s.principal();
    clerk.role = domain::Role::Clerk;
    CHECK_THROWS_AS(s.service.report(clerk, std::nullopt), domain::Forbidden);
}

TEST_CASE("the retention report shows a purge over every store with the store's own counts, from its signed copy",
          "[db][report]") {
    ReportedStore s;
    const auto other = test::createStaff(s.db, "shibuya", "manager-b", "manager", 2);
    {
        // A purge of 2029-12-01 over both stores: 5 visits in all, 2 of them this store's. (Inserted as the
        // purge stores them; the report reads them and does not check the signature.)
        auto c = s.db.connect();
        pqxx::work tx(*c);
        const auto key = tx.exec_params1("INSERT INTO store_signing_keys (store_id, public_key, kek_version, "
                                         "wrapped_private_key) VALUES ($1, decode(repeat('01', 32), 'hex'), 1, "
                                         "'\\x00') RETURNING id",
                                         s.manager.storeId)[0]
                             .as<int>();
        tx.exec_params("INSERT INTO purge_certificates (id, store_id, as_of, cutoff_date, store_cutoffs, counts, "
                       "partitions_dropped, destroyed_key_months, destroyed_key_ids, kept_keys, reencrypted, "
                       "holds_respected, hold_ids, held_back, duration_ms, triggered_by) VALUES "
                       "('00000000-0000-4000-8000-0000000000aa', NULL, '2029-12-01 03:00+00', '2029-12-01', "
                       "jsonb_build_array(jsonb_build_object('store_id', $1::bigint, 'today', '2029-12-01'), "
                       "jsonb_build_object('store_id', $2::bigint, 'today', '2029-12-01')), "
                       "'{\"visits\": 5, \"identity_records\": 4}', '{}', '{}', '{}', '[]', 0, 0, '{}', '{}', 12, "
                       "'daily_job')",
                       s.manager.storeId, other.storeId);
        tx.exec_params("INSERT INTO purge_certificate_signatures (certificate_id, store_id, signing_key_id, document, "
                       "signature) VALUES ('00000000-0000-4000-8000-0000000000aa', $1, $2, "
                       "'{\"purged_rows\":{\"identity_records\":1,\"visits\":2}}', decode(repeat('02', 64), 'hex'))",
                       s.manager.storeId, key);
        tx.commit();
    }
    const auto report = s.service.report(s.principal(), CivilDate::parse("2029-12-01", "as_of"));
    REQUIRE(report.figures.purges.size() == 1);
    CHECK(report.figures.purges[0].counts.at("visits") == 2);
    CHECK(report.figures.purges[0].counts.at("identity_records") == 1);
}
