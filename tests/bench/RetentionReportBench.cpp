// kiroku_bench_retention_report: the manager's retention report on a 3-year, 500-booth store: ~200 k identity
// records (their encrypted fields as long as real ciphertexts), ~1 M visits, ~1.2 M segments, 20 M terminal events
// and a 1 M-entry audit chain with a checkpoint near its head, built with generate_series and COPY. Times the report
// (RetentionReportService over the server's pool role) several times and prints the figures; asserts nothing about
// timing.
//
// Run: build/tests/bench/kiroku_bench_retention_report [--events N] [--visits N] [--audit N]

#include "BenchSupport.h"
#include "audit/AuditChain.h"
#include "services/audit/CheckpointService.h"
#include "services/audit/RetentionReportService.h"
#include "services/signing/StoreSigner.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "storage/PgCheckpointRepository.h"
#include "storage/PgRetentionReportRepository.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreRepository.h"
#include "storage/Sql.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <cstdio>
#include <ctime>
#include <iostream>

using namespace kiroku;
namespace audit = backend::audit;
using Steady = std::chrono::steady_clock;

using kiroku::bench::timestampText;

namespace {

/// The booth label createStaff gives booth n (1-based): B01 … B09, B10 … B500.
std::string boothLabel(const std::string& n) {
    return "('B' || CASE WHEN (" + n + ") < 10 THEN '0' ELSE '' END || (" + n + ")::text)";
}

double seconds(Steady::duration d) {
    return std::chrono::duration<double>(d).count();
}

class FixedClock : public backend::services::Clock {
public:
    std::chrono::system_clock::time_point now() const override { return at; }
    std::chrono::system_clock::time_point at;
};

void timed(const char* what, const std::function<void()>& step) {
    const auto start = Steady::now();
    step();
    std::printf("  %-44s %7.1f s\n", what, seconds(Steady::now() - start));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    long long events = 20000000;
    long long visits = 1000000;
    long long identities = 200000;
    long long auditEntries = 1000000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const long long value = std::max(1LL, std::atoll(argv[i + 1]));
        if (name == "--events") {
            events = value;
        } else if (name == "--visits") {
            visits = value;
            identities = std::max(1LL, value / 5);
        } else if (name == "--audit") {
            auditEntries = value;
        }
    }
    try {
        const auto db = test::TestDatabase::migrated();
        const auto manager = test::createStaff(db, "bench-store", "manager-bench", "manager", 500);
        const std::string store = std::to_string(manager.storeId);
        const std::string staff = std::to_string(manager.staffId);
        auto connection = db.connect();
        // Three years up to 2026-11-22 in Tokyo.
        const std::string from = "'2023-11-23 00:00:00+09'::timestamptz";
        const std::string span = "extract(epoch FROM '2026-11-22 23:00:00+09'::timestamptz - " + from + ")";
        std::printf("building: %lld identity records, %lld visits, %lld events, %lld audit entries\n", identities,
                    visits, events, auditEntries);
        // Bulk loads skip the foreign-key checks and the terminal-event day-count triggers (replica mode, as a
        // restore does); the day counts are then computed once with the triggers' own grouping.
        const auto exec = [&](const std::string& sql) {
            pqxx::work tx(*connection);
            tx.exec0("SET LOCAL session_replication_role = replica");
            tx.exec0(sql);
            tx.commit();
        };
        timed("terminals (one per booth)", [&] {
            exec("INSERT INTO terminals (store_id, number, booth_id) SELECT store_id, 'PC-' || label, id FROM booths "
                 "WHERE store_id = " +
                 store);
        });
        // The month partitions an installed server would have made over the three years (visits and segments by
        // retention month, terminal events by month); without them every row would sit in the default partitions.
        timed("month partitions", [&] {
            pqxx::work tx(*connection);
            tx.exec("SELECT kiroku_ensure_partition('visits', (date '2026-11-01' + g * interval '1 month')::date), "
                    "kiroku_ensure_partition('terminal_events', (date '2023-11-01' + g * interval '1 month')::date) "
                    "FROM generate_series(0, 37) g");
            tx.commit();
        });
        timed("identity records", [&] {
            exec("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) VALUES ('personal_fields', "
                 "'retention:2029-11', 1, '\\x00')");
            exec("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
                 "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, document_number_enc, "
                 "name_dob_bidx, last_service_on, retention_until) "
                 "SELECT md5('i' || g)::uuid, " +
                 store + ", t, " + staff +
                 ", 'visual', CASE WHEN g % 50 = 0 THEN "
                 "'passport' ELSE 'drivers_license' END, g % 50 <> 0, (SELECT max(id) FROM data_keys), "
                 "decode(repeat('a5', 60), 'hex'), decode(repeat('5a', 110), 'hex'), decode(repeat('33', 40), 'hex'), "
                 "CASE WHEN g % 1000 <> 0 THEN decode(repeat('44', 44), 'hex') END, '\\xabcd', (t AT TIME ZONE "
                 "'Asia/Tokyo')::date, (t AT TIME ZONE 'Asia/Tokyo')::date + interval '3 years' "
                 "FROM (SELECT g, " +
                 from + " + (g::float8 / " + std::to_string(identities) + ") * " + span +
                 " * interval '1 second' AS t FROM generate_series(1, " + std::to_string(identities) + ") g) s");
        });
        timed("visits", [&] {
            exec("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, ended_by, "
                 "retention_until) SELECT md5('v' || g)::uuid, " +
                 store + ", md5('i' || (1 + g % " + std::to_string(identities) +
                 "))::uuid, greatest(t, r.verified_at), " + staff +
                 ", greatest(t, r.verified_at) + interval '3 hours', " + staff +
                 ", ((greatest(t, r.verified_at) + interval '3 hours') AT TIME ZONE 'Asia/Tokyo')::date + interval "
                 "'3 years' FROM (SELECT g, " +
                 from + " + (g::float8 / " + std::to_string(visits) + ") * " + span +
                 " * interval '1 second' AS t FROM generate_series(1, " + std::to_string(visits) +
                 ") g) s "
                 "JOIN identity_records r ON r.id = md5('i' || (1 + g % " +
                 std::to_string(identities) + "))::uuid");
        });
        timed("segments (a fifth of the visits move once)", [&] {
            exec("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, "
                 "retention_until) SELECT v.store_id, v.id, b.id, t.id, v.started_at, v.ended_at, v.retention_until "
                 "FROM visits v "
                 "JOIN booths b ON b.store_id = v.store_id AND b.label = " +
                 boothLabel("1 + abs(hashtext(v.id::text)) % 500") +
                 " LEFT JOIN terminals t ON t.booth_id = b.id WHERE v.store_id = " + store);
            exec("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, "
                 "retention_until) SELECT store_id, visit_id, booth_id, terminal_id, ended_at, ended_at, "
                 "retention_until FROM visit_segments "
                 "WHERE store_id = " +
                 store + " AND abs(hashtext(visit_id::text)) % 5 = 0");
        });
        timed("terminal events (in chunks of 2 M)", [&] {
            for (long long done = 0; done < events; done += 2000000) {
                const long long upto = std::min(events, done + 2000000);
                exec("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT " + store +
                     ", t.id, " + from + " + (g::float8 / " + std::to_string(events) + ") * " + span +
                     " * interval '1 second', 'login', g::text FROM generate_series(" + std::to_string(done + 1) +
                     ", " + std::to_string(upto) + ") g JOIN terminals t ON t.store_id = " + store +
                     " AND t.number = 'PC-' || " + boothLabel("1 + g % 500"));
            }
        });
        timed("terminal event day counts", [&] {
            exec("INSERT INTO terminal_event_days (store_id, terminal_id, day, events) SELECT e.store_id, "
                 "e.terminal_id, (e.at AT TIME ZONE s.time_zone)::date, count(*) FROM terminal_events e JOIN stores s "
                 "ON s.id = e.store_id GROUP BY 1, 2, 3");
        });
        timed("audit chain (JCS + SHA-256, COPY)", [&] {
            pqxx::work tx(*connection);
            pqxx::stream_to copy(tx, "audit_log",
                                 std::vector<std::string>{"chain_id", "seq", "store_id", "at", "action", "staff_id",
                                                          "entry", "prev_hash", "hash"});
            audit::Digest prev = audit::kGenesis;
            const auto first = std::chrono::sys_days(std::chrono::year{2023} / 11 / 23);
            const auto step = std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::sys_days(std::chrono::year{2026} / 11 / 22) - first) /
                              auditEntries;
            for (long long seq = 1; seq <= auditEntries; ++seq) {
                domain::AuditEntry e;
                e.storeId = manager.storeId;
                e.action = seq % 4 == 0 ? "identity.read" : "visit.check_in";
                e.actor = domain::AuditActor::staff(manager.staffId);
                e.reason = "member_card_lookup";
                e.at = std::chrono::time_point_cast<std::chrono::microseconds>(
                    std::chrono::system_clock::time_point(first + step * seq));
                e.details["n"] = static_cast<std::int64_t>(seq);
                const std::string document = canonical::canonicalize(audit::entryDocument(e, manager.storeId, seq));
                const auto hash = audit::linkHash(prev, document);
                const auto micros = audit::toMicros(e.at);
                copy << std::make_tuple(manager.storeId, seq, manager.storeId, timestampText(micros), e.action,
                                        manager.staffId, document, "\\x" + audit::toHex(prev),
                                        "\\x" + audit::toHex(hash));
                prev = hash;
            }
            copy.complete();
            tx.exec_params("INSERT INTO audit_heads (chain_id, store_id, seq, hash) VALUES ($1, $1, $2, "
                           "decode($3, 'hex'))",
                           manager.storeId, auditEntries, audit::toHex(prev));
            tx.commit();
        });
        timed("VACUUM ANALYZE", [&] {
            pqxx::nontransaction tx(*connection);
            tx.exec0("VACUUM ANALYZE");
        });

