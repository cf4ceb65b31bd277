// kiroku_bench_police: latency of the police questions (terminal at a time, person) inside the server's code — the
// query service over the real repository and PostgreSQL — on a store of 500 booths after 3 years: about 1 M visits
// and 200 k identity records with real ciphertexts and blind indexes. Prints p50/p99/max; asserts nothing.
//
// Run: build/tests/bench/kiroku_bench_police [--identities N] [--slots N] [--queries N]
// (starts its own PostgreSQL cluster unless KIROKU_TEST_CLUSTER_DIR names a running one; generating the data takes a
// few minutes)

#include "BenchSupport.h"
#include "crypto/KeyEncryptionKey.h"
#include "crypto/SecretKey.h"
#include "domain/DocumentKind.h"
#include "services/identity/IdentityFields.h"
#include "services/identity/Uuid.h"
#include "services/keys/KeyService.h"
#include "services/police/PoliceQuery.h"
#include "storage/ConnectionPool.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgPoliceRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"
#include "text/Normalizer.h"

#include "crypto/Hash.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>
#include <vector>

using namespace kiroku;
namespace fields = backend::services::identity_fields;
using Clock = std::chrono::steady_clock;
using Instant = std::chrono::system_clock::time_point;

using kiroku::bench::percentile;

namespace {

constexpr int kBooths = 500;

struct Options {
    int identities = 200000;
    int slots = 2000; ///< visits per booth over the 3 years (500 × 2000 = 1 M)
    int queries = 1000;
};

struct Person {
    std::string id;
    std::string name;
    std::string dateOfBirth;
    std::string licenseNumber;
};

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

std::string hexBytea(const std::vector<std::uint8_t>& bytes) {
    return "\\x" + crypto::toHex(bytes);
}

std::string dateOfBirthOf(int i) {
    const auto day = std::chrono::sys_days{std::chrono::year{1950} / 1 / 1} + std::chrono::days{(i * 7919) % 20000};
    return domain::CivilDate::fromSysDays(day).toString();
}

/// 200 k verification records, each field encrypted under its retention month's key, with real blind indexes.
std::vector<Person> makeIdentities(const test::TestDatabase& db, backend::storage::ConnectionPool& pool,
                                   backend::services::KeyService& keys, const test::StaffFixture& staff, int count) {
    std::vector<Person> people;
    people.reserve(static_cast<std::size_t>(count));
    const std::string address = "東京都新宿区西新宿2-8-1 ベンチマーク荘";
    constexpr int kBatch = 2000;
    for (int start = 0; start < count; start += kBatch) {
        std::vector<std::string> ids, names, kanas, addresses, dobs, numbers, nameIdx, numberIdx, keyIds, retention;
        for (int i = start; i < std::min(count, start + kBatch); ++i) {
            Person p;
            p.id = backend::services::newUuidV4();
            p.name = "試験 太郎" + std::to_string(i);
            p.dateOfBirth = dateOfBirthOf(i);
            char number[16];
            std::snprintf(number, sizeof number, "%012d", 100000000 + i);
            p.licenseNumber = number;
            const int month = i % 36; // retention months 2027-01 … 2029-12
            const std::string monthText =
                std::to_string(2027 + month / 12) + "-" + (month % 12 < 9 ? "0" : "") + std::to_string(month % 12 + 1);
            const std::uint32_t keyId = keys.personalKeyFor(monthText);
            const auto& cipher = keys.cipher();
            ids.push_back(p.id);
            names.push_back(hexBytea(cipher.encrypt(fields::context(fields::kName, p.id, keyId), p.name)));
            kanas.push_back(hexBytea(cipher.encrypt(fields::context(fields::kNameKana, p.id, keyId), "シケン タロウ")));
            addresses.push_back(hexBytea(cipher.encrypt(fields::context(fields::kAddress, p.id, keyId), address)));
            dobs.push_back(hexBytea(cipher.encrypt(fields::context(fields::kDateOfBirth, p.id, keyId), p.dateOfBirth)));
            numbers.push_back(
                hexBytea(cipher.encrypt(fields::context(fields::kDocumentNumber, p.id, keyId), p.licenseNumber)));
            nameIdx.push_back(hexBytea(keys.nameDobIndex().compute({text::normalizeName(p.name), p.dateOfBirth})));
            numberIdx.push_back(hexBytea(keys.documentNumberIndex().compute({"drivers_license", p.licenseNumber})));
            keyIds.push_back(std::to_string(keyId));
            retention.push_back(monthText + "-28");
            people.push_back(std::move(p));
        }
        auto lease = pool.acquire();
        pqxx::work tx(*lease);
        tx.exec_params(R"(
INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, document_kind, address_on_document,
    key_id, name_enc, name_kana_enc, address_enc, date_of_birth_enc, document_number_enc, name_dob_bidx,
    document_number_bidx, last_service_on, retention_until)
SELECT id, $1, now() - interval '3 years', $2, 'ic_chip', 'drivers_license', true, key_id, name, kana, address, dob,
       number, name_idx, number_idx, retention - interval '3 years', retention
FROM unnest($3::uuid[], $4::int[], $5::bytea[], $6::bytea[], $7::bytea[], $8::bytea[], $9::bytea[], $10::bytea[],
            $11::bytea[], $12::date[])
     AS t(id, key_id, name, kana, address, dob, number, name_idx, number_idx, retention))",
                       staff.storeId, staff.staffId, backend::storage::arrayLiteral(ids),
                       backend::storage::arrayLiteral(keyIds), backend::storage::arrayLiteral(names),
                       backend::storage::arrayLiteral(kanas), backend::storage::arrayLiteral(addresses),
                       backend::storage::arrayLiteral(dobs), backend::storage::arrayLiteral(numbers),
                       backend::storage::arrayLiteral(nameIdx), backend::storage::arrayLiteral(numberIdx),
                       backend::storage::arrayLiteral(retention));
        tx.commit();
    }
    (void)db;
    return people;
}

