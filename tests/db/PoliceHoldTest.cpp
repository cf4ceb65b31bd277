#include "PoliceTestSupport.h"

#include "crypto/Errors.h"
#include "crypto/Hash.h"
#include "domain/Errors.h"
#include "services/audit/AuditVerifier.h"
#include "services/audit/RetentionReportService.h"
#include "services/retention/LegalHoldService.h"
#include "services/retention/PurgeService.h"
#include "storage/PgAuditLog.h"
#include "storage/PgCheckpointRepository.h"
#include "storage/PgLegalHoldRepository.h"
#include "storage/PgRetentionReportRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

using namespace kiroku;
using namespace kiroku::test;

namespace {

/// Noon in Tokyo on a day.
Instant noonInTokyo(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{3};
}

/// A store where police asked who used booth B01 on 2026-11-20 between 10:00 and 11:00: one customer was there,
/// another sat in B02 at the same time (not asked about).
struct HeldByPolice {
    PoliceStore s;
    std::string asked = s.verify({"保全 一郎", "ホゼン イチロウ", "1990-05-01", "111122223333"});
    std::string other = s.verify({"無関 二郎", "ムカン ジロウ", "1985-03-03", "444455556666"});
    std::string askedVisit;
    std::string otherVisit;
    backend::storage::PgRetentionStore retention{s.pool};
    backend::services::PurgeService purge{retention, s.stores, s.keys, s.signer};
    backend::storage::PgLegalHoldRepository holdRepository{s.pool};
    backend::services::LegalHoldService holds{holdRepository, s.stores, s.clock};
    backend::storage::PgAuditLog log{s.pool};

    explicit HeldByPolice(bool withVault = false) : s(withVault) {
        askedVisit = s.checkIn(asked, "B01", tokyo(20, 10));
        otherVisit = s.checkIn(other, "B02", tokyo(20, 10, 5));
        s.checkout(askedVisit, tokyo(20, 11));
        s.checkout(otherVisit, tokyo(20, 11, 5));
        s.clock.set(tokyo(22, 15));
    }

    /// An inquiry (CCP 197(2)) from the Shinjuku station about 20 November, `fromHour` to `toHour` in Tokyo.
    static domain::PoliceRequestInput inquiry(const std::string& reference, int fromHour, int toHour) {
        domain::PoliceRequestInput in;
        in.agencyName = "警視庁新宿警察署";
        in.officerName = "警部補 田中";
        in.officerBadge = "123456";
        in.officerContact = "03-0000-0000";
        in.basis = domain::LegalBasis::Ccp1972Inquiry;
        in.documentReference = reference;
        in.documentDate = domain::CivilDate(2026, 11, 21);
        in.scopeFrom = tokyo(20, fromHour);
        in.scopeTo = tokyo(20, toHour);
        return in;
    }

    /// Entered by the first manager, approved by the second, answered by the first; returns the request's id.
    std::string answer(const domain::PoliceRequestInput& in) {
        const std::string id = s.police.submit({s.managerA(), std::nullopt}, in, std::nullopt).stored.id;
        s.police.approve(s.managerB(), id);
        s.police.answer(s.managerA(), id);
        return id;
    }

    std::string answeredRequest() {
        auto in = inquiry("新宿署刑第123号", 10, 11);
        in.question.kind = domain::QuestionKind::TerminalAtTime;
        in.question.boothLabel = "B01";
        return answer(in);
    }

    /// Police ask about the first customer by name and date of birth: the question's personal fields and the answer
    /// are encrypted.
    std::string answeredPersonRequest() {
        auto in = inquiry("新宿署刑第125号", 9, 12);
        in.question.kind = domain::QuestionKind::Person;
        in.question.person.name = "保全 一郎";
        in.question.person.dateOfBirth = domain::CivilDate(1990, 5, 1);
        return answer(in);
    }

    std::int64_t countOf(const std::string& table, const std::string& id) {
        auto c = s.db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec_params1("SELECT count(*) FROM " + tx.quote_name(table) + " WHERE id = $1::uuid", id)[0]
            .as<std::int64_t>();
    }
};

} // namespace

