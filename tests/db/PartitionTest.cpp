#include "domain/Errors.h"
#include "storage/ConnectionPool.h"
#include "storage/Migrator.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgVisitRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace kiroku;
using backend::storage::ConnectionPool;
using test::TestDatabase;

namespace {

std::chrono::system_clock::time_point utc(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

/// A store, a clerk, booths B01..B02 and a customer's record (placeholder ciphertexts: nothing here decrypts).
struct Partitions {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "ogikubo", "clerk-p", "clerk", 2);
    ConnectionPool pool{db.dsn(), 3, std::chrono::seconds(10)};
    backend::storage::PgRetentionStore store{pool};
    std::string customer;

    Partitions() {
        exec("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) "
             "VALUES ('personal_fields', 'retention:2029-11', 1, '\\x00')");
        customer = text("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
                        "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, name_dob_bidx, "
                        "last_service_on, retention_until) SELECT gen_random_uuid(), " +
                        std::to_string(clerk.storeId) + ", now(), " + std::to_string(clerk.staffId) +
                        ", 'visual', 'drivers_license', true, id, '\\x00', '\\x00', '\\x00', '\\x00', '2026-11-22', "
                        "'2029-11-22' FROM data_keys RETURNING id::text");
    }

    void exec(const std::string& sql) const {
        auto c = db.connect();
        pqxx::work tx(*c);
        tx.exec0(sql);
        tx.commit();
    }
    std::string text(const std::string& sql) const {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto value = tx.exec1(sql)[0].as<std::string>();
        tx.commit();
        return value;
    }
    std::int64_t booth(const std::string& label) const {
        return std::stoll(text("SELECT id FROM booths WHERE label = '" + label + "'"));
    }
    /// The partition holding the rows of `table` that `where` selects ("visits_p202911").
    std::string partitionOf(const std::string& table, const std::string& where) const {
        return text("SELECT string_agg(DISTINCT tableoid::regclass::text, ',') FROM " + table + " WHERE " + where);
    }
    /// A visit checked in and out as the visit workflow does: segment closed, then the visit ended.
    std::string servedVisit(domain::CivilDate retentionUntil) {
        backend::storage::PgVisitRepository visits(pool);
        std::string id;
        const auto now = std::chrono::system_clock::now();
        visits.transact([&](domain::VisitTransaction& tx) {
            domain::NewVisit v;
            v.storeId = clerk.storeId;
            v.identityRecordId = customer;
            v.startedAt = now;
            v.startedBy = clerk.staffId;
            id = tx.insertVisit(v);
            tx.openSegment(clerk.storeId, id, booth("B01"), std::nullopt, now);
        });
        visits.transact([&](domain::VisitTransaction& tx) {
            const auto segment = tx.openSegmentOf(clerk.storeId, id);
            REQUIRE(segment);
            tx.closeSegment(clerk.storeId, segment->id, now);
            tx.endVisit(clerk.storeId, id, now, clerk.staffId, retentionUntil);
        });
        return id;
    }
};

} // namespace

