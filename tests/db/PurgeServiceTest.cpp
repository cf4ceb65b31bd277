#include "services/retention/PurgeService.h"
#include "crypto/Errors.h"
#include "crypto/KeyVault.h"
#include "crypto/Random.h"
#include "domain/Errors.h"
#include "services/identity/IdentityKeyRotation.h"
#include "services/identity/IdentityService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgMemberRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <algorithm>
#include <filesystem>

using namespace kiroku;
using backend::services::KeyService;
using backend::storage::ConnectionPool;

namespace {

std::chrono::system_clock::time_point noonInTokyo(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{3};
}

backend::services::IdentityVerificationInput person(const std::string& name) {
    backend::services::IdentityVerificationInput in;
    in.method = "visual";
    in.name = name;
    in.address = "東京都杉並区荻窪1-2-3";
    in.document.kind = "drivers_license";
    in.document.number = "441122334470";
    in.document.dateOfBirth = "1990-05-01";
    in.document.expiresOn = "2035-01-01";
    return in;
}

/// The real repositories and services on a fresh database; the purge's connections run as kiroku_app, the role the
/// server runs as, so that what the purge needs is what V007 grants.
struct Purging {
    test::TestDatabase db = test::TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "ogikubo", "clerk-k", "clerk");
    std::filesystem::path vaultRoot = std::filesystem::temp_directory_path() / ("kiroku-vault-" + crypto::randomHex(8));
    crypto::SecretKey kek = crypto::SecretKey::generate();

    ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10)};
    backend::storage::PgKeyRepository keyRepository{pool};
    backend::storage::PgIdentityRepository records{pool};
    backend::storage::PgMemberRepository members{pool};
    backend::storage::PgStoreRepository stores{pool};

    ConnectionPool appPool{db.dsn(), 4, std::chrono::seconds(10), "kiroku_app"};
    backend::storage::PgKeyRepository appKeys{appPool};
    backend::storage::PgRetentionStore appStore{appPool};
    backend::storage::PgStoreRepository appStores{appPool};
    backend::storage::PgSigningKeyRepository appSigningKeys{appPool};
    crypto::KeyEncryptionKey signingKek{kek.clone(), 1};
    backend::services::StoreSigner signer{appSigningKeys, signingKek};

    ~Purging() {
        std::error_code ignored;
        std::filesystem::remove_all(vaultRoot, ignored);
    }

    std::unique_ptr<KeyService> keys(backend::storage::PgKeyRepository& repository, bool withVault) {
        crypto::KeyEncryptionKey k(kek.clone(), 1);
        if (!withVault) {
            return std::make_unique<KeyService>(repository, std::move(k));
        }
        return std::make_unique<KeyService>(repository, std::move(k), crypto::KeyVault(vaultRoot, [&repository] {
                                                return repository.vaultInstance();
                                            }));
    }
    std::string verify(KeyService& keyService, const std::string& name, std::chrono::system_clock::time_point at) {
        backend::services::IdentityService identity(records, members, stores, keyService, [at] { return at; });
        return identity.verify({clerk.staffId, clerk.storeId, domain::Role::Clerk, clerk.login}, person(name)).id;
    }
    std::optional<domain::IdentitySummary> read(KeyService& keyService, const std::string& id) {
        backend::services::IdentityService identity(records, members, stores, keyService);
        return identity.find(clerk.storeId, id);
    }
    std::int64_t number(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1(sql)[0].as<std::int64_t>();
    }
};

} // namespace

