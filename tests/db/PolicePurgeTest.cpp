#include "PoliceTestSupport.h"

#include "crypto/Errors.h"
#include "services/audit/AuditVerifier.h"
#include "services/identity/IdentityKeyRotation.h"
#include "services/retention/LegalHoldService.h"
#include "services/retention/PurgeService.h"
#include "storage/PgAuditLog.h"
#include "storage/PgLegalHoldRepository.h"
#include "storage/PgRetentionStore.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kiroku;
using namespace kiroku::test;

namespace {

/// Noon in Tokyo on a day.
Instant noonInTokyo(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{3};
}

/// The object that follows `"name":` in a canonical JSON document (no nested objects inside it).
std::string objectAfter(const std::string& document, const std::string& name) {
    const auto start = document.find("\"" + name + "\":{");
    if (start == std::string::npos) {
        return {};
    }
    return document.substr(start, document.find('}', start) - start + 1);
}

template <typename T, typename V> bool contains(const std::vector<T>& items, const V& value) {
    return std::find(items.begin(), items.end(), value) != items.end();
}

/// A store (its keys split with a key vault) where a customer sat in B01 on 2026-11-20 from 10:00 to 11:00, and police
/// ask about that customer on 2026-11-22: the request is kept through 2029-11-22 under the police key of 2029-11.
struct PolicePurge {
    PoliceStore s{true};
    std::string customer = s.verify({"保全 一郎", "ホゼン イチロウ", "1990-05-01", "111122223333"});
    // The purge runs as the server's role, as in the server.
    backend::storage::ConnectionPool appPool{s.db.dsn(), 2, std::chrono::seconds(10), "kiroku_app"};
    backend::storage::PgRetentionStore retention{appPool};
    backend::storage::PgStoreRepository appStores{appPool};
    backend::services::PurgeService purge{retention, appStores, s.keys, s.signer};
    backend::storage::PgLegalHoldRepository holdRepository{s.pool};
    backend::services::LegalHoldService holds{holdRepository, s.stores, s.clock};
    backend::storage::PgAuditLog log{s.pool};

    PolicePurge() {
        const std::string visit = s.checkIn(customer, "B01", tokyo(20, 10));
        s.checkout(visit, tokyo(20, 11));
        s.clock.set(tokyo(22, 15));
    }

    /// Asked by name and date of birth (CCP 197(2)); entered by one manager, approved by the other, answered: the
    /// question's personal fields and the answer are encrypted, the answer records its disclosures and places a hold.
    std::string answeredPersonRequest() {
        auto in = paperRequest(tokyo(20, 9), tokyo(20, 12));
        in.question.kind = domain::QuestionKind::Person;
        in.question.person.name = "保全 一郎";
        in.question.person.dateOfBirth = domain::CivilDate(1990, 5, 1);
        const std::string id = s.police.submit({s.managerA(), std::nullopt}, in, std::nullopt).stored.id;
        s.police.approve(s.managerB(), id);
        s.police.answer(s.managerA(), id);
        return id;
    }

    std::int64_t requests(const std::string& id) {
        return s.count("SELECT count(*) FROM police_requests WHERE id = '" + id + "'");
    }
    std::int64_t disclosures(const std::string& id) {
        return s.count("SELECT count(*) FROM police_disclosures WHERE request_id = '" + id + "'");
    }
    std::uint32_t keyOf(const std::string& id) {
        return static_cast<std::uint32_t>(s.count("SELECT key_id FROM police_requests WHERE id = '" + id + "'"));
    }
    /// The key's database half is still there.
    bool keyLive(std::uint32_t keyId) {
        return s.count("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(keyId) +
                       " AND destroyed_at IS NULL AND wrapped_key IS NOT NULL") == 1;
    }
    bool keyDestroyed(std::uint32_t keyId) {
        return s.count("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(keyId) +
                       " AND destroyed_at IS NOT NULL AND wrapped_key IS NULL") == 1;
    }
    /// The key's half in the vault is still there.
    bool inVault(std::uint32_t keyId) {
        const auto entries = s.keys.vault()->list();
        return std::any_of(entries.begin(), entries.end(), [&](const auto& e) { return e.keyId == keyId; });
    }
};

} // namespace

