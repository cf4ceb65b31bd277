// kiroku_bench_nat: how fast gateways' NAT logs go in, and how fast police lookups by public endpoint come back.
//   1. the conntrack parser alone (lines/s on one core), and the pairing of events into mappings;
//   2. end to end into PostgreSQL through NatIngestService + PgNatMappingRepository, in 4 MiB uploads as the server
//      and kirokuctl make them (lines/s; this process on one core, PostgreSQL's backend on another);
//   3. findByPublicEndpoint's p50/p99 over a synthetic table of N mappings across 36 monthly partitions, generated
//      with INSERT … SELECT generate_series (with terminals, address assignments and visit segments to join).
// Prints figures, including how long the generation took; asserts nothing about timing.
//
// Run: build/tests/bench/kiroku_bench_nat [--parse-lines N] [--ingest-lines N] [--mappings N] [--lookups N]
//                                         [--dsn DSN [--skip-generate]]
// Without --dsn it runs in a fresh database of the test cluster (started with durability off); give --dsn of a
// migrated database on a durable cluster for ingest figures that include WAL flushes.

#include "BenchSupport.h"
#include "natlog/ConntrackParser.h"
#include "services/nat/NatIngestService.h"
#include "services/nat/NatPairing.h"
#include "storage/ConnectionPool.h"
#include "storage/PgNatLookup.h"
#include "storage/PgNatMappingRepository.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace kiroku;
using Steady = std::chrono::steady_clock;

using kiroku::bench::percentile;

