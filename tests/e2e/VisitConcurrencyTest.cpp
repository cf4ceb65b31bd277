#include "VisitTestSupport.h"

#include "support/Fixtures.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace kiroku::test;

namespace {

constexpr int kClients = 8;

/// Runs `request(i)` on kClients threads released at once, each with its own connection and session.
std::vector<HttpResult> atOnce(const ServerProcess& server, const StaffFixture& clerk,
                               const std::function<HttpResult(CounterSession&, int)>& request) {
    std::vector<std::unique_ptr<CounterSession>> sessions;
    for (int i = 0; i < kClients; ++i) {
        sessions.push_back(std::make_unique<CounterSession>(server, clerk.login, clerk.password));
    }
    std::vector<HttpResult> results(kClients);
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (!go.load()) {
                std::this_thread::yield();
            }
            results[static_cast<std::size_t>(i)] = request(*sessions[static_cast<std::size_t>(i)], i);
        });
    }
    while (ready.load() < kClients) {
        std::this_thread::yield();
    }
    go = true;
    for (auto& t : threads) {
        t.join();
    }
    return results;
}

} // namespace

TEST_CASE("eight clients checking different customers into one booth at once: exactly one wins, the rest get 409",
          "[visits][concurrency][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "akihabara", "clerk-a", "clerk", 2);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn());
    std::vector<std::string> customers;
    {
        CounterSession counter(server, clerk.login, clerk.password);
        for (int i = 0; i < kClients; ++i) {
            customers.push_back(
                counter.verify("1980-01-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1)));
        }
    }
    const auto results = atOnce(server, clerk, [&](CounterSession& session, int i) {
        return session.checkIn(customers[static_cast<std::size_t>(i)], booths.at("B01"), newKey());
    });
    int created = 0;
    int refused = 0;
    for (const auto& r : results) {
        if (r.status == 201) {
            ++created;
        } else if (r.status == 409 && errorCode(r) == "booth_occupied") {
            ++refused;
        } else {
            FAIL_CHECK("unexpected answer " << r.status << ": " << r.body);
        }
    }
    CHECK(created == 1);
    CHECK(refused == kClients - 1);
    CHECK(queryNumber(db, "SELECT count(*) FROM visits") == 1);
    CHECK(queryNumber(db, "SELECT count(*) FROM visit_segments WHERE ended_at IS NULL AND booth_id = " +
                              std::to_string(booths.at("B01"))) == 1);
    CHECK(queryText(db, "SELECT status FROM booths WHERE id = " + std::to_string(booths.at("B01"))) == "occupied");
    CHECK(queryNumber(db, "SELECT count(*) FROM idempotency_keys") == 1);
}

TEST_CASE("eight clients sending the same check-in with the same key at once all get the one visit",
          "[visits][concurrency][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "akihabara", "clerk-a", "clerk", 2);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn());
    std::string customer;
    {
        CounterSession counter(server, clerk.login, clerk.password);
        customer = counter.verify("1980-01-01");
    }
    const std::string key = newKey();
    const auto results = atOnce(
        server, clerk, [&](CounterSession& session, int) { return session.checkIn(customer, booths.at("B02"), key); });
    for (const auto& r : results) {
        CHECK(r.status == 201);
        CHECK(r.body == results[0].body);
    }
    CHECK(queryNumber(db, "SELECT count(*) FROM visits") == 1);
    CHECK(queryNumber(db, "SELECT count(*) FROM visit_segments") == 1);
}