TEST_CASE("the purge runs as kiroku_app: records past retention go and their month's key is shredded, vault half "
          "included",
          "[retention][purge][db]") {
    Purging t;
    auto writer = t.keys(t.keyRepository, true);
    const std::string gone = t.verify(*writer, "満了 太郎", noonInTokyo(2026, 11, 22));
    const std::string kept = t.verify(*writer, "存続 花子", noonInTokyo(2026, 12, 2));
    const auto novemberKey = t.number("SELECT id FROM data_keys WHERE scope = 'retention:2029-11'");
    crypto::KeyVault vault(t.vaultRoot, [&] { return t.keyRepository.vaultInstance(); });
    REQUIRE(std::filesystem::exists(vault.directory()));
    CHECK(vault.list().size() == 2);

    auto purgeKeys = t.keys(t.appKeys, true);
    backend::services::PurgeService purge(t.appStore, t.appStores, *purgeKeys, t.signer);
    const auto certificate = purge.run(noonInTokyo(2029, 12, 1), {});
    CHECK(certificate.counts.at("identity_records") == 1);
    CHECK(certificate.destroyedKeyMonths == std::vector<std::string>{"2029-11"});
    CHECK(t.number("SELECT count(*) FROM identity_records") == 1);
    CHECK(t.number("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(novemberKey) +
                   " AND destroyed_at IS NOT NULL AND wrapped_key IS NULL") == 1);
    const auto halves = vault.list();
    REQUIRE(halves.size() == 1);
    CHECK(halves[0].scope == "retention:2029-12");
    CHECK(t.number("SELECT count(*) FROM purge_certificates") == 1);

    auto reader = t.keys(t.keyRepository, true);
    CHECK_FALSE(t.read(*reader, gone));
    REQUIRE(t.read(*reader, kept));
    CHECK(t.read(*reader, kept)->name == "存続 花子");
}

TEST_CASE("records under keys kept wholly in the database (before V007) move to split keys with rotate-keys "
          "--reencrypt, and the purge destroys the old keys a day after they were retired",
          "[retention][purge][keys][db]") {
    Purging t;
    auto legacy = t.keys(t.keyRepository, false);
    const std::string id = t.verify(*legacy, "移行 次郎", noonInTokyo(2026, 11, 22));
    CHECK(t.number("SELECT count(*) FROM data_keys WHERE purpose = 'personal_fields' AND NOT vault") == 1);

    auto split = t.keys(t.keyRepository, true);
    backend::storage::PgIdentityKeyMaintenance maintenance(t.pool, domain::AuditActor::operatorNamed("test"));
    backend::services::IdentityKeyRotation rotation(maintenance);
    const auto report = rotation.reencrypt(*split, true);
    CHECK(report.keysRetired == 1);
    CHECK(t.number("SELECT count(*) FROM identity_records r JOIN data_keys k ON k.id = r.key_id WHERE k.vault") == 1);

    auto purgeKeys = t.keys(t.appKeys, true);
    backend::services::PurgeService purge(t.appStore, t.appStores, *purgeKeys, t.signer);
    // Retired just now: servers may still hold it as current for a few seconds, so it stays.
    CHECK(purge.run(noonInTokyo(2026, 11, 23), {}).destroyedKeyIds.empty());
    {
        auto c = t.db.connect();
        pqxx::work tx(*c);
        tx.exec0("UPDATE data_keys SET retired_at = now() - interval '2 days' WHERE NOT vault");
        tx.commit();
    }
    const auto certificate = purge.run(noonInTokyo(2026, 11, 23), {});
    REQUIRE(certificate.destroyedKeyIds.size() == 1);
    CHECK(t.number("SELECT count(*) FROM data_keys WHERE NOT vault AND purpose = 'personal_fields' AND "
                   "destroyed_at IS NULL") == 0);
    auto reader = t.keys(t.keyRepository, true);
    REQUIRE(t.read(*reader, id));
    CHECK(t.read(*reader, id)->name == "移行 次郎");
}

TEST_CASE("a key still needed by a record is kept, and said so in the certificate", "[retention][purge][keys][db]") {
    Purging t;
    auto writer = t.keys(t.keyRepository, true);
    const std::string id = t.verify(*writer, "在店 三郎", noonInTokyo(2026, 11, 22));
    // The customer is in a booth when the month ends: an open visit keeps the record, and so its key.
    {
        auto c = t.db.connect();
        pqxx::work tx(*c);
        tx.exec_params("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by) "
                       "VALUES (gen_random_uuid(), $1, $2::uuid, now(), $3)",
                       t.clerk.storeId, id, t.clerk.staffId);
        tx.commit();
    }
    auto purgeKeys = t.keys(t.appKeys, true);
    backend::services::PurgeService purge(t.appStore, t.appStores, *purgeKeys, t.signer);
    const auto certificate = purge.run(noonInTokyo(2029, 12, 1), {});
    CHECK(certificate.destroyedKeyIds.empty());
    REQUIRE(certificate.keptKeys.size() == 1);
    CHECK(certificate.keptKeys[0].scope == "retention:2029-11");
    CHECK(certificate.keptKeys[0].records == 1);
    auto reader = t.keys(t.keyRepository, true);
    CHECK(t.read(*reader, id)->name == "在店 三郎");
}

