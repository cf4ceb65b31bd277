#include "VisitTestSupport.h"

#include "support/Fixtures.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace kiroku::test;

namespace {

constexpr int kClients = 8;
constexpr int kCustomers = 96;

struct Attempt {
    std::string customer;
    std::int64_t boothId = 0;
    std::string key;
    bool sent = false;
    std::optional<HttpResult> answer; ///< empty: in flight when the server died
};

} // namespace

TEST_CASE("a server killed during check-ins loses no acknowledged visit, and retries with the same keys complete "
          "each in-flight one exactly once",
          "[visits][crash][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "crash", "clerk-a", "clerk", kCustomers);
    const auto booths = boothIds(db, clerk.storeId);

    std::vector<Attempt> attempts(kCustomers);
    {
        auto server = std::make_unique<ServerProcess>(db.dsn());
        {
            CounterSession counter(*server, clerk.login, clerk.password);
            int i = 0;
            for (const auto& [label, id] : booths) {
                attempts[static_cast<std::size_t>(i)].customer = counter.verify("1980-02-03");
                attempts[static_cast<std::size_t>(i)].boothId = id;
                attempts[static_cast<std::size_t>(i)].key = newKey();
                ++i;
            }
        }
        std::vector<std::unique_ptr<CounterSession>> sessions;
        for (int c = 0; c < kClients; ++c) {
            sessions.push_back(std::make_unique<CounterSession>(*server, clerk.login, clerk.password));
        }
        std::atomic<int> next{0};
        std::atomic<int> acknowledged{0};
        std::vector<std::thread> clients;
        for (int c = 0; c < kClients; ++c) {
            clients.emplace_back([&, c] {
                for (int i = next++; i < kCustomers; i = next++) {
                    auto& attempt = attempts[static_cast<std::size_t>(i)];
                    attempt.sent = true;
                    try {
                        attempt.answer = sessions[static_cast<std::size_t>(c)]->checkIn(attempt.customer,
                                                                                        attempt.boothId, attempt.key);
                        ++acknowledged;
                    } catch (const std::exception&) {
                        return; // the server is gone: this request is in flight
                    }
                }
            });
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (acknowledged.load() < 12 && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        server->kill();
        for (auto& t : clients) {
            t.join();
        }
        REQUIRE(acknowledged.load() >= 12);
    }

    int inFlight = 0;
    for (const auto& a : attempts) {
        if (a.sent && !a.answer) {
            ++inFlight;
        }
        if (a.answer) {
            CHECK(a.answer->status == 201);
        }
    }
    int acknowledgedCount = 0;
    for (const auto& a : attempts) {
        acknowledgedCount += a.answer ? 1 : 0;
    }
    WARN("requests in flight when the server was killed: "
         << inFlight << ", of which committed without an answer: "
         << queryNumber(db, "SELECT count(*) FROM visits") - acknowledgedCount);

    // What survived the crash is consistent.
    for (const auto& a : attempts) {
        if (a.answer && a.answer->status == 201) {
            const std::string id = a.answer->json()->getValue<std::string>("id");
            CHECK(queryNumber(db, "SELECT count(*) FROM visits WHERE id = '" + id + "'") == 1);
        }
    }
    CHECK(queryNumber(db, "SELECT count(*) FROM visits v WHERE NOT EXISTS "
                          "(SELECT 1 FROM visit_segments s WHERE s.visit_id = v.id)") == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM booths b WHERE b.status = 'occupied' AND NOT EXISTS "
                          "(SELECT 1 FROM visit_segments s WHERE s.booth_id = b.id AND s.ended_at IS NULL)") == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM booths b WHERE b.status <> 'occupied' AND EXISTS "
                          "(SELECT 1 FROM visit_segments s WHERE s.booth_id = b.id AND s.ended_at IS NULL)") == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM idempotency_keys WHERE response_status = 0") == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM visits") == queryNumber(db, "SELECT count(*) FROM idempotency_keys"));

    // The restarted server answers every retry with the first answer, or completes the request once.
    ServerProcess restarted(db.dsn());
    CounterSession counter(restarted, clerk.login, clerk.password);
    for (const auto& a : attempts) {
        if (!a.sent) {
            continue;
        }
        const auto retry = counter.checkIn(a.customer, a.boothId, a.key);
        CHECK(retry.status == 201);
        if (a.answer) {
            CHECK(retry.body == a.answer->body);
        }
        CHECK(queryNumber(db, "SELECT count(*) FROM visits WHERE identity_record_id = '" + a.customer + "'") == 1);
    }
    int sent = 0;
    for (const auto& a : attempts) {
        sent += a.sent ? 1 : 0;
    }
    CHECK(queryNumber(db, "SELECT count(*) FROM visits") == sent);
    CHECK(queryNumber(db, "SELECT count(*) FROM visit_segments WHERE ended_at IS NULL") == sent);
}