TEST_CASE("a police request is kept through its retention_until and purged the day after with its disclosures, "
          "and then its police key is destroyed in the database and in the key vault, and a dry run changes nothing",
          "[police][retention][purge][keys][db]") {
    PolicePurge t;
    const std::string id = t.answeredPersonRequest();
    const std::uint32_t key = t.keyOf(id);
    CHECK(t.s.count("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(key) +
                    " AND purpose = 'police_fields' AND scope = 'police:2029-11' AND vault") == 1);
    const std::int64_t disclosed = t.disclosures(id);
    REQUIRE(disclosed > 0);
    REQUIRE(t.inVault(key));

    // The manager releases the answer's hold: nothing keeps the request past its retention any more.
    const auto hold = t.holds.list(t.s.managerA()).front();
    REQUIRE(hold.policeRequestId == std::optional<std::string>(id));
    t.s.clock.set(tokyo(23, 10));
    t.holds.release(t.s.managerA(), hold.id);

    // A second store, whose request of 1 December 2026 is kept through 2029-12-01 under the key of 2029-12.
    const auto shibuya = createStaff(t.s.db, "shibuya", "manager-c", "manager", 2);
    t.s.clock.set(tokyo(30, 15) + std::chrono::hours{24});
    auto question = paperRequest(tokyo(20, 9), tokyo(20, 12));
    question.question.kind = domain::QuestionKind::Person;
    question.question.person.name = "別件 三郎";
    question.question.person.dateOfBirth = domain::CivilDate(1980, 1, 2);
    const std::string other =
        t.s.police
            .submit({domain::StaffPrincipal{shibuya.staffId, shibuya.storeId, domain::Role::Manager, shibuya.login},
                     std::nullopt},
                    question, std::nullopt)
            .stored.id;
    const std::uint32_t otherKey = t.keyOf(other);
    CHECK(otherKey != key);

    // 2029-11-22, its retention_until: kept, and its key with it.
    const auto onTheDay = t.purge.run(noonInTokyo(2029, 11, 22), {});
    CHECK(onTheDay.counts.at("police_requests") == 0);
    CHECK(onTheDay.counts.at("police_disclosures") == 0);
    CHECK(t.requests(id) == 1);
    CHECK_FALSE(contains(onTheDay.destroyedKeyIds, key));
    CHECK(onTheDay.destroyedPoliceKeyMonths.empty());
    CHECK(t.keyLive(key));

    // 2029-11-23, dry: the same figures as the real run, and nothing changes.
    backend::services::PurgeOptions dry;
    dry.dryRun = true;
    const auto preview = t.purge.run(noonInTokyo(2029, 11, 23), dry);
    CHECK(preview.counts.at("police_requests") == 1);
    CHECK(preview.counts.at("police_disclosures") == disclosed);
    CHECK(preview.destroyedPoliceKeyMonths == std::vector<std::string>{"2029-11"});
    CHECK(contains(preview.destroyedKeyIds, key));
    CHECK_FALSE(contains(preview.destroyedKeyIds, otherKey));
    CHECK(t.requests(id) == 1);
    CHECK(t.disclosures(id) == disclosed);
    CHECK(t.keyLive(key));
    CHECK(t.inVault(key));
    CHECK(t.s.count("SELECT count(*) FROM purge_certificates") == 1);

    // 2029-11-23: the request goes with its disclosures, then its police key, both halves.
    const auto purged = t.purge.run(noonInTokyo(2029, 11, 23), {});
    CHECK(purged.counts.at("police_requests") == 1);
    CHECK(purged.counts.at("police_disclosures") == disclosed);
    CHECK(t.requests(id) == 0);
    CHECK(t.disclosures(id) == 0);
    CHECK(purged.destroyedPoliceKeyMonths == std::vector<std::string>{"2029-11"});
    CHECK(contains(purged.destroyedKeyIds, key));
    CHECK(t.keyDestroyed(key));
    CHECK_FALSE(t.inVault(key));
    CHECK_THROWS_AS(t.s.keys.ensureLoaded(key), crypto::UnknownKeyError);
    CHECK(t.s.count("SELECT count(*) FROM purge_certificates WHERE destroyed_police_key_months = '{2029-11}'") == 1);

    // The other store's request, not yet past retention, and its key stay.
    CHECK(t.requests(other) == 1);
    CHECK(t.keyLive(otherKey));
    CHECK(t.inVault(otherKey));

    // Each store's signed document counts its own rows, and names the police key's month.
    REQUIRE(purged.signatures.size() == 2);
    for (const auto& sig : purged.signatures) {
        INFO(sig.document);
        const std::string own = objectAfter(sig.document, "purged_rows");
        const std::string all = objectAfter(sig.document, "purged_rows_all_stores");
        CHECK(all.find("\"police_requests\":1") != std::string::npos);
        CHECK(all.find("\"police_disclosures\":" + std::to_string(disclosed)) != std::string::npos);
        if (sig.storeId == t.s.manager.storeId) {
            CHECK(own.find("\"police_requests\":1") != std::string::npos);
            CHECK(own.find("\"police_disclosures\":" + std::to_string(disclosed)) != std::string::npos);
        } else {
            CHECK(sig.storeId == shibuya.storeId);
            CHECK(own.find("\"police_requests\":0") != std::string::npos);
            CHECK(own.find("\"police_disclosures\":0") != std::string::npos);
        }
        CHECK(sig.document.find("\"police_months\":[\"2029-11\"]") != std::string::npos);
        CHECK(sig.document.find("別件") == std::string::npos);
    }

    // The released hold stays, naming the request as history, and the chain that mentions it still verifies.
    CHECK(t.s.count("SELECT count(*) FROM legal_holds WHERE id = '" + hold.id + "' AND police_request_id = '" + id +
                    "' AND released_at IS NOT NULL") == 1);
    CHECK(t.s.count("SELECT count(*) FROM audit_log WHERE action = 'police.answer' AND entry::text LIKE '%" + id +
                    "%'") == 1);
    CHECK(backend::services::AuditVerifier(t.log).verify(t.s.manager.storeId).ok);
}