/// Booth b's timeline is cut into `slots` slots of equal length over 3 years; each slot holds one visit of a random
/// customer lasting 1–8 hours. One visit in ten of the first 250 booths moves half-way to booth b + 250, whose own
/// visit of that slot is then left out, so no booth ever holds two customers at once.
void makeVisits(backend::storage::ConnectionPool& pool, const test::StaffFixture& staff, int slots, Instant origin) {
    auto lease = pool.acquire();
    pqxx::work tx(*lease);
    tx.exec_params(R"(
INSERT INTO booths (store_id, label) SELECT $1, 'P' || lpad(b::text, 3, '0') FROM generate_series(1, 500) b)",
                   staff.storeId);
    tx.exec_params(R"(
INSERT INTO terminals (store_id, number, booth_id)
SELECT $1, 'T' || substr(label, 2), id FROM booths WHERE store_id = $1 AND label LIKE 'P%')",
                   staff.storeId);
    tx.exec_params("CREATE TEMP TABLE people AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id "
                   "FROM identity_records WHERE store_id = $1",
                   staff.storeId);
    tx.exec(
        "CREATE TEMP TABLE booth_no AS SELECT id, substr(label, 2)::int AS b, "
        "(SELECT id FROM terminals t WHERE t.booth_id = booths.id) AS terminal_id FROM booths WHERE label LIKE 'P%'");
    const std::int64_t originUs =
        std::chrono::duration_cast<std::chrono::microseconds>(origin.time_since_epoch()).count();
    tx.exec_params(R"(
CREATE TEMP TABLE plan AS
SELECT b, k,
       timestamptz 'epoch' + ($2::bigint + (k * (1095.0 * 86400 / $1) + (hashint4(b * 7 + k) & 1023) * 7) * 1000000)
           * interval '1 microsecond' AS started_at,
       interval '1 hour' + ((hashint4(b * 13 + k) & 65535) * interval '1 second' * 0.384) AS length,
       b <= 250 AND (hashint4(b * 31 + k) & 1023) < 102 AS moves,
       (hashint4(b * 1000003 + k) & 2147483647) AS who
FROM generate_series(1, 500) b, generate_series(0, $1 - 1) k)",
                   slots, originUs);
    tx.exec("DELETE FROM plan p WHERE p.b > 250 AND EXISTS (SELECT 1 FROM plan q WHERE q.b = p.b - 250 AND q.k = p.k "
            "AND q.moves)");
    // Each slot's customer by number: a join on an indexed number, not a subquery per slot.
    tx.exec("CREATE UNIQUE INDEX ON people (n)");
    tx.exec("ANALYZE people");
    tx.exec(R"(
CREATE TEMP TABLE planned AS
SELECT gen_random_uuid() AS visit_id, p.*, pe.id AS identity_id
FROM plan p JOIN people pe ON pe.n = p.who % (SELECT count(*) FROM people))");
    tx.exec_params(R"(
INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, ended_by, retention_until)
SELECT visit_id, $1, identity_id, started_at, $2, started_at + length, $2, (started_at + length)::date + 1095
FROM planned)",
                   staff.storeId, staff.staffId);
    tx.exec_params(R"(
INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, ended_at, retention_until)
SELECT $1::bigint, visit_id, bn.id, bn.terminal_id, started_at, CASE WHEN moves THEN started_at + length / 2
                                                          ELSE started_at + length END,
       (started_at + length)::date + 1095
FROM planned p JOIN booth_no bn ON bn.b = p.b
UNION ALL
SELECT $1::bigint, visit_id, bn.id, bn.terminal_id, started_at + length / 2, started_at + length,
       (started_at + length)::date + 1095
FROM planned p JOIN booth_no bn ON bn.b = p.b + 250 WHERE moves)",
                   staff.storeId);
    tx.commit();
    auto again = pool.acquire();
    pqxx::nontransaction analyze(*again);
    analyze.exec("ANALYZE");
}