TEST_CASE("two purges never run at once", "[retention][purge][db]") {
    Purging t;
    auto lock = t.appStore.tryLock();
    REQUIRE(lock);
    auto purgeKeys = t.keys(t.appKeys, true);
    backend::services::PurgeService purge(t.appStore, t.appStores, *purgeKeys, t.signer);
    try {
        purge.run(noonInTokyo(2029, 12, 1), {});
        FAIL("a second purge ran");
    } catch (const domain::Conflict& e) {
        CHECK(e.code() == "purge_running");
    }
    backend::services::PurgeOptions dry;
    dry.dryRun = true;
    CHECK_NOTHROW(purge.run(noonInTokyo(2029, 12, 1), dry)); // a dry run changes nothing and takes no lock
    lock.reset();
    CHECK_NOTHROW(purge.run(noonInTokyo(2029, 12, 1), {}));
}

TEST_CASE("the purge drops the NAT mappings' months once every mapping in them is past retention",
          "[retention][purge][nat][db]") {
    Purging t;
    {
        auto c = t.db.connect();
        pqxx::work tx(*c);
        tx.exec("SELECT nat_mappings_ensure_partition('2026-10-01'), nat_mappings_ensure_partition('2026-11-01')");
        // October: a mapping of the last hour of the month (Tokyo) that ended on 2026-11-01, Tokyo time.
        tx.exec_params("INSERT INTO nat_mappings (store_id, key_at, protocol, public_ip, public_port, private_ip, "
                       "private_port, started_at, ended_at, upload_id) VALUES ($1, '2026-10-31T14:30:00Z', 6, "
                       "'203.0.113.5', 40001, '10.0.0.11', 51000, '2026-10-31T14:30:00Z', '2026-10-31T15:10:00Z', 1)",
                       t.clerk.storeId);
        tx.exec_params("INSERT INTO nat_mappings (store_id, key_at, protocol, public_ip, public_port, private_ip, "
                       "private_port, started_at, ended_at, upload_id) VALUES ($1, '2026-11-22T03:00:00Z', 6, "
                       "'203.0.113.5', 40002, '10.0.0.12', 51001, '2026-11-22T03:00:00Z', '2026-11-22T04:00:00Z', 1)",
                       t.clerk.storeId);
        tx.commit();
    }
    auto purgeKeys = t.keys(t.appKeys, true);
    backend::services::PurgeService purge(t.appStore, t.appStores, *purgeKeys, t.signer);
    backend::services::PurgeOptions dry;
    dry.dryRun = true;
    // 2029-11-01 in Tokyo: the October mapping ended on 2026-11-01 there, so it is kept through 2029-11-01.
    CHECK(purge.run(noonInTokyo(2029, 11, 1), dry).counts.at("nat_mappings") == 0);
    const auto kept = purge.run(noonInTokyo(2029, 11, 1), {});
    CHECK(kept.counts.at("nat_mappings") == 0);
    CHECK(t.number("SELECT count(*) FROM nat_mappings") == 2);

    const auto dropped = purge.run(noonInTokyo(2029, 11, 2), {});
    CHECK(dropped.counts.at("nat_mappings") == 1);
    CHECK(std::count(dropped.partitionsDropped.begin(), dropped.partitionsDropped.end(), "nat_mappings_p202610") == 1);
    CHECK(t.number("SELECT count(*) FROM pg_class WHERE relname = 'nat_mappings_p202610'") == 0);
    CHECK(t.number("SELECT count(*) FROM nat_mappings") == 1);

    CHECK(purge.run(noonInTokyo(2029, 11, 22), {}).counts.at("nat_mappings") == 0); // November is not over
    // Months are UTC months: November's ends at 09:00 on 2026-12-01 in Tokyo, so it goes a day later.
    CHECK(purge.run(noonInTokyo(2029, 12, 1), {}).counts.at("nat_mappings") == 0);
    CHECK(purge.run(noonInTokyo(2029, 12, 2), {}).counts.at("nat_mappings") == 1);
    CHECK(t.number("SELECT count(*) FROM nat_mappings") == 0);
}

