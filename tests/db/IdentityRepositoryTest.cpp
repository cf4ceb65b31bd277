#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "crypto/Errors.h"
#include "domain/Errors.h"
#include "services/identity/IdentityFields.h"
#include "services/identity/IdentityKeyRotation.h"
#include "services/identity/IdentityService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgMemberRepository.h"
#include "storage/PgStoreRepository.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <algorithm>
#include <future>
#include <thread>

using namespace kiroku;
using backend::services::IdentityKeyRotation;
using backend::services::IdentityService;
using backend::services::IdentityVerificationInput;
using backend::services::KeyService;
using domain::CivilDate;
namespace fields = backend::services::identity_fields;

namespace {

std::chrono::system_clock::time_point noonInTokyo(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{3};
}

/// The real repositories on a fresh migrated database, with a store and a clerk.
struct Db {
    test::TestDatabase db = test::TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "shibuya", "clerk-a", "clerk");
    backend::storage::ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10)};
    backend::storage::PgKeyRepository keyRepository{pool};
    backend::storage::PgIdentityRepository records{pool};
    backend::storage::PgMemberRepository members{pool};
    backend::storage::PgStoreRepository stores{pool};
    crypto::SecretKey kekMaterial = crypto::SecretKey::generate();
    KeyService keys{keyRepository, crypto::KeyEncryptionKey(kekMaterial.clone(), 1)};
    std::chrono::system_clock::time_point now = noonInTokyo(2026, 11, 22);
    IdentityService service{records, members, stores, keys, [this] { return now; }};

    domain::StaffPrincipal principal() const {
        return {clerk.staffId, clerk.storeId, domain::Role::Clerk, clerk.login};
    }
    std::string verify(const IdentityVerificationInput& input) { return service.verify(principal(), input).id; }
    int count(const std::string& table) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1("SELECT count(*) FROM " + tx.quote_name(table))[0].as<int>();
    }
    void exec(const std::string& sql) {
        auto c = db.connect();
        pqxx::work tx(*c);
        tx.exec0(sql);
        tx.commit();
    }
};

IdentityVerificationInput canary() {
    IdentityVerificationInput in;
    in.method = "ic_chip";
    in.name = "鴫原 瑠璃子";
    in.nameKana = "シギハラ ルリコ";
    in.address = "北海道釧路市幣舞町9-87-65 カナリア荘";
    in.document.kind = "drivers_license";
    in.document.number = "441122334470";
    in.document.expiresOn = "2030-01-31";
    in.document.dateOfBirth = "1987-06-05";
    return in;
}

IdentityVerificationInput other(const std::string& name) {
    IdentityVerificationInput in = canary();
    in.name = name;
    in.nameKana.reset();
    in.address = "東京都渋谷区道玄坂1-2-3";
    in.document.number = "301234567810";
    in.document.dateOfBirth = "1995-12-24";
    return in;
}

bool holds(const pqxx::field& field, const std::string& text) {
    if (field.is_null()) {
        return false;
    }
    const std::string bytes = pqxx::binarystring(field).str();
    return bytes.find(text) != std::string::npos;
}

} // namespace

TEST_CASE("encrypted identity columns hold none of the plaintext", "[identity][db]") {
    Db t;
    const auto in = canary();
    const std::string id = t.verify(in);
    auto c = t.db.connect();
    pqxx::read_transaction tx(*c);
    const auto row = tx.exec_params1("SELECT name_enc, name_kana_enc, address_enc, date_of_birth_enc, "
                                     "document_number_enc, row_to_json(r)::text AS whole "
                                     "FROM identity_records r WHERE id = $1::uuid",
                                     id);
    const std::vector<std::string> secrets{in.name,  "鴫原",       *in.nameKana, *in.address,
                                           "幣舞町", "1987-06-05", "19870605",   "441122334470"};
    for (const auto& secret : secrets) {
        for (const char* column :
             {"name_enc", "name_kana_enc", "address_enc", "date_of_birth_enc", "document_number_enc"}) {
            INFO(column);
            CHECK_FALSE(holds(row[column], secret));
        }
        CHECK(row["whole"].as<std::string>().find(secret) == std::string::npos);
    }
    const pqxx::binarystring name(row["name_enc"]);
    CHECK(name.size() == crypto::FieldCipher::kOverhead + in.name.size());
}

