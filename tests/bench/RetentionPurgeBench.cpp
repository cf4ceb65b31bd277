// kiroku_bench_retention_purge: how long the purge takes for one month of a busy store, built with generate_series:
// N visits with a segment each whose retention ends in November 2029 (so the month partitions of visits and
// visit_segments hold them), and E terminal events of November 2026. Runs PurgeService as of 2029-12-02 (Tokyo)
// twice on fresh data: once with nothing held (the months go by dropping their partitions), once with a legal hold
// on a terminal window covering one visit (that month's visits and segments then go row by row, in batches).
// Prints the figures; asserts nothing about timing.
//
// Run: build/tests/bench/kiroku_bench_retention_purge [--visits N] [--events N]

#include "crypto/KeyEncryptionKey.h"
#include "crypto/SecretKey.h"
#include "services/keys/KeyService.h"
#include "services/retention/PurgeService.h"
#include "services/signing/StoreSigner.h"
#include "storage/ConnectionPool.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <cstdio>
#include <iostream>

using namespace kiroku;
using Steady = std::chrono::steady_clock;

namespace {

std::chrono::system_clock::time_point noonInTokyo(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{3};
}

/// One store's month: identity records under a key of a month far ahead (so no key is shredded or re-encrypted
/// here), visits ending in November 2026 with one segment each on the store's terminals, and terminal events.
void build(const test::TestDatabase& db, const test::StaffFixture& staff, long long visits, long long events) {
    auto c = db.connect();
    pqxx::work tx(*c);
    const std::string store = std::to_string(staff.storeId);
    const std::string clerk = std::to_string(staff.staffId);
    // A month of visits is created with its segments' month.
    tx.exec("SELECT kiroku_ensure_partition('visits', '2029-11-01'), kiroku_ensure_partition('terminal_events', "
            "'2026-11-01')");
    tx.exec0("INSERT INTO terminals (store_id, number, booth_id) SELECT store_id, 'PC-' || id, id FROM booths "
             "WHERE store_id = " +
             store + " ON CONFLICT DO NOTHING");
    const int key = tx.exec1("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) VALUES "
                             "('personal_fields', 'retention:2035-01', 1, '\\x00') RETURNING id")[0]
                        .as<int>();
    tx.exec0("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
             "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, name_dob_bidx, last_service_on, "
             "retention_until) SELECT md5('i' || g)::uuid, " +
             store + ", '2026-11-01 10:00+09'::timestamptz, " + clerk + ", 'visual', 'passport', true, " +
             std::to_string(key) +
             ", '\\x01', '\\x01', '\\x01', '\\x01', '2026-11-01', '2035-01-01' FROM generate_series(1, " +
             std::to_string(visits / 2 + 1) + ") g");
    tx.exec0("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, ended_by, "
             "retention_until) SELECT md5('v' || g)::uuid, " +
             store + ", md5('i' || (1 + g % " + std::to_string(visits / 2 + 1) +
             "))::uuid, '2026-11-01 10:00+09'::timestamptz + (g % 28) * interval '1 day', " + clerk +
             ", '2026-11-01 12:00+09'::timestamptz + (g % 28) * interval '1 day', " + clerk +
             ", '2029-11-01'::date + (g % 28) FROM generate_series(1, " + std::to_string(visits) + ") g");
    tx.exec0("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, "
             "retention_until) SELECT v.store_id, v.id, t.booth_id, t.id, v.started_at, v.ended_at, v.retention_until "
             "FROM visits v JOIN LATERAL (SELECT id, booth_id FROM terminals WHERE store_id = v.store_id "
             "ORDER BY id OFFSET abs(hashtext(v.id::text)) % 200 LIMIT 1) t ON true WHERE v.store_id = " +
             store);
    tx.exec0("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT " + store +
             ", (SELECT min(id) FROM terminals WHERE store_id = " + store +
             "), '2026-11-01 00:00+09'::timestamptz + g * interval '1 second', 'login', 'e' || g "
             "FROM generate_series(1, " +
             std::to_string(events) + ") g");
    tx.exec0("ANALYZE");
    tx.commit();
}

void run(bool held, long long visits, long long events) {
    const auto db = test::TestDatabase::migrated();
    const auto manager = test::createStaff(db, "bench-purge", "manager-bench", "manager", 200);
    const auto started = Steady::now();
    build(db, manager, visits, events);
    std::printf("%s: built %lld visits with a segment each and %lld events in %.1f s\n",
                held ? "one visit held" : "nothing held", visits, events,
                std::chrono::duration<double>(Steady::now() - started).count());
    if (held) {
        auto c = db.connect();
        pqxx::work tx(*c);
        tx.exec_params("INSERT INTO legal_holds (id, store_id, reason_code, reason, created_at, created_by, until) "
                       "VALUES ('00000000-0000-4000-8000-000000000001', $1, 'other', 'bench', now(), $2, "
                       "'2035-01-01')",
                       manager.storeId, manager.staffId);
        tx.exec_params("INSERT INTO legal_hold_items (hold_id, store_id, terminal_id, window_start, window_end) "
                       "SELECT '00000000-0000-4000-8000-000000000001', store_id, terminal_id, started_at, "
                       "started_at + interval '1 minute' FROM visit_segments WHERE store_id = $1 LIMIT 1",
                       manager.storeId);
        tx.commit();
    }
    backend::storage::ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(30), "kiroku_app"};
    backend::storage::PgKeyRepository keyRepository{pool};
    backend::services::KeyService keys{keyRepository, crypto::KeyEncryptionKey(crypto::SecretKey::generate(), 1)};
    backend::storage::PgSigningKeyRepository signingKeys{pool};
    backend::services::StoreSigner signer{signingKeys, keys.kek()};
    backend::storage::PgRetentionStore store{pool};
    backend::storage::PgStoreRepository stores{pool};
    backend::services::PurgeService purge{store, stores, keys, signer};
    const auto certificate = purge.run(noonInTokyo(2029, 12, 2), {});
    std::printf("  purge took %lld ms; partitions dropped: %zu; rows:", static_cast<long long>(certificate.durationMs),
                certificate.partitionsDropped.size());
    for (const auto& [table, n] : certificate.counts) {
        std::printf(" %s %lld", table.c_str(), static_cast<long long>(n));
    }
    std::printf("; held back:");
    for (const auto& [table, n] : certificate.heldBack) {
        std::printf(" %s %lld", table.c_str(), static_cast<long long>(n));
    }
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    long long visits = 100000;
    long long events = 1000000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const long long value = std::max(2LL, std::atoll(argv[i + 1]));
        if (name == "--visits") {
            visits = value;
        } else if (name == "--events") {
            events = value;
        }
    }
    try {
        run(false, visits, events);
        run(true, visits, events);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "kiroku_bench_retention_purge: " << e.what() << '\n';
        return 1;
    }
}
