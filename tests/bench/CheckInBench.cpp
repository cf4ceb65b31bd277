// kiroku_bench_checkin: how many check-ins (identity verification + visit) the real server takes per second over
// HTTPS keep-alive, at 16 and 64 concurrent clients, against the floor of the same rows written by a minimal libpqxx
// loop with the same transaction boundaries. Prints figures; asserts nothing about timing.
//
// Run: build/tests/bench/kiroku_bench_checkin [--rounds N] [--clients N] [--no-floor] [--closed-only]
//      build/tests/bench/kiroku_bench_checkin --during-purge VISITS [--purge-events N]  (latency while a month of
//      VISITS visits with a segment each and N terminal events, 560,000 by default, is purged, with
//      retention.work_share 50 unless --work-share N, and retention.batch_size 5000 unless --batch-size N)
// (starts its own PostgreSQL cluster and server; KIROKU_TEST_SERVER_WRAPPER="valgrind --tool=callgrind" profiles it)

#include "BenchSupport.h"
#include "ExpiredMonth.h"
#include "e2e/VisitTestSupport.h"
#include "storage/Sql.h"
#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace kiroku::test;
namespace sql = kiroku::backend::storage::sql;
using Clock = std::chrono::steady_clock;

using kiroku::bench::percentile;

namespace {

constexpr int kBooths = 600;
constexpr int kPerRound = 576; // a multiple of 16 and 64 that fits in 600 booths

struct Figures {
    double seconds = 0;
    std::vector<double> latencyMs;        ///< per check-in
    std::vector<Clock::time_point> dueAt; ///< per check-in, when it was due (started, in a closed loop)
    std::vector<double> verifyMs;
    std::vector<double> visitMs;
    int failures = 0;
    std::map<std::string, int> failedBy; ///< "step status error-code" → count
};

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

/// Ends every visit and frees every booth, so the next round finds 600 free booths (not measured).
void reset(const TestDatabase& db) {
    auto connection = db.connect();
    pqxx::work tx(*connection);
    // A visit and its segments move to their retention month together (V007's triggers check it).
    tx.exec("WITH v AS (UPDATE visits SET ended_at = now(), retention_until = '2029-11-22' "
            "WHERE ended_at IS NULL AND retention_until = 'infinity' RETURNING store_id, id) "
            "UPDATE visit_segments s SET ended_at = coalesce(s.ended_at, now()), retention_until = '2029-11-22' "
            "FROM v WHERE s.store_id = v.store_id AND s.visit_id = v.id AND s.retention_until = 'infinity'");
    tx.exec("UPDATE booths SET status = 'free'");
    tx.commit();
}

/// Runs `work(client, booth)` for kPerRound check-ins spread over `clients` threads, each on its own booths.
/// Closed loop (`offeredPerSecond` 0): each client starts its next check-in as soon as the last one is answered.
/// Open loop: check-ins are due at a steady `offeredPerSecond` for the whole store, spread over the clients, and
/// each latency runs from when the check-in was due (so a late start counts: no coordinated omission).
template <typename Work>
void round(int clients, const std::vector<std::int64_t>& booths, Figures& figures, Work work,
           double offeredPerSecond = 0, const std::function<void()>& atStart = {}) {
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(clients));
    std::vector<std::vector<Clock::time_point>> due(static_cast<std::size_t>(clients));
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const int each = kPerRound / clients;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            ++ready;
            while (!go.load()) {
                std::this_thread::yield();
            }
            const auto begin = Clock::now();
            for (int i = 0; i < each; ++i) {
                auto started = Clock::now();
                if (offeredPerSecond > 0) {
                    const double dueSeconds = (static_cast<double>(i) * clients + c) / offeredPerSecond;
                    started =
                        begin + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(dueSeconds));
                    std::this_thread::sleep_until(started);
                }
                if (!work(c, booths[static_cast<std::size_t>(c * each + i)])) {
                    ++failures;
                }
                latencies[static_cast<std::size_t>(c)].push_back(ms(Clock::now() - started));
                due[static_cast<std::size_t>(c)].push_back(started);
            }
        });
    }
    while (ready.load() < clients) {
        std::this_thread::yield();
    }
    const auto started = Clock::now();
    if (atStart) {
        atStart();
    }
    go = true;
    for (auto& t : threads) {
        t.join();
    }
    figures.seconds += std::chrono::duration<double>(Clock::now() - started).count();
    for (std::size_t c = 0; c < latencies.size(); ++c) {
        figures.latencyMs.insert(figures.latencyMs.end(), latencies[c].begin(), latencies[c].end());
        figures.dueAt.insert(figures.dueAt.end(), due[c].begin(), due[c].end());
    }
    figures.failures += failures.load();
}