TEST_CASE("an answered police request holds what it disclosed until a manager releases the hold, and the purge "
          "keeps it until then",
          "[police][retention][holds][db]") {
    HeldByPolice t;
    const std::string requestId = t.answeredRequest();

    // The answer placed one hold naming the visit it disclosed, in the answer's own transaction and chain.
    const auto placed = t.holds.list(t.s.managerA());
    REQUIRE(placed.size() == 1);
    const auto& hold = placed.front();
    CHECK(hold.reasonCode == "police_request");
    REQUIRE(hold.policeRequestId);
    CHECK(*hold.policeRequestId == requestId);
    CHECK(hold.items.visitIds == std::vector<std::string>{t.askedVisit});
    CHECK(hold.reason.find("K-2026-000001") != std::string::npos);
    {
        auto c = t.s.db.connect();
        pqxx::read_transaction tx(*c);
        const auto last = tx.exec_params("SELECT action, entry::text FROM audit_log WHERE chain_id = $1 "
                                         "ORDER BY seq DESC LIMIT 2",
                                         t.s.manager.storeId);
        REQUIRE(last.size() == 2);
        CHECK(last[0][0].as<std::string>() == "legal_hold.place");
        CHECK(last[0][1].as<std::string>().find(hold.id) != std::string::npos);
        CHECK(last[1][0].as<std::string>() == "police.answer");
        CHECK(last[1][1].as<std::string>().find(hold.id) != std::string::npos);
    }

    // December 2029: both visits of November 2026 are past retention; only the held one and its customer stay. The
    // month can't be dropped whole, so its rows go in batches, here paced to work a quarter of the time.
    backend::services::PurgeOptions paced;
    paced.workShare = 25;
    const auto first = t.purge.run(noonInTokyo(2029, 12, 1), paced);
    CHECK(first.holdIds == std::vector<std::string>{hold.id});
    CHECK(t.countOf("visits", t.askedVisit) == 1);
    CHECK(t.countOf("identity_records", t.asked) == 1);
    CHECK(t.countOf("visits", t.otherVisit) == 0);
    CHECK(t.countOf("identity_records", t.other) == 0);

    // Only the store's manager releases a hold a police request placed.
    const domain::StaffPrincipal admin{t.s.manager.staffId, t.s.manager.storeId, domain::Role::Admin, "admin"};
    CHECK_THROWS_AS(t.holds.release(admin, hold.id), domain::Forbidden);
    CHECK(t.holds.list(t.s.managerA()).front().releasedAt == std::nullopt);
    t.s.clock.set(noonInTokyo(2029, 12, 1));
    const auto released = t.holds.release(t.s.managerB(), hold.id);
    CHECK(released.releasedBy == t.s.secondManager.staffId);

    const auto second = t.purge.run(noonInTokyo(2029, 12, 2), {});
    CHECK(second.holdIds.empty());
    CHECK(t.countOf("visits", t.askedVisit) == 0);
    CHECK(t.countOf("identity_records", t.asked) == 0);

    // Both purges and the release are in the store's chain, which still verifies.
    CHECK(t.s.count("SELECT count(*) FROM audit_log WHERE action = 'retention.purge' AND chain_id = " +
                    std::to_string(t.s.manager.storeId)) == 2);
    CHECK(t.s.count("SELECT count(*) FROM audit_log WHERE action = 'legal_hold.release'") == 1);
    CHECK(backend::services::AuditVerifier(t.log).verify(t.s.manager.storeId).ok);
}

