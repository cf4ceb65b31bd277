#include "IdentityTestSupport.h"

#include "crypto/Errors.h"
#include "services/identity/IdentityFields.h"
#include "services/identity/IdentityService.h"
#include "text/Normalizer.h"

#include <algorithm>
#include <map>

using namespace kiroku;
using backend::services::IdentityService;
using backend::services::IdentityVerificationInput;
using backend::services::KeyService;
using domain::CivilDate;
using kiroku::tests::thrownBy;
namespace fields = backend::services::identity_fields;

namespace {

// Fakes of the repositories: this file tests what the service builds, not how it is stored (tests/db does that).
class FakeKeys : public domain::KeyRepository {
public:
    std::optional<domain::StoredDataKey> findCurrent(const std::string& purpose, const std::string& scope) override {
        for (const auto& [id, key] : keys) {
            if (key.purpose == purpose && key.scope == scope) {
                return key;
            }
        }
        return std::nullopt;
    }
    std::optional<domain::StoredDataKey> findById(std::uint32_t id) override {
        const auto it = keys.find(id);
        return it == keys.end() ? std::nullopt : std::optional(it->second);
    }
    std::uint32_t nextKeyId() override { return ++lastId; }
    domain::StoredDataKey insertCurrent(const domain::StoredDataKey& key) override { return keys[key.id] = key; }
    std::vector<domain::StoredDataKey> allLive() override {
        std::vector<domain::StoredDataKey> all;
        for (const auto& [id, key] : keys) {
            all.push_back(key);
        }
        return all;
    }
    std::map<std::uint32_t, domain::StoredDataKey> keys;
    std::uint32_t lastId = 0;
};

class FakeRecords : public domain::IdentityRepository {
public:
    void insert(const domain::StoredIdentityRecord& record, const domain::AuditEntry& audit) override {
        rows.push_back(record);
        audits.push_back(audit);
    }
    std::optional<domain::RecordedResponse> insertOnce(const domain::StoredIdentityRecord& record,
                                                       const domain::IdempotencyKey& key,
                                                       const domain::StoredResponse& answer,
                                                       const domain::AuditEntry& audit) override {
        if (const auto it = answers.find(key.key); it != answers.end()) {
            return it->second;
        }
        rows.push_back(record);
        audits.push_back(audit);
        answers[key.key] = {key.requestHash, answer};
        return std::nullopt;
    }
    std::optional<domain::StoredIdentityRecord> find(std::int64_t storeId, const std::string& id) override {
        for (const auto& r : rows) {
            if (r.storeId == storeId && r.id == id) {
                return r;
            }
        }
        return std::nullopt;
    }
    std::optional<domain::StoredIdentityRecord> read(std::int64_t storeId, const std::string& id,
                                                     const domain::AuditEntry& audit) override {
        auto record = find(storeId, id);
        if (record) {
            audits.push_back(audit);
        }
        return record;
    }
    std::vector<domain::StoredIdentityRecord> rows;
    std::vector<domain::AuditEntry> audits;
    std::map<std::string, domain::RecordedResponse> answers;
};

class FakeAnswers : public domain::IdempotencyStore {
public:
    explicit FakeAnswers(FakeRecords& records) : m_records(records) {}
    std::optional<domain::RecordedResponse> find(std::int64_t, const std::string& key) override {
        const auto it = m_records.answers.find(key);
        return it == m_records.answers.end() ? std::nullopt : std::optional(it->second);
    }

private:
    FakeRecords& m_records;
};

class FakeMembers : public domain::MemberRepository {
public:
    void insertMember(const domain::NewMember&) override {}
    std::size_t insertCard(const domain::NewMemberCard&) override { return 0; }
    std::optional<domain::MemberCardHolder> findLiveCard(std::int64_t, const std::string& tokenHash) override {
        ++lookups;
        lastHash = tokenHash;
        return std::nullopt;
    }
    int lookups = 0;
    std::string lastHash;
};

class FakeStores : public domain::StoreRepository {
public:
    std::optional<domain::Store> find(std::int64_t storeId) override {
        if (storeId != 7) {
            return std::nullopt;
        }
        return domain::Store{7, "shibuya", "渋谷店", domain::StoreRules::defaults()};
    }
};

struct Fixture {
    FakeKeys keyRepository;
    FakeRecords records;
    FakeMembers members;
    FakeStores stores;
    KeyService keys{keyRepository, crypto::KeyEncryptionKey(crypto::SecretKey::generate(), 1)};
    std::chrono::system_clock::time_point now;
    IdentityService service{records, members, stores, keys, [this] { return now; }};
    domain::StaffPrincipal clerk{21, 7, domain::Role::Clerk, "clerk-a"};

