#include "domain/Errors.h"
#include "storage/ConnectionPool.h"
#include "storage/PgIdempotencyStore.h"
#include "storage/PgTerminalEventRepository.h"
#include "storage/PgVisitRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <thread>

using namespace kiroku;
using backend::storage::ConnectionPool;
using backend::storage::PgIdempotencyStore;
using backend::storage::PgVisitRepository;
using test::TestDatabase;

namespace {

/// A store with booths B01..B03, a clerk, and customers' verification records inserted directly (their encrypted
/// fields are placeholder bytes: these tests never read them).
struct Shop {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "nakano", "clerk-a", "clerk", 3);
    ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10)};
    PgVisitRepository visits{pool};

    std::int64_t booth(const std::string& label) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec_params1("SELECT id FROM booths WHERE label = $1 AND store_id = $2", label, clerk.storeId)[0]
            .as<std::int64_t>();
    }

    std::string customer() {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto key = tx.exec1("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) "
                                  "VALUES ('personal_fields', 'retention:2029-11', 1, '\\x00') "
                                  "ON CONFLICT (purpose, scope) WHERE retired_at IS NULL DO UPDATE SET kek_version = 1 "
                                  "RETURNING id")[0]
                             .as<int>();
        const auto id =
            tx.exec_params1("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, "
                            "document_kind, address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, "
                            "name_dob_bidx, last_service_on, retention_until) VALUES (gen_random_uuid(), $1, now(), "
                            "$2, 'visual', 'drivers_license', true, $3, '\\x00', '\\x00', '\\x00', '\\x00', "
                            "'2026-11-22', '2029-11-22') RETURNING id::text",
                            clerk.storeId, clerk.staffId, key)[0]
                .as<std::string>();
        tx.commit();
        return id;
    }

    /// Inserts a visit of `customer` with a segment in `boothId`, as check-in does (without its checks).
    std::string start(const std::string& customer, std::int64_t boothId) {
        std::string id;
        visits.transact([&](domain::VisitTransaction& tx) {
            domain::NewVisit visit;
            visit.storeId = clerk.storeId;
            visit.identityRecordId = customer;
            visit.startedAt = std::chrono::system_clock::now();
            visit.startedBy = clerk.staffId;
            id = tx.insertVisit(visit);
            tx.openSegment(clerk.storeId, id, boothId, std::nullopt, visit.startedAt);
            tx.setBoothStatus(clerk.storeId, boothId, domain::BoothStatus::Occupied);
        });
        return id;
    }

    std::int64_t count(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1(sql)[0].as<std::int64_t>();
    }
};

} // namespace

TEST_CASE("the database refuses a second open segment in one booth as booth_occupied, and keeps nothing of it",
          "[visits][db]") {
    Shop shop;
    shop.start(shop.customer(), shop.booth("B01"));
    try {
        shop.start(shop.customer(), shop.booth("B01"));
        FAIL("a second open segment in the booth was accepted");
    } catch (const domain::Conflict& e) {
        CHECK(e.code() == "booth_occupied");
    }
    CHECK(shop.count("SELECT count(*) FROM visits") == 1);
    CHECK(shop.count("SELECT count(*) FROM visit_segments") == 1);
}

TEST_CASE("the database refuses a second active visit of one customer as already_checked_in", "[visits][db]") {
    Shop shop;
    const std::string customer = shop.customer();
    const std::string first = shop.start(customer, shop.booth("B01"));
    try {
        shop.start(customer, shop.booth("B02"));
        FAIL("a second active visit was accepted");
    } catch (const domain::Conflict& e) {
        CHECK(e.code() == "already_checked_in");
    }
    // Once the first visit has ended, the customer may come again. Its open segment is closed first (as checkout
    // does): ending the visit moves it and its segments into their retention month.
    shop.visits.transact([&](domain::VisitTransaction& tx) {
        const auto segment = tx.openSegmentOf(shop.clerk.storeId, first);
        REQUIRE(segment);
        tx.closeSegment(shop.clerk.storeId, segment->id, std::chrono::system_clock::now());
        tx.endVisit(shop.clerk.storeId, first, std::chrono::system_clock::now(), shop.clerk.staffId,
                    domain::CivilDate(2029, 11, 22));
    });
    CHECK_NOTHROW(shop.start(customer, shop.booth("B02")));
}

TEST_CASE("booths are locked in id order and only within the store", "[visits][db]") {
    Shop shop;
    const auto other = test::createStaff(shop.db, "koenji", "clerk-b", "clerk", 1);
    std::vector<domain::LockedBooth> locked;
    shop.visits.transact([&](domain::VisitTransaction& tx) {
        locked = tx.lockBooths(shop.clerk.storeId, {shop.booth("B03"), shop.booth("B01")});
        CHECK(tx.lockBooths(other.storeId, {shop.booth("B01")}).empty());
    });
    REQUIRE(locked.size() == 2);
    CHECK(locked[0].label == "B01");
    CHECK(locked[1].label == "B03");
    CHECK(locked[0].status == domain::BoothStatus::Free);
}

