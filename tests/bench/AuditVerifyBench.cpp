// kiroku_bench_audit_verify: how fast the audit chain is hashed and verified. Builds a synthetic chain of N entries
// (default 1,000,000) for one store with the real hashing code (JCS + SHA-256, as the writer does), loads it with
// COPY, then times AuditVerifier walking it through PostgreSQL as `kirokuctl verify-audit` and GET /v1/audit/verify
// do. Prints figures; asserts nothing about timing.
//
// Run: build/tests/bench/kiroku_bench_audit_verify [--entries N] [--batch-size N]   (starts its own cluster)

#include "audit/AuditChain.h"
#include "services/audit/AuditVerifier.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>

using namespace kiroku;
namespace audit = backend::audit;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

std::string timestampText(std::int64_t micros) {
    const std::time_t secs = static_cast<std::time_t>(micros / 1000000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(micros % 1000000));
    return text;
}

/// A realistic mix of what a store writes: check-ins, moves, checkouts, reads and logins.
domain::AuditEntry entryNumber(std::int64_t n, std::int64_t storeId, std::int64_t staffId) {
    static const char* kActions[] = {"visit.check_in", "visit.move", "visit.checkout", "identity.read", "auth.login"};
    domain::AuditEntry e;
    e.storeId = storeId;
    e.action = kActions[n % 5];
    e.actor = domain::AuditActor::staff(staffId);
    e.reason = "identity_record";
    e.at = std::chrono::system_clock::time_point(std::chrono::microseconds(1767225600000000LL + n * 30000000LL));
    char uuid[48];
    std::snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-%012lld", static_cast<long long>(n % 1000000000000LL));
    e.subjects.push_back({"visit", uuid});
    e.subjects.push_back({"identity_record", uuid});
    e.details["booth_id"] = n % 500 + 1;
    e.details["minor"] = n % 17 == 0;
    return e;
}

} // namespace

int main(int argc, char** argv) {
    std::int64_t entries = 1000000;
    std::size_t batch = 5000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--entries") {
            entries = std::max<std::int64_t>(1, std::atoll(argv[i + 1]));
        } else if (name == "--batch-size") {
            batch = static_cast<std::size_t>(std::max(1, std::atoi(argv[i + 1])));
        }
    }
    try {
        const auto db = test::TestDatabase::migrated();
        const auto clerk = test::createStaff(db, "bench", "clerk-bench", "clerk", 1);

        // Build and load the chain.
        auto connection = db.connect();
        const auto buildStart = Clock::now();
        Clock::duration hashing{};
        audit::Digest prev = audit::kGenesis;
        {
            pqxx::work tx(*connection);
            pqxx::stream_to copy(tx, "audit_log",
                                 std::vector<std::string>{"chain_id", "seq", "store_id", "at", "action", "staff_id",
                                                          "entry", "prev_hash", "hash"});
            for (std::int64_t seq = 1; seq <= entries; ++seq) {
                const auto entry = entryNumber(seq, clerk.storeId, clerk.staffId);
                const auto t0 = Clock::now();
                const std::string document = canonical::canonicalize(audit::entryDocument(entry, clerk.storeId, seq));
                const audit::Digest hash = audit::linkHash(prev, document);
                hashing += Clock::now() - t0;
                copy << std::make_tuple(clerk.storeId, seq, clerk.storeId, timestampText(audit::toMicros(entry.at)),
                                        entry.action, clerk.staffId, document, "\\x" + audit::toHex(prev),
                                        "\\x" + audit::toHex(hash));
                prev = hash;
            }
            copy.complete();
            tx.exec_params("INSERT INTO audit_heads (chain_id, store_id, seq, hash) VALUES ($1, $1, $2, decode($3, "
                           "'hex'))",
                           clerk.storeId, entries, audit::toHex(prev));
            tx.commit();
        }
        const double buildSeconds = seconds(Clock::now() - buildStart);
        {
            pqxx::nontransaction tx(*connection);
            tx.exec0("VACUUM ANALYZE audit_log");
        }
        const std::string size = [&] {
            pqxx::read_transaction tx(*connection);
            return tx.exec1("SELECT pg_size_pretty(pg_total_relation_size('audit_log'))")[0].as<std::string>();
        }();

        backend::storage::ConnectionPool pool(db.dsn(), 2, std::chrono::seconds(30), "kiroku_app");
        backend::storage::PgAuditLog log(pool);
        backend::services::AuditVerifier verifier(log, batch);
        std::printf("audit chain: %lld entries (%s on disk), one store\n", static_cast<long long>(entries),
                    size.c_str());
        std::printf("hashing (JCS + SHA-256, in the writer's code):  %9.0f entries/s\n",
                    static_cast<double>(entries) / seconds(hashing));
        std::printf("build + COPY load:                              %9.1f s\n", buildSeconds);
        for (int run = 1; run <= 2; ++run) {
            const auto start = Clock::now();
            const auto result = verifier.verify(clerk.storeId);
            const double elapsed = seconds(Clock::now() - start);
            std::printf("verify run %d (batches of %zu): %s, %lld entries in %.2f s = %9.0f entries/s\n", run, batch,
                        result.ok ? "ok" : "BROKEN", static_cast<long long>(result.length), elapsed,
                        static_cast<double>(result.length) / elapsed);
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "kiroku_bench_audit_verify: " << e.what() << '\n';
        return 1;
    }
}