void print(const char* what, int clients, const Figures& f) {
    const double n = static_cast<double>(f.latencyMs.size());
    std::printf("%-28s %3d clients: %6.0f check-ins in %6.2f s = %7.1f/s   p50 %7.2f ms   p99 %7.2f ms", what, clients,
                n, f.seconds, n / f.seconds, percentile(f.latencyMs, 0.50), percentile(f.latencyMs, 0.99));
    if (!f.verifyMs.empty()) {
        std::printf("   (verification p50 %.2f ms, visit p50 %.2f ms)", percentile(f.verifyMs, 0.50),
                    percentile(f.visitMs, 0.50));
    }
    if (f.failures > 0) {
        std::printf("   FAILURES: %d", f.failures);
        for (const auto& [kind, count] : f.failedBy) {
            std::printf(" [%s: %d]", kind.c_str(), count);
        }
    }
    std::printf("\n");
    std::fflush(stdout);
}

/// `atStart` runs as the first measured round starts (after the warm-up round).
Figures server(const TestDatabase& db, const ServerProcess& srv, const StaffFixture& clerk,
               const std::vector<std::int64_t>& booths, int clients, int rounds, double offeredPerSecond = 0,
               const std::function<void()>& atStart = {}) {
    std::vector<std::unique_ptr<CounterSession>> sessions;
    for (int c = 0; c < clients; ++c) {
        sessions.push_back(std::make_unique<CounterSession>(srv, clerk.login, clerk.password));
    }
    std::vector<std::vector<double>> verify(static_cast<std::size_t>(clients));
    std::vector<std::vector<double>> visit(static_cast<std::size_t>(clients));
    std::mutex failedMutex;
    std::map<std::string, int> failed; // "step status code": how many, printed so a failure is never a mystery
    const auto fail = [&](const char* step, const HttpResult& r) {
        std::string code = "?";
        try {
            if (const auto error = r.json()->getObject("error")) {
                code = error->optValue<std::string>("code", "?");
            }
        } catch (const std::exception&) {
            code = "(no JSON body)";
        }
        const std::lock_guard<std::mutex> lock(failedMutex);
        ++failed[std::string(step) + " " + std::to_string(r.status) + " " + code];
        return false;
    };
    const auto work = [&](int c, std::int64_t booth) {
        auto& session = *sessions[static_cast<std::size_t>(c)];
        const auto t0 = Clock::now();
        const auto verified =
            session.post("/v1/identity-verifications", CounterSession::verificationBody("1988-07-07"));
        const auto t1 = Clock::now();
        if (verified.status != 201) {
            return fail("verification", verified);
        }
        const auto checkedIn = session.checkIn(verified.json()->getValue<std::string>("id"), booth, newKey());
        const auto t2 = Clock::now();
        verify[static_cast<std::size_t>(c)].push_back(ms(t1 - t0));
        visit[static_cast<std::size_t>(c)].push_back(ms(t2 - t1));
        return checkedIn.status == 201 || fail("visit", checkedIn);
    };
    Figures warmUp;
    round(clients, booths, warmUp, work); // connections, prepared statements, caches
    reset(db);
    for (auto& v : verify) {
        v.clear();
    }
    for (auto& v : visit) {
        v.clear();
    }
    failed.clear(); // the warm-up's are not counted
    Figures figures;
    for (int r = 0; r < rounds; ++r) {
        round(clients, booths, figures, work, offeredPerSecond, r == 0 ? atStart : std::function<void()>{});
        reset(db);
    }
    figures.failedBy = failed;
    for (int c = 0; c < clients; ++c) {
        figures.verifyMs.insert(figures.verifyMs.end(), verify[static_cast<std::size_t>(c)].begin(),
                                verify[static_cast<std::size_t>(c)].end());
        figures.visitMs.insert(figures.visitMs.end(), visit[static_cast<std::size_t>(c)].begin(),
                               visit[static_cast<std::size_t>(c)].end());
    }
    return figures;
}

