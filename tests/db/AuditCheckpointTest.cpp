#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Errors.h"
#include "crypto/Random.h"
#include "services/audit/CheckpointScheduler.h"
#include "services/audit/CheckpointService.h"
#include "services/signing/StoreSigner.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "storage/PgCheckpointRepository.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreRepository.h"
#include "support/Fixtures.h"
#include "support/TestCluster.h"
#include "support/TestDatabase.h"

#include "AuditTamperSupport.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <filesystem>
#include <fstream>

using namespace kiroku;
using backend::services::CheckpointService;
using test::TestDatabase;

namespace {

class FixedClock : public backend::services::Clock {
public:
    std::chrono::system_clock::time_point at = std::chrono::system_clock::now();
    std::chrono::system_clock::time_point now() const override { return at; }
};

/// A store whose server role appends entries, with a signer and the checkpoint service.
struct Checkpointed {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "kanda", "clerk-a", "clerk", 1);
    backend::storage::ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10), "kiroku_app"};
    backend::storage::PgAuditLog log{pool};
    backend::storage::PgCheckpointRepository checkpointRepository{pool};
    backend::storage::PgSigningKeyRepository signingKeys{pool};
    backend::storage::PgStoreRepository stores{pool};
    crypto::KeyEncryptionKey kek{crypto::SecretKey::generate(), 1};
    backend::services::StoreSigner signer{signingKeys, kek};
    FixedClock clock;
    CheckpointService checkpoints{checkpointRepository, log, signer, stores, clock};

    void append(int count) {
        for (int i = 0; i < count; ++i) {
            domain::AuditEntry e;
            e.storeId = clerk.storeId;
            e.action = "visit.check_in";
            e.actor = domain::AuditActor::staff(clerk.staffId);
            e.reason = "identity_record";
            e.at = std::chrono::system_clock::now();
            e.details["booth_id"] = std::int64_t{i};
            log.append(e);
        }
    }
};

} // namespace

TEST_CASE("a checkpoint signs the chain head with the store's key and is itself recorded in the chain",
          "[db][audit][checkpoint]") {
    Checkpointed t;
    t.append(5);
    const auto checkpoint = t.checkpoints.create(t.clerk.storeId, domain::AuditActor::operatorNamed("root"));
    REQUIRE(checkpoint);
    CHECK(checkpoint->length == 5);
    CHECK(checkpoint->storeCode == "kanda");
    CHECK(checkpoint->publicKeyPem.rfind("-----BEGIN PUBLIC KEY-----", 0) == 0);
    CHECK(checkpoint->signature.size() == 64);
    CHECK(checkpoint->payload.find("\"head_hash\":\"" + checkpoint->headHash + "\"") != std::string::npos);
    const auto chain = backend::services::AuditVerifier(t.log).verify(t.clerk.storeId);
    CHECK(chain.ok);
    CHECK(chain.length == 6);
    const auto entry = t.log.entryAt(t.clerk.storeId, 6);
    REQUIRE(entry);
    CHECK(entry->action == "audit.checkpoint");
    CHECK(entry->document.find(checkpoint->headHash) != std::string::npos);
    const auto latest = t.checkpoints.latest(t.clerk.storeId);
    REQUIRE(latest);
    CHECK(latest->payload == checkpoint->payload);
    CHECK(latest->signature == checkpoint->signature);
    CHECK(t.checkpoints.check(*latest).ok);
}

TEST_CASE("the store's private signing key is stored only wrapped by the key-encryption key",
          "[db][audit][checkpoint]") {
    Checkpointed t;
    const auto key = t.signer.publicKey(t.clerk.storeId);
    auto c = t.db.connect();
    pqxx::read_transaction tx(*c);
    const auto row = tx.exec_params1("SELECT length(wrapped_private_key), kek_version, public_key FROM "
                                     "store_signing_keys WHERE store_id = $1",
                                     t.clerk.storeId);
    CHECK(row[0].as<int>() == 65);
    CHECK(row[1].as<int>() == 1);
    // Another KEK cannot use it.
    crypto::KeyEncryptionKey otherKek{crypto::SecretKey::generate(), 1};
    backend::services::StoreSigner stranger(t.signingKeys, otherKek);
    CHECK_THROWS_AS(stranger.sign(t.clerk.storeId, "x"), crypto::DecryptionError);
    CHECK(t.signer.publicKey(t.clerk.storeId).keyId == key.keyId);
}