TEST_CASE("a stored record reads back exactly, and only in its own store", "[identity][db]") {
    Db t;
    auto in = canary();
    in.method = "mrz";
    in.document.kind = "passport";
    in.document.number = "TK1234567";
    in.document.nationality = "JPN";
    in.document.issuedOn = "2021-03-01";
    in.document.expiresOn = "2031-03-01";
    in.document.supplementaryAddressProof = backend::rules::AddressProofInput{"utility_bill", "2026-10-15"};
    const std::string id = t.verify(in);

    const auto r = t.records.find(t.clerk.storeId, id);
    REQUIRE(r.has_value());
    CHECK(r->id == id);
    CHECK(r->method == "mrz");
    CHECK(r->documentKind == "passport");
    CHECK(r->nationality == "JPN");
    CHECK(r->documentIssuedOn == CivilDate(2021, 3, 1));
    CHECK(r->documentExpiresOn == CivilDate(2031, 3, 1));
    CHECK_FALSE(r->addressOnDocument);
    CHECK(r->addressProofKind == "utility_bill");
    CHECK(r->addressProofDate == CivilDate(2026, 10, 15));
    CHECK(r->verifiedBy == t.clerk.staffId);
    CHECK(std::chrono::abs(r->verifiedAt - t.now) < std::chrono::milliseconds(1));
    CHECK(r->lastServiceOn == CivilDate(2026, 11, 22));
    CHECK(r->retentionUntil == CivilDate(2029, 11, 22));

    const auto summary = t.service.find(t.clerk.storeId, id);
    REQUIRE(summary.has_value());
    CHECK(summary->name == in.name);
    CHECK(summary->dateOfBirth == CivilDate(1987, 6, 5));

    const auto elsewhere = test::createStaff(t.db, "shinjuku", "clerk-b", "clerk");
    CHECK_FALSE(t.records.find(elsewhere.storeId, id).has_value());
    CHECK_FALSE(t.service.find(elsewhere.storeId, id).has_value());
    CHECK_FALSE(t.service.find(t.clerk.storeId, "00000000-0000-4000-8000-000000000000").has_value());
    CHECK_FALSE(t.service.find(t.clerk.storeId, "x'; SELECT 1; --").has_value());
}

TEST_CASE("a ciphertext copied to another row or column fails to decrypt with DecryptionError", "[identity][db]") {
    Db t;
    const std::string victim = t.verify(canary());
    const std::string target = t.verify(other("佐藤 花子"));

    SECTION("another row's name") {
        t.exec("UPDATE identity_records SET name_enc = (SELECT name_enc FROM identity_records WHERE id = '" + victim +
               "') WHERE id = '" + target + "'");
    }
    SECTION("the same row's date of birth as its name") {
        t.exec("UPDATE identity_records SET name_enc = date_of_birth_enc WHERE id = '" + target + "'");
    }
    CHECK_THROWS_AS(t.service.find(t.clerk.storeId, target), crypto::DecryptionError);
    // The victim's own record still reads.
    CHECK(t.service.find(t.clerk.storeId, victim)->name == canary().name);
}

TEST_CASE("a refused verification writes nothing", "[identity][db]") {
    Db t;
    auto in = canary();
    in.document.kind = "my_number_card";
    in.document.number = "123456789012";
    CHECK_THROWS_AS(t.verify(in), domain::RuleViolation);
    in.document.number.clear();
    in.address.reset();
    CHECK_THROWS_AS(t.verify(in), domain::ValidationError);
    CHECK(t.count("identity_records") == 0);
}

TEST_CASE("rotating the KEK re-wraps every data key and the records still read under the new KEK only",
          "[identity][db][keys]") {
    Db t;
    const std::string id = t.verify(canary());
    t.now = noonInTokyo(2026, 12, 22);
    const std::string later = t.verify(other("佐藤 花子"));
    REQUIRE(t.count("data_keys") == 3); // index root + two retention months

    backend::storage::PgIdentityKeyMaintenance maintenance(t.pool);
    IdentityKeyRotation rotation(maintenance, 2);
    const crypto::KeyEncryptionKey current(t.kekMaterial.clone(), 1);
    crypto::SecretKey nextMaterial = crypto::SecretKey::generate();
    const crypto::KeyEncryptionKey next(nextMaterial.clone(), 2);
    const auto report = rotation.rotateKek(current, next);
    CHECK(report.rewrapped == 3);
    CHECK(report.otherVersion == 0);
    for (const auto& key : t.keyRepository.allLive()) {
        CHECK(key.kekVersion == 2);
    }
    CHECK(rotation.rotateKek(current, next).rewrapped == 0);

    KeyService fresh(t.keyRepository, crypto::KeyEncryptionKey(nextMaterial.clone(), 2));
    IdentityService reader(t.records, t.members, t.stores, fresh);
    CHECK(reader.find(t.clerk.storeId, id)->name == canary().name);
    CHECK(reader.find(t.clerk.storeId, later)->name == "佐藤 花子");

    KeyService stale(t.keyRepository, crypto::KeyEncryptionKey(t.kekMaterial.clone(), 1));
    IdentityService staleReader(t.records, t.members, t.stores, stale);
    CHECK_THROWS_AS(staleReader.find(t.clerk.storeId, id), crypto::DecryptionError);
}

TEST_CASE("rotating with the wrong current KEK changes nothing", "[identity][db][keys]") {
    Db t;
    t.verify(canary());
    backend::storage::PgIdentityKeyMaintenance maintenance(t.pool);
    IdentityKeyRotation rotation(maintenance);
    const crypto::KeyEncryptionKey wrong(crypto::SecretKey::generate(), 1);
    const crypto::KeyEncryptionKey next(crypto::SecretKey::generate(), 2);
    CHECK_THROWS_AS(rotation.rotateKek(wrong, next), crypto::DecryptionError);
    for (const auto& key : t.keyRepository.allLive()) {
        CHECK(key.kekVersion == 1);
    }
}