        backend::storage::ConnectionPool pool(db.dsn(), 4, std::chrono::seconds(30), "kiroku_app");
        backend::storage::PgAuditLog log(pool);
        backend::storage::PgCheckpointRepository checkpointRepository(pool);
        backend::storage::PgSigningKeyRepository signingKeys(pool);
        backend::storage::PgStoreRepository stores(pool);
        backend::storage::PgRetentionReportRepository figures(pool);
        crypto::KeyEncryptionKey kek(crypto::SecretKey::generate(), 1);
        backend::services::StoreSigner signer(signingKeys, kek);
        FixedClock clock;
        clock.at = std::chrono::system_clock::now();
        backend::services::CheckpointService checkpoints(checkpointRepository, log, signer, stores, clock);
        timed("a checkpoint, then a day of entries after it", [&] {
            checkpoints.create(manager.storeId, domain::AuditActor::system());
            for (int i = 0; i < 2000; ++i) {
                domain::AuditEntry e;
                e.storeId = manager.storeId;
                e.action = "visit.check_in";
                e.actor = domain::AuditActor::staff(manager.staffId);
                e.reason = "identity_record";
                e.at = std::chrono::system_clock::now();
                log.append(e);
            }
        });
        std::string sizes;
        {
            pqxx::read_transaction tx(*connection);
            sizes = tx.exec("SELECT pg_size_pretty(pg_database_size(current_database()))")[0][0].as<std::string>();
        }
        std::printf("database size: %s\n", sizes.c_str());