TEST_CASE("an open visit and its segment live in the open partitions and move into their retention month at checkout",
          "[retention][partitions][db]") {
    Partitions p;
    CHECK(p.store.maintainPartitions(utc(2026, 11, 22)) > 0);
    backend::storage::PgVisitRepository visits(p.pool);
    std::string id;
    visits.transact([&](domain::VisitTransaction& tx) {
        domain::NewVisit v;
        v.storeId = p.clerk.storeId;
        v.identityRecordId = p.customer;
        v.startedAt = std::chrono::system_clock::now();
        v.startedBy = p.clerk.staffId;
        id = tx.insertVisit(v);
        tx.openSegment(p.clerk.storeId, id, p.booth("B01"), std::nullopt, v.startedAt);
    });
    CHECK(p.partitionOf("visits", "id = '" + id + "'") == "visits_open");
    CHECK(p.partitionOf("visit_segments", "visit_id = '" + id + "'") == "visit_segments_open");
    visits.transact([&](domain::VisitTransaction& tx) {
        const auto segment = tx.openSegmentOf(p.clerk.storeId, id);
        REQUIRE(segment);
        tx.closeSegment(p.clerk.storeId, segment->id, std::chrono::system_clock::now());
        tx.endVisit(p.clerk.storeId, id, std::chrono::system_clock::now(), p.clerk.staffId,
                    domain::CivilDate(2029, 11, 22));
    });
    CHECK(p.partitionOf("visits", "id = '" + id + "'") == "visits_p202911");
    CHECK(p.partitionOf("visit_segments", "visit_id = '" + id + "'") == "visit_segments_p202911");
    // An ended visit is still found, and refused as ended, by the visit workflow's lock.
    visits.transact([&](domain::VisitTransaction& tx) {
        const auto locked = tx.lockVisit(p.clerk.storeId, id);
        REQUIRE(locked);
        CHECK(locked->endedAt);
    });
}

TEST_CASE("a segment needs its visit with the same retention date, and a visit moves only with its segments",
          "[retention][partitions][db]") {
    Partitions p;
    const std::string id = p.servedVisit(domain::CivilDate(2029, 11, 22));
    CHECK_THROWS_AS(p.exec("INSERT INTO visit_segments (store_id, visit_id, booth_id, started_at, ended_at, "
                           "retention_until) VALUES (" +
                           std::to_string(p.clerk.storeId) + ", '" + id + "', " + std::to_string(p.booth("B02")) +
                           ", now(), now(), '2029-11-23')"),
                    pqxx::foreign_key_violation);
    CHECK_THROWS_AS(p.exec("UPDATE visits SET retention_until = '2029-11-30' WHERE id = '" + id + "'"),
                    pqxx::foreign_key_violation);
    CHECK_THROWS_AS(p.exec("DELETE FROM visits WHERE id = '" + id + "'"), pqxx::foreign_key_violation);
    // Together, in one statement, they may.
    p.exec("WITH v AS (UPDATE visits SET retention_until = '2029-11-30' WHERE id = '" + id +
           "' RETURNING id) UPDATE visit_segments SET retention_until = '2029-11-30' WHERE visit_id IN "
           "(SELECT id FROM v)");
    CHECK(p.text("SELECT retention_until::text FROM visit_segments WHERE visit_id = '" + id + "'") == "2029-11-30");
    // An open segment belongs in the open partition only.
    CHECK_THROWS(p.exec("UPDATE visit_segments SET ended_at = NULL WHERE visit_id = '" + id + "'"));
}

TEST_CASE("rows caught by the default partition move into their month's partition when it is created",
          "[retention][partitions][db]") {
    Partitions p;
    // No partitions yet (the template has none): the served visit lands in the defaults.
    const std::string id = p.servedVisit(domain::CivilDate(2035, 1, 10));
    p.exec("INSERT INTO terminals (store_id, number) VALUES (" + std::to_string(p.clerk.storeId) + ", 'PC-9')");
    p.exec("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT store_id, id, "
           "'2035-01-10T12:00:00+09:00', 'login', 'e' FROM terminals");
    CHECK(p.partitionOf("visits", "id = '" + id + "'") == "visits_default");
    CHECK(p.partitionOf("visit_segments", "visit_id = '" + id + "'") == "visit_segments_default");
    CHECK(p.partitionOf("terminal_events", "true") == "terminal_events_default");

    CHECK(p.text("SELECT kiroku_ensure_partition('visits', '2035-01-01')::text") == "true");
    CHECK(p.text("SELECT kiroku_ensure_partition('terminal_events', '2035-01-01')::text") == "true");
    CHECK(p.text("SELECT kiroku_ensure_partition('visits', '2035-01-01')::text") == "false");
    CHECK(p.partitionOf("visits", "id = '" + id + "'") == "visits_p203501");
    CHECK(p.partitionOf("visit_segments", "visit_id = '" + id + "'") == "visit_segments_p203501");
    CHECK(p.partitionOf("terminal_events", "true") == "terminal_events_p203501");
    CHECK(p.text("SELECT count(*) FROM visits_default") == "0");
    // Only registered top-level tables: a table that belongs to another is created with it.
    CHECK_THROWS(p.exec("SELECT kiroku_ensure_partition('visit_segments', '2035-02-01')"));
    CHECK_THROWS(p.exec("SELECT kiroku_ensure_partition('staff', '2035-02-01')"));
}