TEST_CASE("a hold still being placed when the purge comes is waited for and respected", "[retention][holds][db]") {
    HeldByPolice t;
    // The terminal of the second customer's visit logged three events during it.
    const auto events = [&] {
        return t.s.count(
            "SELECT count(*) FROM terminal_events e JOIN visit_segments s ON s.terminal_id = e.terminal_id "
            "AND e.at >= s.started_at AND e.at < s.started_at + interval '1 minute' WHERE s.visit_id = '" +
            t.otherVisit + "'");
    };
    {
        auto c = t.s.db.connect();
        pqxx::work tx(*c);
        tx.exec_params("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) SELECT store_id, "
                       "terminal_id, started_at + g * interval '10 seconds', 'login', 'held-' || g FROM "
                       "visit_segments, generate_series(1, 3) g WHERE visit_id = $1::uuid",
                       t.otherVisit);
        tx.commit();
    }
    REQUIRE(events() == 3);
    // A manager's hold on the terminal window of that visit, placed in a transaction that stays open (taking the
    // placement barrier first, as PgLegalHoldRepository does) while the purge starts. A terminal window locks no
    // event row, so nothing but the barrier makes the purge wait for it.
    auto c = t.s.db.connect();
    pqxx::work placing(*c);
    placing.exec(std::string(backend::storage::sql::kHoldPlacementBarrier));
    placing.exec_params("INSERT INTO legal_holds (id, store_id, reason_code, reason, created_at, created_by, until) "
                        "VALUES ('00000000-0000-4000-8000-0000000000b1', $1, 'other', 'placed during the purge', "
                        "now(), $2, '2035-01-01')",
                        t.s.manager.storeId, t.s.manager.staffId);
    placing.exec_params("INSERT INTO legal_hold_items (hold_id, store_id, terminal_id, window_start, window_end) "
                        "SELECT '00000000-0000-4000-8000-0000000000b1', store_id, terminal_id, started_at, "
                        "started_at + interval '1 minute' FROM visit_segments WHERE visit_id = $1::uuid",
                        t.otherVisit);
    domain::PurgeCertificate certificate;
    std::thread purge([&] { certificate = t.purge.run(noonInTokyo(2029, 12, 1), {}); });
    std::this_thread::sleep_for(std::chrono::seconds(1));
    placing.commit();
    purge.join();
    CHECK(t.countOf("visits", t.otherVisit) == 1);
    CHECK(t.countOf("identity_records", t.other) == 1);
    CHECK(events() == 3);
    CHECK(certificate.holdIds == std::vector<std::string>{"00000000-0000-4000-8000-0000000000b1"});
    CHECK(t.countOf("visits", t.askedVisit) == 0); // not held: purged
}

TEST_CASE("each purge certificate is signed with the store's key, named in its audit chain, and never changed",
          "[retention][purge][audit][db]") {
    HeldByPolice t;
    const auto certificate = t.purge.run(noonInTokyo(2029, 12, 1), {});
    REQUIRE(certificate.signatures.size() == 1);
    const auto& sig = certificate.signatures.front();
    CHECK(sig.storeId == t.s.manager.storeId);
    CHECK(sig.document.find("\"certificate_id\":\"" + certificate.id + "\"") != std::string::npos);
    CHECK(sig.document.find("保全") == std::string::npos);
    const auto key = t.s.signer.publicKey(t.s.manager.storeId);
    CHECK(sig.keyId == key.keyId);
    CHECK(backend::services::StoreSigner::verify(key.publicKey, sig.document, sig.signature));

    auto c = t.s.db.connect();
    {
        pqxx::read_transaction tx(*c);
        CHECK(tx.exec_params1("SELECT document FROM purge_certificate_signatures WHERE certificate_id = $1::uuid",
                              certificate.id)[0]
                  .as<std::string>() == sig.document);
        const auto entry = tx.exec_params1("SELECT entry->'details'->>'document_sha256' "
                                           "FROM audit_log WHERE action = 'retention.purge' AND chain_id = $1",
                                           t.s.manager.storeId);
        CHECK(entry[0].as<std::string>() == crypto::sha256Hex(sig.document));
    }
    // Append-only, for the server's role and for the schema owner alike.
    for (const char* change : {"UPDATE purge_certificates SET duration_ms = 0", "DELETE FROM purge_certificates",
                               "TRUNCATE purge_certificates CASCADE", "DELETE FROM purge_certificate_signatures",
                               "UPDATE purge_certificate_signatures SET document = '{}'"}) {
        INFO(change);
        for (const bool asApp : {true, false}) {
            pqxx::work tx(*c);
            if (asApp) {
                tx.exec0("SET ROLE kiroku_app");
            }
            CHECK_THROWS_AS(tx.exec0(change), pqxx::insufficient_privilege);
        }
    }
}