        backend::services::RetentionReportService reports(figures, stores, log, checkpointRepository, clock);
        const domain::StaffPrincipal principal{manager.staffId, manager.storeId, domain::Role::Manager, manager.login};
        for (int run = 1; run <= 5; ++run) {
            const auto start = Steady::now();
            const auto report = reports.report(principal, domain::CivilDate::parse("2026-11-22", "as_of"));
            const double elapsed = seconds(Steady::now() - start);
            long long held = 0;
            domain::RecordCounts sums;
            for (const auto& m : report.figures.heldByMonth) {
                held += m.counts.terminalEvents;
                sums.identityRecords += m.counts.identityRecords;
                sums.visits += m.counts.visits;
                sums.visitSegments += m.counts.visitSegments;
                sums.terminalEvents += m.counts.terminalEvents;
            }
            if (run == 1) {
                // The months must add up to the rows made before the end of the as-of day, counted one by one here
                // (a move's segment may start after it).
                pqxx::read_transaction tx(*connection);
                const std::string end = "'2026-11-23 00:00:00+09'";
                const auto row = tx.exec1("SELECT (SELECT count(*) FROM identity_records WHERE verified_at < " + end +
                                          "), (SELECT count(*) FROM visits WHERE started_at < " + end +
                                          "), (SELECT count(*) FROM visit_segments WHERE started_at < " + end +
                                          "), (SELECT count(*) FROM terminal_events WHERE at < " + end + ")");
                const bool exact =
                    row[0].as<long long>() == sums.identityRecords && row[1].as<long long>() == sums.visits &&
                    row[2].as<long long>() == sums.visitSegments && row[3].as<long long>() == sums.terminalEvents;
                std::printf("held by month adds up to the rows counted one by one: %s (records %lld/%lld, visits "
                            "%lld/%lld, segments %lld/%lld, events %lld/%lld)\n",
                            exact ? "yes" : "NO", static_cast<long long>(sums.identityRecords), row[0].as<long long>(),
                            static_cast<long long>(sums.visits), row[1].as<long long>(),
                            static_cast<long long>(sums.visitSegments), row[2].as<long long>(),
                            static_cast<long long>(sums.terminalEvents), row[3].as<long long>());
            }
            std::printf("report run %d: %.3f s (%zu months, %lld events held, %lld visits due, chain %s from entry "
                        "%lld, %zu staff with reads)\n",
                        run, elapsed, report.figures.heldByMonth.size(), held,
                        static_cast<long long>(report.figures.dueNext30Days.visits),
                        report.chain.verification.ok ? "ok" : "BROKEN",
                        static_cast<long long>(report.chain.verifiedFrom),
                        report.figures.personalDataReadsByStaff.size());
        }
        // Where the time goes: each of the report's statements on its own (same parameters as the report's).
        {
            const auto zone = std::string("Asia/Tokyo");
            const auto asOf = domain::CivilDate::parse("2026-11-22", "as_of");
            const auto heldBefore = backend::audit::toMicros(std::chrono::sys_days(std::chrono::year{2026} / 11 / 22) +
                                                             std::chrono::hours(15));
            const auto readsFrom = heldBefore - std::int64_t{30} * 86400 * 1000000;
            pqxx::read_transaction tx(*connection);
            tx.exec0(std::string(backend::storage::sql::kNoJit));
            const auto time = [&](const char* what, const std::function<void()>& statement) {
                const auto start = Steady::now();
                statement();
                std::printf("  %-28s %7.3f s\n", what, seconds(Steady::now() - start));
            };
            time("held by month", [&] {
                tx.exec_params(std::string(backend::storage::sql::kReportHeldByMonth), manager.storeId, heldBefore,
                               zone, asOf.toString());
            });
            time("due in 30 days", [&] {
                tx.exec_params(std::string(backend::storage::sql::kReportDue), manager.storeId, heldBefore,
                               asOf.toString(), asOf.addDays(30).toString(), 3);
            });
            time("reads by staff", [&] {
                tx.exec_params(std::string(backend::storage::sql::kReportReadsByStaff), manager.storeId, heldBefore,
                               readsFrom);
            });
            time("compliance gaps", [&] {
                tx.exec_params(std::string(backend::storage::sql::kReportGaps), manager.storeId, heldBefore, false);
            });
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "kiroku_bench_retention_report: " << e.what() << '\n';
        return 1;
    }
}