TEST_CASE("a month's partition is dropped only when wholly past retention in every store, after its segments",
          "[retention][partitions][db]") {
    Partitions p;
    p.store.maintainPartitions(utc(2026, 11, 22));
    p.servedVisit(domain::CivilDate(2029, 11, 22));
    // 2029-11-30 15:00 UTC is 2029-12-01 00:00 in Tokyo: November is over there.
    CHECK(p.text("SELECT kiroku_drop_partition('visit_segments', '2029-11-01', '2029-11-30T14:59:59Z')::text") == "-1");
    CHECK_THROWS(p.exec("SELECT kiroku_drop_partition('visits', '2029-11-01', '2029-11-30T15:00:00Z')"));
    CHECK(p.text("SELECT kiroku_drop_partition('visit_segments', '2029-11-01', '2029-11-30T15:00:00Z')::text") == "1");
    CHECK(p.text("SELECT kiroku_drop_partition('visits', '2029-11-01', '2029-11-30T15:00:00Z')::text") == "1");
    CHECK(p.text("SELECT coalesce(kiroku_drop_partition('visits', '2029-11-01', '2029-11-30T15:00:00Z')::text, "
                 "'none')") == "none");
    CHECK(p.text("SELECT count(*) FROM visits") == "0");
}

TEST_CASE("a month is dropped while check-ins write to the tables its rows refer to", "[retention][partitions][db]") {
    Partitions p;
    p.store.maintainPartitions(utc(2026, 11, 22));
    p.servedVisit(domain::CivilDate(2029, 11, 22));
    // A check-in under way: it updates the customer's record and has the staff, booth and terminal rows in hand.
    auto checkIn = p.db.connect();
    pqxx::work open(*checkIn);
    open.exec0("LOCK TABLE stores, staff, booths, terminals, identity_records, members IN ROW EXCLUSIVE MODE");
    // Dropping a partition takes no lock on the tables its foreign keys refer to (its NOWAIT locks would fail).
    CHECK(p.text("SELECT kiroku_drop_partition('visit_segments', '2029-11-01', '2029-11-30T15:00:00Z')::text") == "1");
    CHECK(p.text("SELECT string_agg(coalesce(store_id::text, '-') || ':' || row_count, ',') "
                 "FROM kiroku_drop_partition_by_store('visits', '2029-11-01', '2029-11-30T15:00:00Z')") ==
          std::to_string(p.clerk.storeId) + ":1");
    open.abort();
    CHECK(p.text("SELECT count(*) FROM visits") == "0");
    CHECK(p.text("SELECT count(*) FROM pg_class WHERE relname IN ('visits_p202911', 'visit_segments_p202911')") == "0");
}

TEST_CASE("a visit goes only together with its segments, and keeps its key only with them",
          "[retention][partitions][db]") {
    Partitions p;
    p.store.maintainPartitions(utc(2026, 11, 22));
    const std::string id = p.servedVisit(domain::CivilDate(2029, 11, 22));
    const auto refused = [&](const std::string& sql) {
        try {
            p.exec(sql);
            FAIL("accepted: " << sql);
        } catch (const pqxx::foreign_key_violation& e) {
            CHECK(std::string(e.what()).find("still has segments") != std::string::npos);
        }
    };
    refused("DELETE FROM visits WHERE id = '" + id + "'");
    refused("UPDATE visits SET retention_until = '2029-12-22' WHERE id = '" + id + "'");
    CHECK(p.text("SELECT count(*) FROM visits") == "1");
    // One statement that deletes both passes the check made at its end.
    p.exec("WITH s AS (DELETE FROM visit_segments WHERE visit_id = '" + id +
           "' RETURNING 1) "
           "DELETE FROM visits WHERE id = '" +
           id + "'");
    CHECK(p.text("SELECT count(*) FROM visits") == "0");
    CHECK(p.text("SELECT count(*) FROM visit_segments") == "0");
}