/// The same rows with the same transaction boundaries, straight through libpqxx: one transaction inserting the
/// verification record (ciphertext-sized random bytes), one doing what check-in does.
Figures libpqxxFloor(const TestDatabase& db, const StaffFixture& clerk, const std::vector<std::int64_t>& booths,
                     int clients, int rounds) {
    std::vector<std::unique_ptr<pqxx::connection>> connections;
    for (int c = 0; c < clients; ++c) {
        connections.push_back(db.connect());
        kiroku::backend::storage::prepareStatements(*connections.back());
    }
    const int keyId = static_cast<int>(
        queryNumber(db, "SELECT min(id) FROM data_keys WHERE purpose = 'personal_fields' AND destroyed_at IS NULL"));
    const auto bytes = [](std::size_t n) {
        const auto random = kiroku::crypto::randomBytes(n);
        return pqxx::binarystring(random.data(), random.size());
    };
    const auto work = [&](int c, std::int64_t booth) {
        auto& connection = *connections[static_cast<std::size_t>(c)];
        std::string identity;
        {
            pqxx::work tx(connection);
            identity = tx.exec_params1(
                             "INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, "
                             "document_kind, document_expires_on, address_on_document, key_id, name_enc, address_enc, "
                             "date_of_birth_enc, document_number_enc, name_dob_bidx, document_number_bidx, "
                             "last_service_on, retention_until) VALUES (gen_random_uuid(), $1, now(), $2, 'visual', "
                             "'drivers_license', '2035-01-01', true, $3, $4, $5, $6, $7, $8, $9, '2026-11-22', "
                             "'2029-11-22') RETURNING id::text",
                             clerk.storeId, clerk.staffId, keyId, bytes(60), bytes(110), bytes(40), bytes(44), bytes(2),
                             bytes(2))[0]
                           .as<std::string>();
            tx.commit();
        }
        pqxx::work tx(connection);
        const std::string key = newKey();
        tx.exec_prepared(std::string(sql::kIdempotencyClaim.name), clerk.storeId, key, clerk.staffId, "hash");
        tx.exec_prepared(std::string(sql::kVisitLockBooths.name), clerk.storeId, booth, booth);
        tx.exec_prepared(std::string(sql::kVisitHasActive.name), clerk.storeId, identity);
        const auto now =
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        const auto visit = tx.exec_prepared1(std::string(sql::kVisitInsert.name), clerk.storeId, identity,
                                             static_cast<const char*>(nullptr), now, clerk.staffId, false,
                                             static_cast<const char*>(nullptr))[0]
                               .as<std::string>();
        tx.exec_prepared(std::string(sql::kVisitOpenSegment.name), clerk.storeId, visit, booth,
                         static_cast<const char*>(nullptr), now);
        tx.exec_prepared(std::string(sql::kVisitSetBoothStatus.name), clerk.storeId, booth, "occupied");
        tx.exec_prepared(std::string(sql::kIdempotencyRecord.name), clerk.storeId, key, 201,
                         R"({"id":")" + visit + "\"}");
        tx.commit();
        return true;
    };
    Figures warmUp;
    round(clients, booths, warmUp, work);
    reset(db);
    Figures figures;
    for (int r = 0; r < rounds; ++r) {
        round(clients, booths, figures, work);
        reset(db);
    }
    return figures;
}

