#include "ExpiredMonth.h"

#include "crypto/KeyEncryptionKey.h"
#include "crypto/SecretKey.h"
#include "services/keys/KeyService.h"
#include "services/signing/StoreSigner.h"
#include "storage/ConnectionPool.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreRepository.h"

#include <pqxx/pqxx>

#include <cstdio>

namespace kiroku::bench {

void buildExpiredMonth(const test::TestDatabase& db, const test::StaffFixture& staff, long long visits,
                       long long events, int year) {
    auto c = db.connect();
    pqxx::work tx(*c);
    const std::string store = std::to_string(staff.storeId);
    const std::string clerk = std::to_string(staff.staffId);
    const std::string y = std::to_string(year) + "-";
    const std::string month = std::to_string(year) + "-11-01";
    const std::string kept = std::to_string(year + 3) + "-11-01";
    // The customers' records are kept far longer (they came back): under a key of their own month, never shredded.
    const std::string farAhead = std::to_string(year + 9) + "-01-01";
    // A month of visits is created with its segments' month.
    tx.exec_params("SELECT kiroku_ensure_partition('visits', $1::date), kiroku_ensure_partition('terminal_events', "
                   "$2::date)",
                   kept, month);
    tx.exec0("INSERT INTO terminals (store_id, number, booth_id) SELECT store_id, 'PC-' || id, id FROM booths "
             "WHERE store_id = " +
             store + " ON CONFLICT DO NOTHING");
    const int key = tx.exec1("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) VALUES "
                             "('personal_fields', 'retention:" +
                             farAhead.substr(0, 7) + "', 1, '\\x00') RETURNING id")[0]
                        .as<int>();
    const std::string start = "'" + month + " 10:00+09'::timestamptz";
    const std::string end = "'" + month + " 12:00+09'::timestamptz";
    tx.exec0("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
             "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, name_dob_bidx, last_service_on, "
             "retention_until) SELECT md5('i" +
             y + "' || g)::uuid, " + store + ", " + start + ", " + clerk + ", 'visual', 'passport', true, " +
             std::to_string(key) + ", '\\x01', '\\x01', '\\x01', '\\x01', '" + month + "', '" + farAhead +
             "' FROM generate_series(1, " + std::to_string(visits / 2 + 1) + ") g");
    tx.exec0("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, ended_by, "
             "retention_until) SELECT md5('v" +
             y + "' || g)::uuid, " + store + ", md5('i" + y + "' || (1 + g % " + std::to_string(visits / 2 + 1) +
             "))::uuid, " + start + " + (g % 28) * interval '1 day', " + clerk + ", " + end +
             " + (g % 28) * interval '1 day', " + clerk + ", '" + kept + "'::date + (g % 28) FROM generate_series(1, " +
             std::to_string(visits) + ") g");
    tx.exec0("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, "
             "retention_until) SELECT v.store_id, v.id, t.booth_id, t.id, v.started_at, v.ended_at, v.retention_until "
             "FROM visits v JOIN LATERAL (SELECT id, booth_id FROM terminals WHERE store_id = v.store_id "
             "ORDER BY id OFFSET abs(hashtext(v.id::text)) % 200 LIMIT 1) t ON true WHERE v.store_id = " +
             store + " AND v.started_at >= '" + month + "' AND v.started_at < '" + month +
             "'::date + interval '1 month'");
    tx.exec0("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT " + store +
             ", (SELECT min(id) FROM terminals WHERE store_id = " + store + "), '" + month +
             " 00:00+09'::timestamptz + g * interval '1 second', 'login', 'e" + y + "' || g FROM generate_series(1, " +
             std::to_string(events) + ") g");
    tx.exec0("ANALYZE");
    tx.commit();
}

void holdOneVisit(const test::TestDatabase& db, const test::StaffFixture& manager, int year) {
    auto c = db.connect();
    pqxx::work tx(*c);
    tx.exec_params("INSERT INTO legal_holds (id, store_id, reason_code, reason, created_at, created_by, until) "
                   "VALUES ('00000000-0000-4000-8000-000000000001', $1, 'other', 'bench', now(), $2, '2035-01-01')",
                   manager.storeId, manager.staffId);
    tx.exec_params("INSERT INTO legal_hold_items (hold_id, store_id, terminal_id, window_start, window_end) "
                   "SELECT '00000000-0000-4000-8000-000000000001', store_id, terminal_id, started_at, "
                   "started_at + interval '1 minute' FROM visit_segments WHERE store_id = $1 "
                   "AND started_at >= $2::date AND started_at < $2::date + interval '1 month' LIMIT 1",
                   manager.storeId, std::to_string(year) + "-11-01");
    tx.commit();
}

struct PurgeRig::Parts {
    explicit Parts(const test::TestDatabase& db)
        : pool{db.dsn(), 4, std::chrono::seconds(30), "kiroku_app"},
          keyRepository{pool}, keys{keyRepository, crypto::KeyEncryptionKey(crypto::SecretKey::generate(), 1)},
          signingKeys{pool}, signer{signingKeys, keys.kek()}, store{pool}, stores{pool}, purge{store, stores, keys,
                                                                                               signer} {}
    backend::storage::ConnectionPool pool;
    backend::storage::PgKeyRepository keyRepository;
    backend::services::KeyService keys;
    backend::storage::PgSigningKeyRepository signingKeys;
    backend::services::StoreSigner signer;
    backend::storage::PgRetentionStore store;
    backend::storage::PgStoreRepository stores;
    backend::services::PurgeService purge;
};

PurgeRig::PurgeRig(const test::TestDatabase& db) : m_parts(std::make_unique<Parts>(db)) {}
PurgeRig::~PurgeRig() = default;

domain::PurgeCertificate PurgeRig::run(std::chrono::system_clock::time_point asOf, int workShare,
                                       std::size_t batchSize) {
    backend::services::PurgeOptions options;
    options.triggeredBy = "daily_job";
    options.workShare = workShare;
    options.batchSize = batchSize;
    return m_parts->purge.run(asOf, options);
}

void printCertificate(const domain::PurgeCertificate& certificate) {
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

} // namespace kiroku::bench