TEST_CASE("a request with a key another transaction holds waits for it, then gets its recorded answer",
          "[visits][idempotency][db]") {
    Shop shop;
    const domain::IdempotencyKey key{shop.clerk.storeId, shop.clerk.staffId, "key-0000001", "hash"};
    std::optional<domain::RecordedResponse> seen;
    std::chrono::steady_clock::duration waited{};
    std::thread first([&] {
        shop.visits.transact([&](domain::VisitTransaction& tx) {
            REQUIRE_FALSE(tx.idempotency().claim(key));
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            tx.idempotency().record(key, {201, R"({"id":"first"})"});
        });
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const auto started = std::chrono::steady_clock::now();
    shop.visits.transact([&](domain::VisitTransaction& tx) { seen = tx.idempotency().claim(key); });
    waited = std::chrono::steady_clock::now() - started;
    first.join();
    REQUIRE(seen);
    CHECK(seen->requestHash == "hash");
    CHECK(seen->response == domain::StoredResponse{201, R"({"id":"first"})"});
    CHECK(waited >= std::chrono::milliseconds(200));

    PgIdempotencyStore store(shop.pool);
    const auto found = store.find(shop.clerk.storeId, "key-0000001");
    REQUIRE(found);
    CHECK(found->response.body == R"({"id":"first"})");
    CHECK_FALSE(store.find(shop.clerk.storeId + 1, "key-0000001"));
}

TEST_CASE("a key whose transaction rolled back is free for the next request", "[visits][idempotency][db]") {
    Shop shop;
    const domain::IdempotencyKey key{shop.clerk.storeId, shop.clerk.staffId, "key-0000002", "hash"};
    CHECK_THROWS_AS(shop.visits.transact([&](domain::VisitTransaction& tx) {
        REQUIRE_FALSE(tx.idempotency().claim(key));
        throw domain::Conflict("booth_occupied", "refused after the claim");
    }),
                    domain::Conflict);
    CHECK(shop.count("SELECT count(*) FROM idempotency_keys") == 0);
    shop.visits.transact([&](domain::VisitTransaction& tx) {
        CHECK_FALSE(tx.idempotency().claim(key));
        tx.idempotency().record(key, {201, "{}"});
    });
    CHECK(shop.count("SELECT count(*) FROM idempotency_keys WHERE response_status = 201") == 1);
}

TEST_CASE("an identity record's retention and last day of service only move forward", "[visits][retention][db]") {
    Shop shop;
    const std::string customer = shop.customer();
    const auto extend = [&](domain::CivilDate last, domain::CivilDate until) {
        shop.visits.transact([&](domain::VisitTransaction& tx) {
            tx.extendIdentityRetention(shop.clerk.storeId, customer, last, until);
        });
    };
    extend(domain::CivilDate(2027, 1, 5), domain::CivilDate(2030, 1, 5));
    extend(domain::CivilDate(2026, 12, 1), domain::CivilDate(2029, 12, 1)); // an older visit, replayed late
    auto c = shop.db.connect();
    pqxx::read_transaction tx(*c);
    const auto row = tx.exec_params1(
        "SELECT last_service_on::text, retention_until::text FROM identity_records WHERE id = $1", customer);
    CHECK(row[0].as<std::string>() == "2027-01-05");
    CHECK(row[1].as<std::string>() == "2030-01-05");
}

TEST_CASE("active visits are listed with their current booth, oldest first", "[visits][db]") {
    Shop shop;
    const std::string a = shop.start(shop.customer(), shop.booth("B02"));
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const std::string b = shop.start(shop.customer(), shop.booth("B01"));
    const auto active = shop.visits.listActive(shop.clerk.storeId);
    REQUIRE(active.size() == 2);
    CHECK(active[0].id == a);
    CHECK(active[0].booth.label == "B02");
    CHECK(active[1].id == b);
    CHECK(shop.visits.listActive(shop.clerk.storeId + 1000).empty());
}

TEST_CASE("a terminal event is stored once per terminal and event key", "[terminal][db]") {
    Shop shop;
    auto c = shop.db.connect();
    pqxx::work setup(*c);
    const auto terminalId =
        setup
            .exec_params1("INSERT INTO terminals (store_id, number) VALUES ($1, 'PC-01') RETURNING id",
                          shop.clerk.storeId)[0]
            .as<std::int64_t>();
    setup.commit();
    backend::storage::PgTerminalEventRepository events(shop.pool);
    const auto terminal = events.findTerminal(terminalId);
    REQUIRE(terminal);
    CHECK(terminal->storeId == shop.clerk.storeId);
    CHECK_FALSE(terminal->credentialHash);
    domain::TerminalEvent event;
    event.at = std::chrono::system_clock::now();
    event.kind = domain::TerminalEventKind::IpAssigned;
    event.privateIp = "192.168.10.21";
    event.macAddress = "00:11:22:33:44:55";
    event.eventKey = "boot-1";
    CHECK(events.record(*terminal, event));
    CHECK_FALSE(events.record(*terminal, event));
    CHECK(shop.count("SELECT count(*) FROM terminal_events") == 1);
    CHECK_FALSE(events.findTerminal(terminalId + 1000));
}