TEST_CASE("the retention report lists the store's holds, its purges and what was disclosed to police by basis",
          "[retention][report][db]") {
    HeldByPolice t;
    t.answeredRequest();
    backend::storage::ConnectionPool appPool{t.s.db.dsn(), 2, std::chrono::seconds(10), "kiroku_app"};
    backend::storage::PgRetentionReportRepository figures{appPool};
    backend::storage::PgCheckpointRepository checkpoints{appPool};
    backend::services::RetentionReportService reports{figures, t.s.stores, t.log, checkpoints, t.s.clock};

    const auto fresh = reports.report(t.s.managerA(), domain::CivilDate(2026, 11, 22));
    REQUIRE(fresh.figures.holds.size() == 1);
    CHECK(fresh.figures.holds[0].reasonCode == "police_request");
    CHECK(fresh.figures.holds[0].records == 1);
    CHECK_FALSE(fresh.figures.holds[0].releasedAt);
    CHECK(fresh.figures.purges.empty());
    REQUIRE(fresh.figures.disclosuresByBasis.size() == 1);
    CHECK(fresh.figures.disclosuresByBasis[0].basis == "ccp_197_2");
    CHECK(fresh.figures.disclosuresByBasis[0].count == 1);

    const auto certificate = t.purge.run(noonInTokyo(2029, 12, 1), {});
    const auto later = reports.report(t.s.managerA(), domain::CivilDate(2029, 12, 1));
    REQUIRE(later.figures.purges.size() == 1);
    const auto& purge = later.figures.purges[0];
    CHECK(purge.id == certificate.id);
    REQUIRE(purge.cutoff);
    CHECK(*purge.cutoff == domain::CivilDate(2029, 12, 1));
    CHECK(purge.counts.at("visits") == 1);
    CHECK(purge.counts.at("identity_records") == 1);
    CHECK(purge.holdsRespected);
    CHECK(later.figures.holds.size() == 1);          // still in force
    CHECK(later.figures.disclosuresByBasis.empty()); // the answer was three years before the window
}

namespace {

domain::ByteString bytesOf(const pqxx::field& field) {
    const pqxx::binarystring value(field);
    return domain::ByteString(value.begin(), value.end());
}

/// Moves a police request's encrypted fields onto key `to`, as V006 stored them (under the customers' month key).
void moveRequestToKey(HeldByPolice& t, const std::string& id, std::uint32_t to) {
    auto c = t.s.db.connect();
    pqxx::work tx(*c);
    const auto row = tx.exec_params1("SELECT key_id, question_name_enc, question_date_of_birth_enc, "
                                     "answer_document_enc FROM police_requests WHERE id = $1::uuid",
                                     id);
    const auto from = row[0].as<std::uint32_t>();
    const char* columns[] = {"question_name_enc", "question_date_of_birth_enc", "answer_document_enc"};
    std::vector<domain::ByteString> moved;
    for (int i = 0; i < 3; ++i) {
        const auto& cipher = t.s.keys.cipher();
        const std::string plain =
            cipher.decrypt(crypto::FieldContext{"police_requests", columns[i], id, from}, bytesOf(row[i + 1]));
        moved.push_back(cipher.encrypt(crypto::FieldContext{"police_requests", columns[i], id, to}, plain));
    }
    const auto bin = [](const domain::ByteString& b) { return pqxx::binarystring(b.data(), b.size()); };
    tx.exec_params0("UPDATE police_requests SET key_id = $2, question_name_enc = $3, question_date_of_birth_enc = $4, "
                    "answer_document_enc = $5 WHERE id = $1::uuid",
                    id, to, bin(moved[0]), bin(moved[1]), bin(moved[2]));
    tx.commit();
}

} // namespace