TEST_CASE("re-encryption retires each month's key and moves its records to a new key of the same month",
          "[identity][db][keys]") {
    Db t;
    const std::string a = t.verify(canary());
    const std::string b = t.verify(other("佐藤 花子"));
    const auto before = t.records.find(t.clerk.storeId, a);
    const std::uint32_t oldKey = before->fields.keyId;

    backend::storage::PgIdentityKeyMaintenance maintenance(t.pool);
    IdentityKeyRotation rotation(maintenance, 1);
    KeyService cliKeys(t.keyRepository, crypto::KeyEncryptionKey(t.kekMaterial.clone(), 1));
    const auto report = rotation.reencrypt(cliKeys, true);
    CHECK(report.keysRetired == 1);
    REQUIRE(report.keys.size() == 1);
    CHECK(report.keys[0].fromKeyId == oldKey);
    CHECK(report.keys[0].scope == "retention:2029-11");
    CHECK(report.keys[0].reencrypted == 2);
    CHECK(report.keys[0].failed == 0);

    const auto after = t.records.find(t.clerk.storeId, a);
    CHECK(after->fields.keyId == report.keys[0].toKeyId);
    CHECK(after->fields.keyId != oldKey);
    CHECK(after->fields.name != before->fields.name);
    CHECK(after->nameDobIndex == before->nameDobIndex);
    CHECK(maintenance.countRecordsUnderKey(oldKey) == 0);

    KeyService fresh(t.keyRepository, crypto::KeyEncryptionKey(t.kekMaterial.clone(), 1));
    IdentityService reader(t.records, t.members, t.stores, fresh);
    CHECK(reader.find(t.clerk.storeId, a)->name == canary().name);
    CHECK(reader.find(t.clerk.storeId, b)->name == "佐藤 花子");
    CHECK(fresh.personalKeyFor("2029-11") == report.keys[0].toKeyId);
}

TEST_CASE("re-encryption skips a record that was rewritten under the new key while it waited for the row lock",
          "[identity][db][keys]") {
    Db t;
    const std::string a = t.verify(canary());
    const std::string b = t.verify(other("佐藤 花子"));
    const std::uint32_t oldKey = t.records.find(t.clerk.storeId, a)->fields.keyId;
    backend::storage::PgIdentityKeyMaintenance maintenance(t.pool);
    REQUIRE(maintenance.retireKey(oldKey));
    KeyService cliKeys(t.keyRepository, crypto::KeyEncryptionKey(t.kekMaterial.clone(), 1));
    const std::uint32_t newKey = cliKeys.personalKeyFor("2029-11");
    REQUIRE(newKey != oldKey);

    // Another writer (a server) holds record a and rewrites it under the new key.
    t.keys.ensureLoaded(newKey);
    auto nameUnderNewKey = t.keys.cipher().encrypt(fields::context(fields::kName, a, newKey), canary().name);
    auto addressUnderNewKey = t.keys.cipher().encrypt(fields::context(fields::kAddress, a, newKey), *canary().address);
    auto dobUnderNewKey = t.keys.cipher().encrypt(fields::context(fields::kDateOfBirth, a, newKey), "1987-06-05");
    auto writer = t.db.connect();
    pqxx::work held(*writer);
    held.exec_params("SELECT 1 FROM identity_records WHERE id = $1::uuid FOR UPDATE", a);
    held.exec_params(
        "UPDATE identity_records SET key_id = $2, name_enc = $3, address_enc = $4, date_of_birth_enc = $5, "
        "name_kana_enc = NULL, document_number_enc = NULL WHERE id = $1::uuid",
        a, newKey, pqxx::binarystring(nameUnderNewKey.data(), nameUnderNewKey.size()),
        pqxx::binarystring(addressUnderNewKey.data(), addressUnderNewKey.size()),
        pqxx::binarystring(dobUnderNewKey.data(), dobUnderNewKey.size()));

    IdentityKeyRotation rotation(maintenance, 10);
    auto running = std::async(std::launch::async, [&] { return rotation.reencrypt(cliKeys, false); });
    CHECK(running.wait_for(std::chrono::milliseconds(500)) == std::future_status::timeout); // waiting for the lock
    held.commit();
    const auto report = running.get();
    REQUIRE(report.keys.size() == 1);
    CHECK(report.keys[0].reencrypted == 1); // b only
    CHECK(report.keys[0].failed == 0);

    const auto rowA = t.records.find(t.clerk.storeId, a);
    CHECK(rowA->fields.keyId == newKey);
    CHECK(rowA->fields.name == nameUnderNewKey);
    CHECK(t.records.find(t.clerk.storeId, b)->fields.keyId == newKey);
    CHECK(t.service.find(t.clerk.storeId, a)->name == canary().name);
    CHECK(t.service.find(t.clerk.storeId, b)->name == "佐藤 花子");
}