TEST_CASE("an exported checkpoint verifies with openssl pkeyutl from its public key, payload and signature",
          "[db][audit][checkpoint]") {
    Checkpointed t;
    t.append(3);
    const auto checkpoint = t.checkpoints.create(t.clerk.storeId, domain::AuditActor::operatorNamed("root"));
    const auto dir = std::filesystem::temp_directory_path() / ("kiroku-checkpoint-" + crypto::randomHex(6));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "public.pem") << checkpoint->publicKeyPem;
    std::ofstream(dir / "payload.json", std::ios::binary) << checkpoint->payload;
    std::ofstream(dir / "signature.bin", std::ios::binary)
        .write(reinterpret_cast<const char*>(checkpoint->signature.data()),
               static_cast<std::streamsize>(checkpoint->signature.size()));
    const std::string verify = "openssl pkeyutl -verify -pubin -inkey " +
                               test::shellQuote((dir / "public.pem").string()) + " -rawin -in " +
                               test::shellQuote((dir / "payload.json").string()) + " -sigfile " +
                               test::shellQuote((dir / "signature.bin").string());
    std::string out;
    CHECK(test::runCommand(verify, &out) == 0);
    CHECK(out.find("Signature Verified Successfully") != std::string::npos);
    std::ofstream(dir / "payload.json", std::ios::binary) << checkpoint->payload << ' ';
    CHECK(test::runCommand(verify, &out) != 0);
    std::filesystem::remove_all(dir);
}

TEST_CASE("an old checkpoint still verifies after the chain grows", "[db][audit][checkpoint]") {
    Checkpointed t;
    t.append(4);
    const auto old = t.checkpoints.create(t.clerk.storeId, domain::AuditActor::system());
    t.append(10);
    const auto result = t.checkpoints.check(*old);
    CHECK(result.ok);
    CHECK(result.code == "ok");
    CHECK(result.chain.length == 15);
}

TEST_CASE("a chain rewritten consistently after a checkpoint is caught by the old checkpoint",
          "[db][audit][checkpoint][tamper]") {
    Checkpointed t;
    t.append(6);
    const auto old = t.checkpoints.create(t.clerk.storeId, domain::AuditActor::system());
    t.append(2);
    // The attacker deletes entry 3 and rehashes everything after it, moving the head: the chain holds together again.
    test::tamper(t.db, "DELETE FROM audit_log WHERE chain_id = $1 AND seq = 3", t.clerk.storeId);
    test::tamper(t.db, "UPDATE audit_log SET seq = seq + 1000000 WHERE chain_id = $1 AND seq > 3", t.clerk.storeId);
    test::tamper(t.db, "UPDATE audit_log SET seq = seq - 1000000 - 1 WHERE chain_id = $1 AND seq > 1000000",
                 t.clerk.storeId);
    test::rehashFrom(t.db, t.clerk.storeId, 3);
    CHECK(backend::services::AuditVerifier(t.log).verify(t.clerk.storeId).ok);
    const auto result = t.checkpoints.check(*old);
    CHECK_FALSE(result.ok);
    CHECK(result.code == "rewritten");
}

TEST_CASE("a checkpoint with a forged field or signature is refused", "[db][audit][checkpoint]") {
    Checkpointed t;
    t.append(2);
    const auto good = *t.checkpoints.create(t.clerk.storeId, domain::AuditActor::system());
    auto forged = good;
    forged.length = 1;
    CHECK(t.checkpoints.check(forged).code == "payload_mismatch");
    forged = good;
    forged.signature[10] ^= 0x01;
    CHECK(t.checkpoints.check(forged).code == "bad_signature");
    // A key pair of the attacker's own, with a payload they signed: not the store's key.
    const auto attacker = crypto::generateEd25519();
    forged = good;
    forged.publicKeyPem = crypto::ed25519PublicKeyPem(attacker.publicKey);
    forged.signature = crypto::ed25519Sign(attacker.privateKey, crypto::asBytes(forged.payload));
    CHECK(t.checkpoints.check(forged).code == "unknown_key");
}

TEST_CASE("the daily job checkpoints each store once after the checkpoint time, in the store's time zone",
          "[db][audit][checkpoint]") {
    Checkpointed t;
    t.append(1);
    // 03:59 in Tokyo: not yet; 04:00: once; later the same day: nothing more.
    t.clock.at =
        std::chrono::sys_days(std::chrono::year{2026} / 11 / 21) + std::chrono::hours(18) + std::chrono::minutes(59);
    backend::services::CheckpointScheduler job(t.checkpoints, t.stores, t.clock, {4, 0},
                                               [](const std::string&, std::int64_t, const std::string&) {});
    CHECK(job.runOnce() == 0);
    t.clock.at += std::chrono::minutes(1);
    CHECK(job.runOnce() == 1);
    t.clock.at += std::chrono::hours(5);
    CHECK(job.runOnce() == 0);
    t.clock.at += std::chrono::hours(19);
    CHECK(job.runOnce() == 1);
    CHECK(t.checkpoints.latest(t.clerk.storeId)->length == 2); // one entry, then the first checkpoint's entry
}
