#include "RetentionTestSupport.h"

#include "crypto/Errors.h"
#include "crypto/KeyVault.h"
#include "services/identity/IdentityService.h"
#include "services/keys/KeyService.h"
#include "services/stores/CachedStoreRepository.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgMemberRepository.h"
#include "storage/PgStoreRepository.h"

using namespace kiroku;
using namespace kiroku::test;

namespace {

std::string clusterArgs(const std::string& database) {
    auto& cluster = TestCluster::instance();
    return " -h " + shellQuote(cluster.host()) + " -p " + cluster.port() + " -U " + cluster.user() + " -d " +
           shellQuote(database);
}

/// Reads identity records the way the server does (IdentityService over the real repositories and key service),
/// with the test KEK and key vault, from the database `dsn`.
struct Reader {
    explicit Reader(const std::string& dsn)
        : pool(dsn, 2, std::chrono::seconds(10)),
          keys(keyRepository, crypto::KeyEncryptionKey::fromFile(testCertificateDir() + "/kek.hex", 1),
               crypto::KeyVault(testKeyVaultDir(), [this] { return keyRepository.vaultInstance(); })) {}

    std::optional<domain::IdentitySummary> find(std::int64_t storeId, const std::string& id) {
        return identity.find(storeId, id);
    }

    backend::storage::ConnectionPool pool;
    backend::storage::PgKeyRepository keyRepository{pool};
    backend::storage::PgIdentityRepository records{pool};
    backend::storage::PgMemberRepository members{pool};
    backend::storage::PgStoreRepository stores{pool};
    backend::services::KeyService keys;
    backend::services::IdentityService identity{records, members, stores, keys};
};

} // namespace

TEST_CASE("a backup taken before a purge, restored, cannot decrypt the purged customers but still decrypts the "
          "retained ones",
          "[retention][shredding][e2e]") {
    RetentionStore store;
    const Customer purged = store.comeOn("2026-11-22", "抹消 太郎");
    const Customer retained = store.comeOn("2027-06-15", "保持 花子");
    CHECK(store.keyScopeOf(purged.identityId) == "retention:2029-11");
    CHECK(store.keyScopeOf(retained.identityId) == "retention:2030-06");

    // The backup: a real pg_dump of the live database, which holds every wrapped key and every ciphertext.
    const std::string dumpFile =
        (std::filesystem::temp_directory_path() / (store.db.name() + "-before-purge.dump")).string();
    std::string out;
    REQUIRE(runCommand(shellQuote(TestCluster::pgProgram("pg_dump")) + " -Fc --no-owner -f " + shellQuote(dumpFile) +
                           clusterArgs(store.db.name()),
                       &out) == 0);

    // The purge once November 2029 is over: the customer is gone and so is the month's key, vault half included.
    const std::string purgeOut = store.purged("2029-12-01T00:30:00+09:00");
    INFO(purgeOut);
    CHECK(purgeOut.find("keys were destroyed: 2029-11") != std::string::npos);
    CHECK(store.countWhere("identity_records", "id", purged.identityId) == 0);

    // The backup, restored into a database of its own.
    auto restored = TestDatabase::empty();
    REQUIRE(runCommand(shellQuote(TestCluster::pgProgram("pg_restore")) + " --no-owner --exit-on-error" +
                           clusterArgs(restored.name()) + " " + shellQuote(dumpFile),
                       &out) == 0);
    std::filesystem::remove(dumpFile);
    CHECK(queryNumber(restored, "SELECT count(*) FROM identity_records") == 2);
    CHECK(queryNumber(restored, "SELECT count(*) FROM data_keys WHERE scope = 'retention:2029-11' AND "
                                "wrapped_key IS NOT NULL") == 1);

    Reader reader(restored.dsn());
    // The purged customer's record is in the backup, wrapped key and all, yet it can never be read again: a hard,
    // specific error, never an empty value.
    CHECK_THROWS_AS(reader.find(store.clerk.storeId, purged.identityId), crypto::KeyDestroyedError);
    try {
        reader.find(store.clerk.storeId, purged.identityId);
    } catch (const crypto::KeyDestroyedError& e) {
        CHECK(std::string(e.what()).find("retention:2029-11") != std::string::npos);
    }
    // The customer still within retention reads as before from the same backup.
    const auto kept = reader.find(store.clerk.storeId, retained.identityId);
    REQUIRE(kept);
    CHECK(kept->name == "保持 花子");
    CHECK(kept->dateOfBirth.toString() == "1990-05-01");

    // And the live database agrees.
    Reader live(store.db.dsn());
    CHECK_FALSE(live.find(store.clerk.storeId, purged.identityId));
    REQUIRE(live.find(store.clerk.storeId, retained.identityId));
}