namespace {

constexpr std::int64_t kStart = 1700006400; // 2023-11-15T00:00:00Z
constexpr int kTerminals = 200;

double seconds(Steady::duration d) {
    return std::chrono::duration<double>(d).count();
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU seconds (user + system) used so far by the PostgreSQL backend process `pid` (the one serving the ingest's
/// connection); negative when /proc cannot tell (a remote server). Background processes (WAL writer, checkpointer,
/// autovacuum) are left out: they serve every database of the cluster.
double backendCpuSeconds(int pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos) {
        return -1;
    }
    std::istringstream fields(text.substr(close + 2));
    std::string value;
    long long utime = 0;
    long long stime = 0;
    for (int field = 3; field <= 15 && fields >> value; ++field) {
        if (field == 14) {
            utime = std::stoll(value);
        } else if (field == 15) {
            stime = std::stoll(value);
        }
    }
    return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

/// A gateway's day: each connection a NEW, one or two UPDATEs (tcp) and a DESTROY, interleaved as connections
/// overlap; about 20 % UDP; private addresses of 200 terminals; conntrack-tools 1.4.7's exact spacing.
std::string syntheticLog(std::size_t lines, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::string log;
    log.reserve(lines * 230);
    struct Open {
        int terminal;
        int sport;
        int dport;
        bool tcp;
        int remote;
        int updates;
        std::int64_t startedUs;
    };
    std::vector<Open> open;
    std::int64_t nowUs = kStart * 1000000LL;
    std::size_t written = 0;
    char buffer[512];
    int nextPort = 1024;
    while (written < lines) {
        nowUs += static_cast<std::int64_t>(random() % 20000);
        const bool start = open.size() < 500 && (open.empty() || random() % 3 != 0);
        if (start) {
            Open o{static_cast<int>(random() % kTerminals),
                   32768 + static_cast<int>(random() % 28000),
                   nextPort,
                   random() % 5 != 0,
                   static_cast<int>(random() % 250),
                   0,
                   nowUs};
            nextPort = nextPort >= 65000 ? 1024 : nextPort + 1;
            std::snprintf(buffer, sizeof buffer,
                          "[%lld.%06lld]\t    [NEW] ipv4     2 %s 120 %ssrc=192.168.10.%d dst=203.0.113.%d sport=%d "
                          "dport=443 [UNREPLIED] src=203.0.113.%d dst=198.51.100.7 sport=443 dport=%d\n",
                          static_cast<long long>(nowUs / 1000000), static_cast<long long>(nowUs % 1000000),
                          o.tcp ? "tcp      6" : "udp      17", o.tcp ? "SYN_SENT " : "", o.terminal + 1, o.remote,
                          o.sport, o.remote, o.dport);
            open.push_back(o);
        } else {
            const std::size_t i = random() % open.size();
            Open& o = open[i];
            const bool update = o.tcp && o.updates < 2;
            std::snprintf(buffer, sizeof buffer,
                          "[%lld.%06lld]\t%s ipv4     2 %s %ssrc=192.168.10.%d dst=203.0.113.%d sport=%d dport=443 "
                          "%ssrc=203.0.113.%d dst=198.51.100.7 sport=443 dport=%d [ASSURED] mark=0 %suse=1\n",
                          static_cast<long long>(nowUs / 1000000), static_cast<long long>(nowUs % 1000000),
                          update ? " [UPDATE]" : "[DESTROY]", o.tcp ? "tcp      6" : "udp      17",
                          update ? (o.updates == 0 ? "432000 ESTABLISHED " : "120 FIN_WAIT ") : "", o.terminal + 1,
                          o.remote, o.sport, update ? "" : "packets=12 bytes=1830 ", o.remote, o.dport,
                          update ? "" : "delta-time=42 ");
            if (update) {
                ++o.updates;
            } else {
                open[i] = open.back();
                open.pop_back();
            }
        }
        log += buffer;
        ++written;
    }
    return log;
}

void benchParser(std::size_t lines) {
    const std::string log = syntheticLog(lines, 1);
    static const natlog::ConntrackParser parser;
    std::vector<natlog::NatEvent> events;
    events.reserve(lines);
    double best = 1e9;
    natlog::ParseSummary summary;
    for (int round = 0; round < 5; ++round) {
        events.clear();
        const auto started = Steady::now();
        summary = natlog::parseLog(parser, log, events);
        best = std::min(best, seconds(Steady::now() - started));
    }
    std::printf("parser: %zu lines (%.1f MB), %llu events, %llu malformed; best of 5: %.3f s = %.0f lines/s, %.0f MB/s "
                "(one core)\n",
                lines, static_cast<double>(log.size()) / 1e6, static_cast<unsigned long long>(summary.events),
                static_cast<unsigned long long>(summary.malformed), best, static_cast<double>(lines) / best,
                static_cast<double>(log.size()) / 1e6 / best);
    const auto started = Steady::now();
    const auto paired = backend::services::pairNatEvents(events, 4000000000LL * 1000000);
    const double pairing = seconds(Steady::now() - started);
    std::printf("pairing: %zu events into %zu mappings in %.3f s = %.0f events/s\n", events.size(),
                paired.mappings.size(), pairing, static_cast<double>(events.size()) / pairing);
}

class FixedClock : public backend::services::Clock {
public:
    std::chrono::system_clock::time_point now() const override {
        return std::chrono::system_clock::time_point(std::chrono::seconds(kStart + 400 * 86400));
    }
};

void benchIngest(const std::string& dsn, std::size_t lines) {
    const std::string log = syntheticLog(lines, 2);
    backend::storage::ConnectionPool pool(dsn, 1, std::chrono::seconds(30)); // one backend does it all
    backend::storage::PgNatMappingRepository repository(pool);
    FixedClock clock;
    backend::services::NatIngestService ingest(repository, clock);
    constexpr std::size_t kUpload = 4 * 1024 * 1024;
    std::size_t at = 0;
    std::uint64_t firstLine = 1;
    std::uint64_t inserted = 0;
    std::uint64_t closed = 0;
    int uploads = 0;
    int backendPid = 0;
    {
        auto lease = pool.acquire();
        pqxx::nontransaction tx(*lease);
        backendPid = tx.exec1("SELECT pg_backend_pid()")[0].as<int>();
    }
    const double serverBefore = backendCpuSeconds(backendPid);
    const double cpuBefore = cpuSeconds();
    const auto started = Steady::now();
    while (at < log.size()) {
        std::size_t end = std::min(log.size(), at + kUpload);
        if (end < log.size()) {
            end = log.rfind('\n', end - 1) + 1;
        }
        backend::services::NatIngestRequest request;
        request.storeId = 1;
        request.content = std::string_view(log).substr(at, end - at);
        request.firstLine = firstLine;
        const auto result = ingest.ingest(request);
        inserted += result.mappingsInserted;
        closed += result.mappingsClosed;
        firstLine += result.lines;
        at = end;
        ++uploads;
    }
    const double wall = seconds(Steady::now() - started);
    const double cpu = cpuSeconds() - cpuBefore;
    const double server = serverBefore < 0 ? -1 : backendCpuSeconds(backendPid) - serverBefore;
    std::printf("ingest end to end: %zu lines in %d uploads of 4 MiB: %.2f s wall = %.0f lines/s; %llu mappings "
                "inserted, %llu closed across uploads\n",
                lines, uploads, wall, static_cast<double>(lines) / wall, static_cast<unsigned long long>(inserted),
                static_cast<unsigned long long>(closed));
    if (server >= 0) {
        std::printf("ingest CPU: this process %.2f s, its PostgreSQL backend %.2f s: %.0f lines per CPU-second (per "
                    "core)\n",
                    cpu, server, static_cast<double>(lines) / (cpu + server));
    } else {
        std::printf("ingest CPU: this process %.2f s; PostgreSQL's not visible (remote server)\n", cpu);
    }
}

/// N mappings over 36 months for store 1 (public 198.51.100.7, every port, 200 terminals), and what lookups join:
/// terminals with configured addresses, a daily address assignment per terminal, and 4 visit segments per terminal
/// and day.
void generate(pqxx::connection& c, std::int64_t mappings) {
    const auto started = Steady::now();
    {
        pqxx::work tx(c);
        tx.exec("SET LOCAL synchronous_commit = off");
        tx.exec("INSERT INTO stores (code, name) SELECT 'bench', 'bench' WHERE NOT EXISTS (SELECT 1 FROM stores)");
        tx.exec("INSERT INTO staff (store_id, login, display_name, role, password_hash) "
                "VALUES (1, 'bench', 'bench', 'clerk', 'x')");
        tx.exec("INSERT INTO booths (store_id, label) SELECT 1, 'B' || g FROM generate_series(1, 200) g");
        tx.exec("INSERT INTO terminals (store_id, number, booth_id, private_ip) "
                "SELECT 1, 'PC-' || g, g, ('192.168.10.' || g)::inet FROM generate_series(1, 200) g");
        tx.exec("INSERT INTO terminal_events (store_id, terminal_id, at, kind, private_ip, event_key) "
                "SELECT 1, t, to_timestamp(1700006400 + d * 86400 + t), 'ip_assigned', ('192.168.10.' || t)::inet, "
                "'dhcp-' || d FROM generate_series(1, 200) t, generate_series(0, 1095) d");
        tx.exec("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) "
                "VALUES ('personal_fields', 'retention:2029-11', 1, '\\x00')");
        tx.exec("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, "
                "address_on_document, key_id, name_enc, address_enc, date_of_birth_enc, name_dob_bidx, "
                "last_service_on, retention_until) "
                "SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid, 1, now(), 1, 'visual', "
                "'drivers_license', true, 1, '\\x00', '\\x00', '\\x00', '\\x00', '2026-11-22', '2029-11-22' "
                "FROM generate_series(1, 200 * 1096 * 4) g");
        tx.exec("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, ended_by, "
                "retention_until) "
                "SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid, 1, "
                "('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid, "
                "to_timestamp(1700006400 + (g - 1) / 800 * 86400 + (g - 1) % 4 * 21600), 1, "
                "to_timestamp(1700006400 + (g - 1) / 800 * 86400 + (g - 1) % 4 * 21600 + 18000), 1, '2029-11-22' "
                "FROM generate_series(1, 200 * 1096 * 4) g");
        tx.exec("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, "
                "retention_until) "
                "SELECT 1, v.id, 1 + (g - 1) / 4 % 200, 1 + (g - 1) / 4 % 200, v.started_at, v.ended_at, "
                "v.retention_until "
                "FROM generate_series(1, 200 * 1096 * 4) g "
                "JOIN visits v ON v.id = ('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid");
        tx.commit();
    }
    std::printf("generated terminals, 219200 address assignments, 876800 visits and segments in %.1f s\n",
                seconds(Steady::now() - started));
    // 36 months of mappings, month by month in (port, time) order so that index pages fill in order.
    const std::int64_t perMonth = mappings / 36;
    const std::int64_t stepUs = 28LL * 86400 * 1000000 / perMonth; // every month has 28 days
    for (int month = 0; month < 36; ++month) {
        pqxx::work tx(c);
        tx.exec("SET LOCAL synchronous_commit = off");
        tx.exec_params("SELECT nat_mappings_ensure_partition((date '2023-12-01' + $1 * interval '1 month')::date)",
                       month);
        const std::int64_t monthStartUs =
            tx.exec_params1(
                  "SELECT (extract(epoch FROM date '2023-12-01' + $1 * interval '1 month') * 1000000)::bigint",
                  month)[0]
                .as<std::int64_t>();
        tx.exec_params(
            "INSERT INTO nat_mappings (store_id, key_at, protocol, public_ip, public_port, private_ip, private_port, "
            "started_at, start_estimated, ended_at, upload_id) "
            "SELECT 1, k, CASE WHEN g % 5 = 0 THEN 17 ELSE 6 END, '198.51.100.7', 1024 + (g * 7919) % 64512, "
            "('192.168.10.' || (1 + g % 200))::inet, 32768 + g % 28000, k, false, "
            "k + (20 + g % 600) * interval '1 second', 1 "
            "FROM (SELECT g, timestamptz 'epoch' + ($1::bigint + g * $2::bigint) * interval '1 microsecond' AS k "
            "      FROM generate_series(0, $3::bigint - 1) g) s "
            "ORDER BY 1024 + (g * 7919) % 64512, k",
            monthStartUs, stepUs, perMonth);
        tx.commit();
        std::printf("  month %2d: %lld mappings, %.0f s so far\n", month + 1, static_cast<long long>(perMonth),
                    seconds(Steady::now() - started));
        std::fflush(stdout);
    }
    {
        pqxx::nontransaction tx(c);
        tx.exec("ANALYZE");
    }
    std::printf("generated %lld mappings in 36 monthly partitions in %.1f s\n", static_cast<long long>(perMonth * 36),
                seconds(Steady::now() - started));
}

void benchLookups(const std::string& dsn, int count) {
    // Half the lookups ask about a stored mapping (a random sample, taken before timing), half about random ports
    // and instants, which mostly find nothing.
    std::vector<std::pair<std::uint16_t, std::int64_t>> known;
    {
        pqxx::connection c(dsn);
        pqxx::read_transaction tx(c);
        for (const auto& row :
             tx.exec_params("SELECT public_port, (extract(epoch FROM key_at))::bigint + 5 FROM nat_mappings "
                            "TABLESAMPLE SYSTEM (1) WHERE store_id = 1 AND public_ip = '198.51.100.7' LIMIT $1",
                            count / 2)) {
            known.emplace_back(static_cast<std::uint16_t>(row[0].as<int>()), row[1].as<std::int64_t>());
        }
    }
    backend::storage::ConnectionPool pool(dsn, 1, std::chrono::seconds(30));
    backend::storage::PgNatLookup lookup(pool);
    std::mt19937_64 random(3);
    std::vector<double> hits;
    std::vector<double> misses;
    std::size_t found = 0;
    std::size_t segments = 0;
    std::size_t withTerminal = 0;
    for (int i = 0; i < count; ++i) {
        const bool hit = i % 2 == 0 && !known.empty();
        const auto& sample = known.empty() ? std::pair<std::uint16_t, std::int64_t>{} : known[random() % known.size()];
        const std::int64_t instant =
            hit ? sample.second : kStart + 16 * 86400 + static_cast<std::int64_t>(random() % (35LL * 30 * 86400));
        const auto port = hit ? sample.first : static_cast<std::uint16_t>(1024 + random() % 64512);
        const auto started = Steady::now();
        const auto matches = lookup.findByPublicEndpoint(
            1, "198.51.100.7", port, std::chrono::system_clock::time_point(std::chrono::seconds(instant)),
            std::chrono::seconds(2));
        (hit ? hits : misses).push_back(std::chrono::duration<double, std::milli>(Steady::now() - started).count());
        found += matches.size();
        for (const auto& m : matches) {
            segments += m.segments.size();
            withTerminal += m.terminal ? 1 : 0;
        }
    }
    std::vector<double> all = hits;
    all.insert(all.end(), misses.begin(), misses.end());
    std::printf("lookups: %zu of stored mappings: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", hits.size(),
                hits.empty() ? 0 : percentile(hits, 0.5), hits.empty() ? 0 : percentile(hits, 0.99),
                hits.empty() ? 0 : percentile(hits, 1.0));
    std::printf("lookups: %zu at random ports and instants: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", misses.size(),
                percentile(misses, 0.5), percentile(misses, 0.99), percentile(misses, 1.0));
    std::printf("lookups: all %d: p50 %.2f ms, p99 %.2f ms; %zu mappings found, %zu with a terminal, %zu segments\n",
                count, percentile(all, 0.5), percentile(all, 0.99), found, withTerminal, segments);
}

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::size_t parseLines = 2000000;
    std::size_t ingestLines = 1000000;
    std::int64_t mappings = 10000000;
    int lookups = 2000;
    std::string dsn;
    bool skipGenerate = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (arg == "--parse-lines") {
            parseLines = std::stoul(next());
        } else if (arg == "--ingest-lines") {
            ingestLines = std::stoul(next());
        } else if (arg == "--mappings") {
            mappings = std::stoll(next());
        } else if (arg == "--lookups") {
            lookups = std::stoi(next());
        } else if (arg == "--dsn") {
            dsn = next();
        } else if (arg == "--skip-generate") {
            skipGenerate = true;
        } else {
            std::cerr << "usage: kiroku_bench_nat [--parse-lines N] [--ingest-lines N] [--mappings N] [--lookups N] "
                         "[--dsn DSN [--skip-generate]]\n";
            return 64;
        }
    }
    if (parseLines > 0) {
        benchParser(parseLines);
    }
    std::unique_ptr<test::TestDatabase> own;
    if (dsn.empty()) {
        own = std::make_unique<test::TestDatabase>(test::TestDatabase::migrated());
        dsn = own->dsn();
        std::printf("database: a fresh one on the test cluster (durability off)\n");
    } else {
        std::printf("database: --dsn as given\n");
    }
    auto connection = std::make_unique<pqxx::connection>(dsn);
    if (!skipGenerate && mappings > 0) {
        generate(*connection, mappings);
    }
    if (ingestLines > 0) {
        pqxx::work tx(*connection);
        tx.exec("INSERT INTO stores (code, name) SELECT 'bench', 'bench' WHERE NOT EXISTS (SELECT 1 FROM stores)");
        tx.commit();
        benchIngest(dsn, ingestLines);
    }
    if (lookups > 0) {
        benchLookups(dsn, lookups);
    }
    return 0;
}