/// One paced round (16 clients at 25 check-ins/s, 576 check-ins, 23 s) with PurgeService run as the server's job
/// runs it (on its own pool, as of now) from 1 s into the round. Returns the check-ins under way at any moment of the
/// purge ("during"), and the purge's duration in `seconds`.
Figures roundWithPurge(TestDatabase& db, const ServerProcess& srv, const StaffFixture& clerk,
                       const std::vector<std::int64_t>& booths, kiroku::bench::PurgeRig& rig, int workShare,
                       std::size_t batchSize) {
    Clock::time_point purgeStart;
    Clock::time_point purgeEnd;
    std::string purgeError;
    std::promise<void> roundStarted;
    auto started = roundStarted.get_future();
    std::thread purge([&] {
        started.wait();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        purgeStart = Clock::now();
        try {
            const auto certificate = rig.run(std::chrono::system_clock::now(), workShare, batchSize);
            purgeEnd = Clock::now();
            kiroku::bench::printCertificate(certificate);
        } catch (const std::exception& e) {
            purgeEnd = Clock::now();
            purgeError = e.what();
        }
    });
    Figures with;
    try {
        with = server(db, srv, clerk, booths, 16, 1, 25, [&] { roundStarted.set_value(); });
    } catch (...) {
        try {
            roundStarted.set_value(); // the purge thread waits for it; let it run and end before leaving
        } catch (const std::future_error&) {
        }
        purge.join();
        throw;
    }
    purge.join();
    if (!purgeError.empty()) {
        throw std::runtime_error("the purge failed: " + purgeError);
    }
    Figures during;
    for (std::size_t i = 0; i < with.latencyMs.size(); ++i) {
        const auto finished = with.dueAt[i] + std::chrono::duration_cast<Clock::duration>(
                                                  std::chrono::duration<double, std::milli>(with.latencyMs[i]));
        if (with.dueAt[i] <= purgeEnd && finished >= purgeStart) {
            during.latencyMs.push_back(with.latencyMs[i]);
        }
    }
    during.seconds = std::chrono::duration<double>(purgeEnd - purgeStart).count();
    during.failures = with.failures;
    during.failedBy = with.failedBy;
    print("  whole round with the purge", 16, with);
    return during;
}

/// Check-in latency while the daily purge runs against the same paced load without a purge: five months purged by
/// dropping their partitions (each takes about a second, so the check-ins during them are pooled), then one month
/// with a visit held, whose visits and segments go row by row. Each purge has a round without a purge before it.
void duringPurge(TestDatabase& db, const ServerProcess& srv, const StaffFixture& clerk,
                 const std::vector<std::int64_t>& booths, long long visits, long long events, int workShare,
                 std::size_t batchSize) {
    const auto manager = createStaff(db, "bench", "bench-manager", "manager", kBooths);
    kiroku::bench::PurgeRig rig(db);
    struct Case {
        const char* what;
        std::vector<int> years; // months of November of these years, past retention since November year + 3
        bool held;
    };
    for (const Case& c : {Case{"months dropped whole", {2022, 2021, 2020, 2019, 2018}, false},
                          Case{"month with one visit held", {2017}, true}}) {
        Figures without;
        Figures during;
        for (const int year : c.years) {
            const auto quietFrom = kiroku::bench::CpuTicks::now();
            const auto quiet = server(db, srv, clerk, booths, 16, 1, 25);
            print("  no purge, offered 25/s", 16, quiet);
            std::printf("    host steal in that round: %.1f%%\n",
                        kiroku::bench::CpuTicks::now().stealPercentSince(quietFrom));
            without.latencyMs.insert(without.latencyMs.end(), quiet.latencyMs.begin(), quiet.latencyMs.end());
            without.seconds += quiet.seconds;
            kiroku::bench::buildExpiredMonth(db, manager, visits, events, year);
            if (c.held) {
                kiroku::bench::holdOneVisit(db, manager, year);
            }
            const auto purgeFrom = kiroku::bench::CpuTicks::now();
            const auto one = roundWithPurge(db, srv, clerk, booths, rig, workShare, batchSize);
            std::printf("    host steal in that round: %.1f%%\n",
                        kiroku::bench::CpuTicks::now().stealPercentSince(purgeFrom));
            during.latencyMs.insert(during.latencyMs.end(), one.latencyMs.begin(), one.latencyMs.end());
            during.seconds += one.seconds;
            during.failures += one.failures;
        }
        std::printf("%s (%zu, each %lld visits and %lld events): purges ran %.2f s in all\n", c.what, c.years.size(),
                    visits, events, during.seconds);
        print("without a purge, pooled", 16, without);
        print("during the purges, pooled", 16, during);
        std::printf("p95 during %.2f ms, without %.2f ms; p90 during %.2f ms, without %.2f ms\n",
                    percentile(during.latencyMs, 0.95), percentile(without.latencyMs, 0.95),
                    percentile(during.latencyMs, 0.90), percentile(without.latencyMs, 0.90));
        std::printf("p99 during the purge / p99 without: %.2f\n\n",
                    percentile(during.latencyMs, 0.99) / percentile(without.latencyMs, 0.99));
    }
}

} // namespace