TEST_CASE("a police request that a hold in force names is kept past its retention with its police key, and goes "
          "at the first purge after the hold is released",
          "[police][retention][purge][holds][keys][db]") {
    PolicePurge t;
    const std::string id = t.answeredPersonRequest();
    const std::uint32_t key = t.keyOf(id);
    const std::int64_t disclosed = t.disclosures(id);
    const auto hold = t.holds.list(t.s.managerA()).front();

    // December 2029: past its retention, but the answer's hold is in force.
    backend::services::PurgeOptions dry;
    dry.dryRun = true;
    const auto preview = t.purge.run(noonInTokyo(2029, 12, 1), dry);
    CHECK(preview.counts.at("police_requests") == 0);
    CHECK(preview.heldBack.at("police_requests") == 1);
    CHECK_FALSE(contains(preview.destroyedKeyIds, key));

    const auto kept = t.purge.run(noonInTokyo(2029, 12, 1), {});
    CHECK(kept.counts.at("police_requests") == 0);
    CHECK(kept.counts.at("police_disclosures") == 0);
    CHECK(kept.heldBack.at("police_requests") == 1);
    CHECK(contains(kept.holdIds, hold.id));
    CHECK(t.requests(id) == 1);
    CHECK(t.disclosures(id) == disclosed);
    CHECK_FALSE(contains(kept.destroyedKeyIds, key));
    CHECK(kept.destroyedPoliceKeyMonths.empty());
    const auto keptKey =
        std::find_if(kept.keptKeys.begin(), kept.keptKeys.end(), [&](const auto& k) { return k.id == key; });
    REQUIRE(keptKey != kept.keptKeys.end());
    CHECK(keptKey->scope == "police:2029-11");
    CHECK(keptKey->records == 1);
    CHECK(t.keyLive(key));
    CHECK(t.inVault(key));
    // Still readable.
    const backend::services::PoliceCaller manager{t.s.managerA(), std::nullopt};
    CHECK(t.s.police.get(manager, id).question.person.name == std::optional<std::string>("保全 一郎"));

    t.s.clock.set(noonInTokyo(2029, 12, 1));
    t.holds.release(t.s.managerB(), hold.id);
    const auto purged = t.purge.run(noonInTokyo(2029, 12, 2), {});
    CHECK(purged.counts.at("police_requests") == 1);
    CHECK(purged.counts.at("police_disclosures") == disclosed);
    CHECK(t.requests(id) == 0);
    CHECK(t.disclosures(id) == 0);
    CHECK(purged.destroyedPoliceKeyMonths == std::vector<std::string>{"2029-11"});
    CHECK(t.keyDestroyed(key));
    CHECK_FALSE(t.inVault(key));
    CHECK(t.s.count("SELECT count(*) FROM legal_holds WHERE police_request_id = '" + id + "'") == 1);
    CHECK(backend::services::AuditVerifier(t.log).verify(t.s.manager.storeId).ok);
}