namespace {

/// The object that follows `"key":` in a canonical JSON document (no nested objects inside it).
std::string objectAfter(const std::string& document, const std::string& key) {
    const auto start = document.find("\"" + key + "\":{");
    if (start == std::string::npos) {
        return {};
    }
    const auto open = document.find('{', start);
    return document.substr(open, document.find('}', open) - open + 1);
}

} // namespace

TEST_CASE("each store's signed purge certificate carries that store's own counts, month partitions included",
          "[retention][purge][db]") {
    Purging t;
    const test::StaffFixture otherClerk = test::createStaff(t.db, "kichijoji", "clerk-j", "clerk");
    auto writer = t.keys(t.keyRepository, true);
    const auto verified = noonInTokyo(2026, 11, 22);
    std::vector<std::pair<std::int64_t, std::string>> records{
        {t.clerk.storeId, t.verify(*writer, "荻窪 一郎", verified)},
        {t.clerk.storeId, t.verify(*writer, "荻窪 二郎", verified)}};
    {
        backend::services::IdentityService identity(t.records, t.members, t.stores, *writer, [&] { return verified; });
        records.emplace_back(otherClerk.storeId, identity
                                                     .verify({otherClerk.staffId, otherClerk.storeId,
                                                              domain::Role::Clerk, otherClerk.login},
                                                             person("吉祥寺 三郎"))
                                                     .id);
    }
    // Each customer's visit of 20 November 2026, kept through 2029-11-20 in the month partition of November 2029.
    {
        auto c = t.db.connect();
        pqxx::work tx(*c);
        tx.exec("SELECT kiroku_ensure_partition('visits', '2029-11-01')");
        for (const auto& [store, id] : records) {
            const auto staff = store == t.clerk.storeId ? t.clerk.staffId : otherClerk.staffId;
            tx.exec_params0("INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, "
                            "ended_by, retention_until) VALUES (gen_random_uuid(), $1, $2::uuid, "
                            "'2026-11-20T01:00:00Z', $3, '2026-11-20T02:00:00Z', $3, '2029-11-20')",
                            store, id, staff);
        }
        tx.commit();
    }

    auto purgeKeys = t.keys(t.appKeys, true);
    backend::services::PurgeService purge(t.appStore, t.appStores, *purgeKeys, t.signer);
    const auto certificate = purge.run(noonInTokyo(2029, 12, 1), {});
    CHECK(std::count(certificate.partitionsDropped.begin(), certificate.partitionsDropped.end(), "visits_p202911") ==
          1);
    CHECK(certificate.counts.at("visits") == 3);
    CHECK(certificate.counts.at("identity_records") == 3);
    CHECK(certificate.storeCounts.at(t.clerk.storeId).at("visits") == 2);
    CHECK(certificate.storeCounts.at(otherClerk.storeId).at("visits") == 1);
    CHECK(certificate.storeCounts.at(t.clerk.storeId).at("identity_records") == 2);
    CHECK(certificate.storeCounts.at(otherClerk.storeId).at("identity_records") == 1);

    REQUIRE(certificate.signatures.size() == 2);
    for (const auto& sig : certificate.signatures) {
        INFO(sig.document);
        const bool first = sig.storeId == t.clerk.storeId;
        const std::string own = objectAfter(sig.document, "purged_rows");
        CHECK(own.find(std::string("\"visits\":") + (first ? "2" : "1")) != std::string::npos);
        CHECK(own.find(std::string("\"identity_records\":") + (first ? "2" : "1")) != std::string::npos);
        CHECK(own.find("\"members\":0") != std::string::npos);
        const std::string all = objectAfter(sig.document, "purged_rows_all_stores");
        CHECK(all.find("\"visits\":3") != std::string::npos);
        CHECK(all.find("\"identity_records\":3") != std::string::npos);
        CHECK(backend::services::StoreSigner::verify(t.signer.publicKey(sig.storeId).publicKey, sig.document,
                                                     sig.signature));
    }
    CHECK(t.number("SELECT count(*) FROM visits") == 0);
}