int main(int argc, char** argv) {
    int rounds = 3;
    std::vector<int> levels{16, 64};
    bool floor = true;
    bool paced = true;
    long long purgeVisits = 0;
    long long purgeEvents = 560000;
    int workShare = 50;           // retention.work_share's default
    std::size_t batchSize = 5000; // retention.batch_size's default
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--clients" && i + 1 < argc) {
            levels = {std::max(1, std::atoi(argv[++i]))};
        } else if (arg == "--no-floor") {
            floor = false; // e.g. when profiling the server alone
        } else if (arg == "--closed-only") {
            paced = false;
        } else if (arg == "--during-purge" && i + 1 < argc) {
            purgeVisits = std::max(2LL, std::atoll(argv[++i]));
        } else if (arg == "--purge-events" && i + 1 < argc) {
            purgeEvents = std::max(1LL, std::atoll(argv[++i]));
        } else if (arg == "--work-share" && i + 1 < argc) {
            workShare = std::clamp(std::atoi(argv[++i]), 10, 100);
        } else if (arg == "--batch-size" && i + 1 < argc) {
            batchSize = static_cast<std::size_t>(std::clamp(std::atoi(argv[++i]), 100, 1000000));
        }
    }
    try {
        auto db = TestDatabase::migrated();
        const auto clerk = createStaff(db, "bench", "bench-clerk", "clerk", kBooths);
        std::vector<std::int64_t> booths;
        for (const auto& [label, id] : boothIds(db, clerk.storeId)) {
            booths.push_back(id);
        }
        // As an installed server runs (packaging/kiroku.ini.sample): 64 worker threads, one per connection,
        // 16 database connections, request log at information.
        ServerProcess srv(db.dsn(), {{"database.pool_size", "16"}, {"server.threads", "64"}});
        std::printf("kiroku_bench_checkin: %d booths, %d check-ins per round, %d rounds per level (after a warm-up "
                    "round); a check-in is POST /v1/identity-verifications + POST /v1/visits\n",
                    kBooths, kPerRound, rounds);
        std::printf("host: %u hardware threads; server, PostgreSQL and clients share them\n",
                    std::thread::hardware_concurrency());
        if (purgeVisits > 0) {
            duringPurge(db, srv, clerk, booths, purgeVisits, purgeEvents, workShare, batchSize);
            return 0;
        }
        for (const int clients : levels) {
            const auto viaServer = server(db, srv, clerk, booths, clients, rounds);
            print("server (HTTPS keep-alive)", clients, viaServer);
            const double serverRate = static_cast<double>(viaServer.latencyMs.size()) / viaServer.seconds;
            if (floor) {
                const auto viaLibpqxx = libpqxxFloor(db, clerk, booths, clients, rounds);
                print("floor (libpqxx, same rows)", clients, viaLibpqxx);
                const double floorRate = static_cast<double>(viaLibpqxx.latencyMs.size()) / viaLibpqxx.seconds;
                std::printf("server/floor throughput at %d clients: %.2f\n", clients, serverRate / floorRate);
            }
            // Closed-loop clients with no pause are a saturation test: by Little's law their latency is
            // clients / throughput. A counter's kiosks are an open system; latency at an offered rate below
            // saturation is what staff feel.
            for (const double share : paced ? std::vector<double>{0.25, 0.5, 0.75} : std::vector<double>{}) {
                const double offered = share * serverRate;
                const auto atRate = server(db, srv, clerk, booths, clients, rounds, offered);
                char label[64];
                std::snprintf(label, sizeof label, "server, offered %.0f/s", offered);
                print(label, clients, atRate);
            }
            std::printf("\n");
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "kiroku_bench_checkin: " << e.what() << '\n';
        return 1;
    }
}