TEST_CASE("a police request is encrypted under a police key of its own, and one stored under its customers' month "
          "key moves to it when the purge destroys that key, so old backups lose the purged customers",
          "[police][retention][keys][db]") {
    HeldByPolice t(true);
    const std::string requestId = t.answeredPersonRequest();
    const backend::services::PoliceCaller manager{t.s.managerA(), std::nullopt};
    const std::string document = t.s.police.answerOf(manager, requestId).document;
    CHECK(document.find("保全 一郎") != std::string::npos);

    // Received on 2026-11-22: kept through 2029-11-22, under the police key of that month, never the customers'.
    CHECK(t.s.count("SELECT count(*) FROM police_requests r JOIN data_keys k ON k.id = r.key_id "
                    "WHERE k.purpose = 'police_fields' AND k.scope = 'police:2029-11' AND k.vault") == 1);
    const auto monthKey = static_cast<std::uint32_t>(
        t.s.count("SELECT id FROM data_keys WHERE scope = 'retention:2029-11' AND destroyed_at IS NULL"));
    CHECK(t.s.count("SELECT count(*) FROM identity_records WHERE key_id = " + std::to_string(monthKey)) == 2);

    // A request stored before V008: under the month key of the customers it asked about.
    moveRequestToKey(t, requestId, monthKey);
    CHECK(t.s.count("SELECT key_id FROM police_requests") == static_cast<std::int64_t>(monthKey));
    CHECK(t.s.police.answerOf(manager, requestId).document == document);

    // A backup taken now holds the month key's database half and the customers' ciphertexts.
    std::string dumpedHalf;
    {
        auto c = t.s.db.connect();
        pqxx::read_transaction tx(*c);
        dumpedHalf = tx.exec_params1("SELECT encode(wrapped_key, 'hex') FROM data_keys WHERE id = $1", monthKey)[0]
                         .as<std::string>();
    }

    // December 2029: the answer's hold is still in force, so it keeps the request (past its retention) and the
    // customer asked about, who moves to a later month's key; the other customer of November 2026 is purged.
    const auto certificate = t.purge.run(noonInTokyo(2029, 12, 1), {});
    CHECK(t.countOf("identity_records", t.asked) == 1);
    CHECK(t.countOf("identity_records", t.other) == 0);
    CHECK(certificate.destroyedKeyMonths == std::vector<std::string>{"2029-11"});
    CHECK(std::count(certificate.destroyedKeyIds.begin(), certificate.destroyedKeyIds.end(), monthKey) == 1);
    CHECK(certificate.keptKeys.size() == 1); // the police key of 2029-11, which the held request still needs
    CHECK(certificate.reencrypted == 2);     // the held customer's record and the police request
    CHECK(t.s.count("SELECT count(*) FROM data_keys WHERE id = " + std::to_string(monthKey) +
                    " AND destroyed_at IS NOT NULL AND wrapped_key IS NULL") == 1);

    // The request and its answer are kept, under the police key, and still decrypt.
    CHECK(t.s.count("SELECT count(*) FROM police_requests r JOIN data_keys k ON k.id = r.key_id "
                    "WHERE k.scope = 'police:2029-11' AND k.destroyed_at IS NULL") == 1);
    CHECK(t.s.police.answerOf(manager, requestId).document == document);
    const auto view = t.s.police.get(manager, requestId);
    CHECK(view.question.person.name == std::optional<std::string>("保全 一郎"));
    CHECK(view.question.person.dateOfBirth == std::optional<domain::CivilDate>(domain::CivilDate(1990, 5, 1)));

    // The backup restored: its half of the month key is back, but the vault half is gone, so the purged customers'
    // ciphertexts in it stay unreadable.
    {
        auto c = t.s.db.connect();
        pqxx::work tx(*c);
        tx.exec_params0("UPDATE data_keys SET wrapped_key = decode($2, 'hex'), destroyed_at = NULL WHERE id = $1",
                        monthKey, dumpedHalf);
        tx.commit();
    }
    CHECK_THROWS_AS(t.s.keys.ensureLoaded(monthKey), crypto::KeyDestroyedError);
}
