#include "storage/ConnectionPool.h"
#include "domain/Errors.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <atomic>
#include <thread>

using kiroku::backend::storage::ConnectionPool;
using kiroku::test::TestDatabase;

TEST_CASE("the pool never lends more connections than its size, and each to one thread at a time", "[pool]") {
    auto db = TestDatabase::migrated();
    ConnectionPool pool(db.dsn(), 2, std::chrono::seconds(10));
    std::atomic<int> inUse{0};
    std::atomic<int> most{0};
    std::atomic<int> queries{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                auto lease = pool.acquire();
                const int now = ++inUse;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                pqxx::work tx(*lease);
                tx.exec("SELECT pg_sleep(0.005)");
                tx.commit();
                ++queries;
                --inUse;
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    CHECK(queries == 30);
    CHECK(most <= 2);
    CHECK(most >= 1);
}

TEST_CASE("waiting for a connection past the timeout is a clear 'unavailable' error", "[pool]") {
    auto db = TestDatabase::migrated();
    ConnectionPool pool(db.dsn(), 1, std::chrono::milliseconds(50));
    auto held = pool.acquire();
    CHECK_THROWS_AS(pool.acquire(), kiroku::domain::Unavailable);
}

TEST_CASE("an unreachable database is reported as unavailable without the connection string", "[pool]") {
    ConnectionPool pool("host=/nonexistent-kiroku-socket-dir port=1 user=secret_user dbname=x", 1,
                        std::chrono::milliseconds(100));
    try {
        auto lease = pool.acquire();
        FAIL("acquire should have failed");
    } catch (const kiroku::domain::Unavailable& e) {
        CHECK(std::string(e.what()).find("secret_user") == std::string::npos);
    }
    // The failed attempt did not use up the pool's only slot.
    CHECK_THROWS_AS(pool.acquire(), kiroku::domain::Unavailable);
}

TEST_CASE("a connection marked broken is replaced by a new one", "[pool]") {
    auto db = TestDatabase::migrated();
    ConnectionPool pool(db.dsn(), 1, std::chrono::seconds(5));
    int firstPid = 0;
    {
        auto lease = pool.acquire();
        firstPid = lease->backendpid();
        lease.markBroken();
    }
    auto lease = pool.acquire();
    CHECK(lease->backendpid() != firstPid);
    pqxx::work tx(*lease);
    CHECK(tx.exec1("SELECT 1")[0].as<int>() == 1);
}