TEST_CASE("the server's role changes partitions only through the functions of V007", "[retention][partitions][db]") {
    Partitions p;
    auto c = p.db.connect();
    pqxx::work tx(*c);
    tx.exec0("SET LOCAL ROLE kiroku_app");
    CHECK(tx.exec1("SELECT kiroku_maintain_partitions('2026-11-22T00:00:00Z')")[0].as<int>() > 0);
    CHECK(tx.exec1("SELECT kiroku_drop_partition('terminal_events', '2026-11-01', '2029-12-31T00:00:00Z')")[0]
              .as<std::int64_t>() == 0);
    const auto refused = [&](const std::string& sql) {
        pqxx::subtransaction attempt(tx, "refused");
        CHECK_THROWS_AS(attempt.exec0(sql), pqxx::insufficient_privilege);
    };
    refused("DROP TABLE visits_p202911");
    refused("CREATE TABLE visits_p209901 PARTITION OF visits FOR VALUES FROM ('2099-01-01') TO ('2099-02-01')");
    refused("SELECT kiroku_lock_for_partition_ddl(ARRAY['visits'], 'ACCESS EXCLUSIVE', 'ACCESS EXCLUSIVE', NULL)");
    refused("SELECT kiroku_prepare_partition_drop('visits', '2029-11-01', '2029-12-31T00:00:00Z')");
    refused("SELECT kiroku_drop_prepared_partition('visits', '2029-11-01')");
    refused("UPDATE purge_certificates SET duration_ms = 0");
    refused("DELETE FROM purge_certificates");
}

TEST_CASE("a record is never written under a destroyed key", "[retention][keys][db]") {
    Partitions p;
    p.exec("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key, destroyed_at, retired_at) "
           "VALUES ('personal_fields', 'retention:2029-10', 1, NULL, now(), now())");
    const std::string destroyed = p.text("SELECT id FROM data_keys WHERE destroyed_at IS NOT NULL");
    CHECK_THROWS_AS(p.exec("UPDATE identity_records SET key_id = " + destroyed), pqxx::foreign_key_violation);
}