TEST_CASE("rotate-keys --reencrypt moves police requests onto a new police key of their month, and they read back "
          "the same",
          "[police][keys][db]") {
    PolicePurge t;
    const std::string id = t.answeredPersonRequest();
    const std::uint32_t before = t.keyOf(id);
    const backend::services::PoliceCaller manager{t.s.managerA(), std::nullopt};
    const auto question = t.s.police.get(manager, id).question.person;
    const std::string document = t.s.police.answerOf(manager, id).document;
    REQUIRE(document.find("保全 一郎") != std::string::npos);

    // kirokuctl's own key service (the same KEK and vault, nothing cached) over its one connection.
    backend::storage::ConnectionPool ctlPool{t.s.db.dsn(), 1, std::chrono::seconds(10)};
    backend::storage::PgKeyRepository ctlKeyRepository{ctlPool};
    backend::services::KeyService keys{
        ctlKeyRepository, crypto::KeyEncryptionKey(t.s.keys.kek().key().clone(), 1),
        std::optional<crypto::KeyVault>(
            crypto::KeyVault(t.s.vaultRoot, [&ctlKeyRepository] { return ctlKeyRepository.vaultInstance(); }))};
    backend::storage::PgIdentityKeyMaintenance maintenance(ctlPool, domain::AuditActor::operatorNamed("test"));
    backend::services::IdentityKeyRotation rotation(maintenance, 1);
    const auto report = rotation.reencrypt(keys, true);

    CHECK(report.keysRetired == 1);
    CHECK(report.policeKeysRetired == 1);
    REQUIRE(report.policeKeys.size() == 1);
    const auto& moved = report.policeKeys.front();
    CHECK(moved.fromKeyId == before);
    CHECK(moved.scope == "police:2029-11");
    CHECK(moved.reencrypted == 1);
    CHECK(moved.failed == 0);
    const std::uint32_t after = t.keyOf(id);
    CHECK(after != before);
    CHECK(moved.toKeyId == after);
    CHECK(t.s.count("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(after) +
                    " AND purpose = 'police_fields' AND scope = 'police:2029-11' AND retired_at IS NULL AND vault") ==
          1);
    CHECK(t.s.count("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(before) +
                    " AND retired_at IS NOT NULL AND destroyed_at IS NULL") == 1);
    // The identity record moved too, as before.
    REQUIRE(report.keys.size() == 1);
    CHECK(report.keys.front().reencrypted == 1);

    // Read back through the police request service, identically.
    const auto view = t.s.police.get(manager, id);
    CHECK(view.question.person.name == question.name);
    CHECK(view.question.person.name == std::optional<std::string>("保全 一郎"));
    CHECK(view.question.person.dateOfBirth == question.dateOfBirth);
    CHECK(t.s.police.answerOf(manager, id).document == document);
    CHECK(t.s.count("SELECT count(*) FROM audit_log WHERE action = 'keys.reencrypt' "
                    "AND entry->>'reason' = 'police_key_rotation'") >= 1);
    CHECK(t.s.count("SELECT count(*) FROM audit_log WHERE action = 'keys.retire' "
                    "AND entry->>'reason' = 'police_key_rotation'") == 1);

    // A pending pass finds nothing left under a retired key.
    const auto pending = rotation.reencrypt(keys, false);
    CHECK(pending.policeKeysRetired == 0);
    CHECK(pending.policeKeys.empty());
    CHECK(t.s.count("SELECT count(*) FROM police_requests r JOIN data_keys k ON k.id = r.key_id "
                    "WHERE k.retired_at IS NOT NULL") == 0);
}
