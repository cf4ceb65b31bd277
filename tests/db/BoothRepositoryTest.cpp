#include "domain/Errors.h"
#include "storage/ConnectionPool.h"
#include "storage/PgBoothRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace kiroku;
using backend::storage::ConnectionPool;
using backend::storage::PgBoothRepository;

namespace {

std::int64_t boothId(const test::TestDatabase& db, std::int64_t storeId, const std::string& label) {
    auto c = db.connect();
    pqxx::read_transaction tx(*c);
    return tx.exec_params1("SELECT id FROM booths WHERE store_id = $1 AND label = $2", storeId, label)[0]
        .as<std::int64_t>();
}

} // namespace

TEST_CASE("the booth map lists a store's booths by label with their first terminal", "[booths][db]") {
    auto db = test::TestDatabase::migrated();
    const auto clerk = test::createStaff(db, "nakano", "clerk-a", "clerk", 3);
    test::createStaff(db, "koenji", "clerk-b", "clerk", 2);
    {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto b02 = boothId(db, clerk.storeId, "B02");
        tx.exec_params("INSERT INTO terminals (store_id, number, booth_id) VALUES ($1, 'PC-09', $2), ($1, 'PC-03', $2)",
                       clerk.storeId, b02);
        tx.commit();
    }
    ConnectionPool pool(db.dsn(), 2, std::chrono::seconds(10));
    PgBoothRepository booths(pool);
    const auto map = booths.list(clerk.storeId);
    REQUIRE(map.size() == 3);
    CHECK(map[0].label == "B01");
    CHECK_FALSE(map[0].terminal);
    CHECK(map[1].label == "B02");
    REQUIRE(map[1].terminal);
    CHECK(map[1].terminal->number == "PC-09"); // the terminal placed there first
    CHECK(map[2].status == domain::BoothStatus::Free);
    CHECK_FALSE(map[2].visit);
}

TEST_CASE("a booth's status is set by hand only while no visit is in it", "[booths][db]") {
    auto db = test::TestDatabase::migrated();
    const auto clerk = test::createStaff(db, "nakano", "clerk-a", "clerk", 2);
    ConnectionPool pool(db.dsn(), 2, std::chrono::seconds(10));
    PgBoothRepository booths(pool);
    const auto b01 = boothId(db, clerk.storeId, "B01");
    CHECK(booths.setStatus(clerk.storeId, b01, domain::BoothStatus::OutOfService).status ==
          domain::BoothStatus::OutOfService);
    CHECK(booths.setStatus(clerk.storeId, b01, domain::BoothStatus::Free).status == domain::BoothStatus::Free);
    CHECK_THROWS_AS(booths.setStatus(clerk.storeId + 1000, b01, domain::BoothStatus::Cleaning), domain::NotFound);
    {
        auto c = db.connect();
        pqxx::work tx(*c);
        tx.exec_params("UPDATE booths SET status = 'occupied' WHERE id = $1", b01);
        tx.commit();
    }
    try {
        booths.setStatus(clerk.storeId, b01, domain::BoothStatus::Free);
        FAIL("an occupied booth was set free by hand");
    } catch (const domain::Conflict& e) {
        CHECK(e.code() == "booth_occupied");
    }
}