TEST_CASE("a database deployed with V001 to V006 takes V007, and its rows are carried into the partitioned tables",
          "[retention][partitions][db]") {
    auto db = TestDatabase::empty();
    auto c = db.connect();
    auto files = TestDatabase::sourceMigrations();
    std::vector<backend::storage::MigrationFile> before;
    for (const auto& f : files) {
        if (f.version <= 6) {
            before.push_back(f);
        }
    }
    backend::storage::Migrator(*c, before).migrate();
    {
        pqxx::work tx(*c);
        tx.exec0("INSERT INTO stores (code, name) VALUES ('old', 'Old')");
        tx.exec0("INSERT INTO booths (store_id, label) SELECT id, 'B01' FROM stores");
        tx.exec0("INSERT INTO booths (store_id, label) SELECT id, 'B02' FROM stores");
        tx.exec0("INSERT INTO terminals (store_id, number, booth_id) SELECT store_id, 'PC-1', id FROM booths "
                 "WHERE label = 'B01'");
        tx.exec0("INSERT INTO staff (store_id, login, display_name, role, password_hash) "
                 "SELECT id, 'old-clerk', 'C', 'clerk', 'x' FROM stores");
        tx.exec0("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) "
                 "VALUES ('personal_fields', 'retention:2029-11', 1, '\\x00')");
        tx.exec0("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
                 "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, name_dob_bidx, "
                 "last_service_on, retention_until) SELECT '11111111-1111-4111-8111-111111111111', s.id, now(), "
                 "st.id, 'visual', 'passport', true, k.id, '\\x01', '\\x01', '\\x01', '\\x01', '2026-11-22', "
                 "'2029-11-22' FROM stores s, staff st, data_keys k");
        tx.exec0("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
                 "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, name_dob_bidx, "
                 "last_service_on, retention_until) SELECT '22222222-2222-4222-8222-222222222222', s.id, now(), "
                 "st.id, 'visual', 'passport', true, k.id, '\\x01', '\\x01', '\\x01', '\\x01', '2026-11-22', "
                 "'2029-11-22' FROM stores s, staff st, data_keys k");
        tx.exec0("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, ended_by, "
                 "retention_until) SELECT 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', s.id, "
                 "'11111111-1111-4111-8111-111111111111', now() - interval '2 hours', st.id, now(), st.id, "
                 "'2029-11-22' FROM stores s, staff st");
        tx.exec0("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by) "
                 "SELECT 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', s.id, '22222222-2222-4222-8222-222222222222', now(), "
                 "st.id FROM stores s, staff st");
        tx.exec0("INSERT INTO visit_segments (store_id, visit_id, booth_id, started_at, ended_at) SELECT b.store_id, "
                 "'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', b.id, now() - interval '2 hours', now() FROM booths b "
                 "WHERE label = 'B01'");
        tx.exec0("INSERT INTO visit_segments (store_id, visit_id, booth_id, started_at) SELECT b.store_id, "
                 "'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', b.id, now() FROM booths b WHERE label = 'B02'");
        tx.exec0("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT store_id, id, "
                 "'2026-10-31T23:00:00Z', 'login', 'k1' FROM terminals");
        tx.commit();
    }
    backend::storage::Migrator(*c, files).migrate();
    pqxx::work tx(*c);
    CHECK(tx.exec1("SELECT tableoid::regclass::text FROM visits WHERE ended_at IS NOT NULL")[0].as<std::string>() ==
          "visits_p202911");
    CHECK(tx.exec1("SELECT tableoid::regclass::text || ' ' || retention_until::text FROM visits "
                   "WHERE ended_at IS NULL")[0]
              .as<std::string>() == "visits_open infinity");
    CHECK(tx.exec1("SELECT string_agg(tableoid::regclass::text, ',' ORDER BY id) FROM visit_segments")[0]
              .as<std::string>() == "visit_segments_p202911,visit_segments_open");
    CHECK(tx.exec1("SELECT tableoid::regclass::text FROM terminal_events")[0].as<std::string>() ==
          "terminal_events_p202610");
    // Identity columns go on from the rows carried over.
    tx.exec0("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT store_id, id, "
             "'2026-10-31T23:30:00Z', 'logout', 'k2' FROM terminals");
    CHECK(tx.exec1("SELECT max(id) FROM terminal_events")[0].as<int>() == 2);
    CHECK(tx.exec1("SELECT count(*) FROM pg_namespace WHERE nspname = 'kiroku_v002_moved'")[0].as<int>() == 0);
    // The indexes V003, V005 and V006 made on the tables replaced are on the partitioned tables again.
    for (const char* index :
         {"terminal_events_ip_assigned_idx", "visit_segments_visit_idx", "visit_segments_booth_end_idx",
          "visit_segments_terminal_end_idx", "visit_segments_store_time_idx", "visit_segments_store_visit_idx",
          "visits_store_retention_idx"}) {
        INFO(index);
        CHECK(tx.exec_params1("SELECT to_regclass($1) IS NOT NULL", std::string("public.") + index)[0].as<bool>());
    }
    // V007 and the migrations after it.
    CHECK(tx.exec1("SELECT max(version) FROM schema_migrations")[0].as<int>() == files.back().version);
}