    explicit Fixture(std::chrono::sys_seconds at) : now(at) {}

    std::string decrypt(const domain::StoredIdentityRecord& r, const char* column, const domain::ByteString& blob) {
        keys.ensureLoaded(r.fields.keyId);
        return keys.cipher().decrypt(fields::context(column, r.id, r.fields.keyId), blob);
    }
};

std::chrono::sys_seconds utc(int y, unsigned m, unsigned d, int hour) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{hour};
}

IdentityVerificationInput license() {
    IdentityVerificationInput in;
    in.method = "ic_chip";
    in.name = "山田 太郎";
    in.nameKana = "ヤマダ タロウ";
    in.address = "東京都千代田区千代田1-1";
    in.document.kind = "drivers_license";
    in.document.number = "3012-3456-7810";
    in.document.expiresOn = "2029-05-01";
    in.document.dateOfBirth = "1990-04-01";
    return in;
}

bool contains(const domain::ByteString& blob, const std::string& text) {
    return std::search(blob.begin(), blob.end(), text.begin(), text.end()) != blob.end();
}

} // namespace

TEST_CASE("a verification is recorded on the store's local date, under the key of its retention month",
          "[identity][service]") {
    // 16:00 UTC on 22 November is already 23 November in Tokyo.
    Fixture f(utc(2026, 11, 22, 16));
    const auto result = f.service.verify(f.clerk, license());
    REQUIRE(f.records.rows.size() == 1);
    const auto& r = f.records.rows[0];
    CHECK(r.id == result.id);
    CHECK(r.storeId == 7);
    CHECK(r.verifiedBy == 21);
    CHECK(r.verifiedAt == f.now);
    CHECK(r.lastServiceOn == CivilDate(2026, 11, 23));
    CHECK(r.retentionUntil == CivilDate(2029, 11, 23));
    CHECK(result.retentionUntil == CivilDate(2029, 11, 23));
    CHECK(r.fields.keyId == f.keys.personalKeyFor("2029-11"));
    CHECK(result.age == 36);
    CHECK_FALSE(result.minor);
    CHECK(result.warnings.empty());
    CHECK(r.documentKind == "drivers_license");
    CHECK(r.method == "ic_chip");
    CHECK(r.addressOnDocument);
}

TEST_CASE("personal fields are stored encrypted, bound to their column and row, with blind indexes",
          "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    const auto input = license();
    f.service.verify(f.clerk, input);
    const auto& r = f.records.rows.at(0);
    CHECK(f.decrypt(r, fields::kName, r.fields.name) == input.name);
    CHECK(f.decrypt(r, fields::kNameKana, *r.fields.nameKana) == *input.nameKana);
    CHECK(f.decrypt(r, fields::kAddress, r.fields.address) == *input.address);
    CHECK(f.decrypt(r, fields::kDateOfBirth, r.fields.dateOfBirth) == "1990-04-01");
    // The number is stored normalised (no hyphens).
    CHECK(f.decrypt(r, fields::kDocumentNumber, *r.fields.documentNumber) == "301234567810");
    CHECK_FALSE(contains(r.fields.name, "山田"));
    CHECK_FALSE(contains(r.fields.address, "千代田"));
    CHECK_FALSE(contains(*r.fields.documentNumber, "301234567810"));
    // An address ciphertext read as the name column does not decrypt.
    CHECK_THROWS_AS(f.decrypt(r, fields::kName, r.fields.address), crypto::DecryptionError);
    CHECK(r.nameDobIndex == f.keys.nameDobIndex().compute({text::normalizeName(input.name), "1990-04-01"}));
    REQUIRE(r.documentNumberIndex.has_value());
    CHECK(*r.documentNumberIndex == f.keys.documentNumberIndex().compute({"drivers_license", "301234567810"}));
}

TEST_CASE("a My Number card's individual number is refused and nothing is recorded", "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    auto input = license();
    input.document.kind = "my_number_card";
    input.document.number = "123456789012";
    const auto error = thrownBy<domain::RuleViolation>([&] { f.service.verify(f.clerk, input); });
    CHECK(error.code() == "number_not_allowed");
    CHECK(error.field() == "document.number");
    CHECK(f.records.rows.empty());
}