void report(const char* what, const std::vector<double>& latencies, double matched) {
    std::printf("%-46s n=%-5zu p50=%7.3f ms  p99=%7.3f ms  max=%7.3f ms  records/answer=%.2f\n", what, latencies.size(),
                percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0), matched);
}

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures show as they come, also into a file
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        const int value = std::stoi(argv[i + 1]);
        if (arg == "--identities") {
            options.identities = value;
        } else if (arg == "--slots") {
            options.slots = value;
        } else if (arg == "--queries") {
            options.queries = value;
        }
    }
    auto db = test::TestDatabase::migrated();
    const auto staff = test::createStaff(db, "bench", "manager-bench", "manager", 0);
    backend::storage::ConnectionPool pool(db.dsn(), 4, std::chrono::seconds(30));
    backend::storage::PgKeyRepository keyRepository(pool);
    backend::services::KeyService keys(keyRepository, crypto::KeyEncryptionKey(crypto::SecretKey::generate(), 1));
    backend::storage::PgPoliceRepository police(pool);
    backend::services::PoliceQuery query(keys);

    const Instant origin = std::chrono::sys_days{std::chrono::year{2023} / 11 / 1};
    auto started = Clock::now();
    const auto people = makeIdentities(db, pool, keys, staff, options.identities);
    std::printf("identities: %zu in %.1f s\n", people.size(), ms(Clock::now() - started) / 1000);
    started = Clock::now();
    makeVisits(pool, staff, options.slots, origin);
    {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        std::printf("visits: %s, segments: %s, in %.1f s\n", tx.exec1("SELECT count(*) FROM visits")[0].c_str(),
                    tx.exec1("SELECT count(*) FROM visit_segments")[0].c_str(), ms(Clock::now() - started) / 1000);
    }
    std::vector<std::int64_t> booths;
    std::vector<std::int64_t> terminals;
    {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        for (const auto& row : tx.exec("SELECT b.id, t.id FROM booths b JOIN terminals t ON t.booth_id = b.id "
                                       "WHERE b.label LIKE 'P%' ORDER BY b.id")) {
            booths.push_back(row[0].as<std::int64_t>());
            terminals.push_back(row[1].as<std::int64_t>());
        }
    }

    std::mt19937_64 random(42);
    const auto span = std::chrono::hours(24 * 1095);
    auto anyInstant = [&] {
        return origin + std::chrono::seconds(std::uniform_int_distribution<std::int64_t>(
                            0, std::chrono::duration_cast<std::chrono::seconds>(span).count())(random));
    };
    auto anyOf = [&](const auto& list) {
        return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
    };
    // Warm the key ring (one unwrap per retention month) so the figures show steady state.
    for (int month = 0; month < 36; ++month) {
        keys.personalKeyFor(std::to_string(2027 + month / 12) + "-" + (month % 12 < 9 ? "0" : "") +
                            std::to_string(month % 12 + 1));
    }

    auto measure = [&](const char* what, auto&& run) {
        std::vector<double> latencies;
        double matched = 0;
        for (int i = 0; i < options.queries; ++i) {
            const auto t0 = Clock::now();
            std::size_t records = 0;
            police.read([&](domain::PoliceLookup& lookup) { records = run(lookup).records.size(); });
            latencies.push_back(ms(Clock::now() - t0));
            matched += static_cast<double>(records);
        }
        report(what, latencies, matched / options.queries);
    };

    measure("terminal_at_time: booth at an instant", [&](domain::PoliceLookup& lookup) {
        const auto at = anyInstant();
        return query.terminalAtTime(lookup, staff.storeId, anyOf(booths), std::nullopt, at, at);
    });
    measure("terminal_at_time: terminal over 1 hour", [&](domain::PoliceLookup& lookup) {
        const auto from = anyInstant();
        return query.terminalAtTime(lookup, staff.storeId, std::nullopt, anyOf(terminals), from,
                                    from + std::chrono::hours(1));
    });
    measure("terminal_at_time: booth over 1 day", [&](domain::PoliceLookup& lookup) {
        const auto from = anyInstant();
        return query.terminalAtTime(lookup, staff.storeId, anyOf(booths), std::nullopt, from,
                                    from + std::chrono::hours(24));
    });
    measure("person: name + date of birth, 3 years", [&](domain::PoliceLookup& lookup) {
        const Person& p = anyOf(people);
        domain::PersonQuestion q;
        q.name = p.name;
        q.dateOfBirth = domain::CivilDate::parse(p.dateOfBirth, "date_of_birth");
        return query.person(lookup, staff.storeId, q, origin, origin + span);
    });
    measure("person: name + date of birth, 1 month", [&](domain::PoliceLookup& lookup) {
        const Person& p = anyOf(people);
        domain::PersonQuestion q;
        q.name = p.name;
        q.dateOfBirth = domain::CivilDate::parse(p.dateOfBirth, "date_of_birth");
        const auto from = anyInstant();
        return query.person(lookup, staff.storeId, q, from, from + std::chrono::hours(24 * 30));
    });
    measure("person: document number (any kind), 3 years", [&](domain::PoliceLookup& lookup) {
        const Person& p = anyOf(people);
        domain::PersonQuestion q;
        q.documentNumber = p.licenseNumber;
        return query.person(lookup, staff.storeId, q, origin, origin + span);
    });
    return 0;
}