TEST_CASE("a My Number card is recorded without any number or number index", "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    auto input = license();
    input.document.kind = "my_number_card";
    input.document.number.clear();
    f.service.verify(f.clerk, input);
    REQUIRE(f.records.rows.size() == 1);
    CHECK_FALSE(f.records.rows[0].fields.documentNumber.has_value());
    CHECK_FALSE(f.records.rows[0].documentNumberIndex.has_value());
}

TEST_CASE("twelve digits typed into the address of a My Number card's record are refused", "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    auto input = license();
    input.document.kind = "my_number_card";
    input.document.number.clear();
    input.address = "東京都千代田区 1234 5678 9012";
    const auto error = thrownBy<domain::ValidationError>([&] { f.service.verify(f.clerk, input); });
    CHECK(error.field() == "person.address");
    CHECK(f.records.rows.empty());
}

TEST_CASE("a verification without a residential address is refused naming person.address", "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    auto input = license();
    input.address.reset();
    const auto error = thrownBy<domain::ValidationError>([&] { f.service.verify(f.clerk, input); });
    CHECK(error.field() == "person.address");
    CHECK(f.records.rows.empty());
}

TEST_CASE("a minor is flagged, with a warning for staff", "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    auto input = license();
    input.document.dateOfBirth = "2010-01-15";
    const auto result = f.service.verify(f.clerk, input);
    CHECK(result.minor);
    CHECK(result.age == 16);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].code == "minor");
    CHECK(result.warnings[0].message.find("18") != std::string::npos);
}

TEST_CASE("the directory finds a record by id in its store only, and never by a malformed id", "[identity][service]") {
    Fixture f(utc(2026, 11, 22, 3));
    const auto result = f.service.verify(f.clerk, license());
    const auto found = f.service.find(7, result.id);
    REQUIRE(found.has_value());
    CHECK(found->name == "山田 太郎");
    CHECK(found->dateOfBirth == CivilDate(1990, 4, 1));
    CHECK(found->retentionUntil == CivilDate(2029, 11, 22));
    std::string upper = result.id;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    CHECK(f.service.find(7, upper).has_value());
    CHECK_FALSE(f.service.find(8, result.id).has_value());
    CHECK_FALSE(f.service.find(7, "not-a-uuid").has_value());
    CHECK_FALSE(f.service.find(7, "' OR 1=1 --").has_value());
}

TEST_CASE("a 12-digit card token is refused before it is hashed or looked up", "[identity][members]") {
    Fixture f(utc(2026, 11, 22, 3));
    const auto error = thrownBy<domain::ValidationError>([&] { f.service.findByCardToken(7, "123456789012"); });
    CHECK(error.field() == "token");
    CHECK(f.members.lookups == 0);
    CHECK_FALSE(f.service.findByCardToken(7, "kq3Z-0aR81xPqv_s2LmN0d7YfWc9eTbh").has_value());
    CHECK(f.members.lookups == 1);
    CHECK(f.members.lastHash.size() == 64);
    CHECK(f.members.lastHash != "kq3Z-0aR81xPqv_s2LmN0d7YfWc9eTbh");
}

TEST_CASE("a retried verification with the same idempotency key gets the first answer and records nothing more",
          "[identity][service][idempotency]") {
    Fixture f(utc(2026, 11, 22, 3));
    FakeAnswers answers(f.records);
    const domain::IdempotencyKey key{7, 21, "key-0001", "sha256-of-the-request"};
    int rendered = 0;
    const auto render = [&](const backend::services::IdentityVerificationResult& r) {
        ++rendered;
        return domain::StoredResponse{201, "{\"id\":\"" + r.id + "\"}"};
    };
    const auto first = f.service.verifyOnce(f.clerk, license(), key, answers, render);
    const auto again = f.service.verifyOnce(f.clerk, license(), key, answers, render);
    CHECK(first == again);
    CHECK(rendered == 1);
    CHECK(f.records.rows.size() == 1);
    // The stored request hash is keyed, never the plain hash of a request full of personal data.
    CHECK(f.records.answers.at("key-0001").requestHash != key.requestHash);
    CHECK(f.records.answers.at("key-0001").requestHash.size() == 64);

    // The retry is answered even after the document has expired: the first answer stands.
    f.now = utc(2029, 6, 1, 3);
    CHECK(f.service.verifyOnce(f.clerk, license(), key, answers, render) == first);

    const domain::IdempotencyKey reused{7, 21, "key-0001", "sha256-of-another-request"};
    const auto error =
        thrownBy<domain::RuleViolation>([&] { f.service.verifyOnce(f.clerk, license(), reused, answers, render); });
    CHECK(error.code() == "idempotency_key_reused");
    CHECK(f.records.rows.size() == 1);
}
