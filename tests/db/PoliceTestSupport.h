#pragma once

// A store with a known history for the police-request tests: real repositories and services on a fresh database,
// customers verified and checked in, moved and checked out at chosen instants (a settable clock).

#include "crypto/KeyEncryptionKey.h"
#include "crypto/KeyVault.h"
#include "crypto/SecretKey.h"
#include "services/identity/IdentityService.h"
#include "services/police/PoliceRequestService.h"
#include "services/signing/StoreSigner.h"
#include "services/visits/Clock.h"
#include "services/visits/VisitService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgIdempotencyStore.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgMemberRepository.h"
#include "storage/PgNatLookup.h"
#include "storage/PgPoliceRepository.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreAdminRepository.h"
#include "storage/PgStoreRepository.h"
#include "storage/PgVisitRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "crypto/Random.h"

#include <pqxx/pqxx>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>

namespace kiroku::test {

using Instant = std::chrono::system_clock::time_point;

/// An instant given as Tokyo wall time on a day of November 2026.
inline Instant tokyo(unsigned day, int hour, int minute = 0, int second = 0) {
    return std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / std::chrono::day{day}} +
           std::chrono::hours{hour - 9} + std::chrono::minutes{minute} + std::chrono::seconds{second};
}

class ManualClock : public backend::services::Clock {
public:
    Instant now() const override { return m_now; }
    void set(Instant t) { m_now = t; }

private:
    Instant m_now = tokyo(20, 7);
};

/// A paper request from the Shinjuku station under a CCP 197(2) inquiry for [from, to]; the question is the caller's.
inline domain::PoliceRequestInput paperRequest(Instant from, Instant to) {
    domain::PoliceRequestInput in;
    in.agencyName = "警視庁新宿警察署";
    in.officerName = "警部補 田中";
    in.officerBadge = "123456";
    in.officerContact = "03-0000-0000";
    in.basis = domain::LegalBasis::Ccp1972Inquiry;
    in.documentReference = "新宿署刑第123号";
    in.documentDate = domain::CivilDate(2026, 11, 21);
    in.scopeFrom = from;
    in.scopeTo = to;
    return in;
}

/// A customer as verified at the counter (driver's license).
struct Customer {
    std::string name;
    std::string kana;
    std::string dateOfBirth;
    std::string licenseNumber;
};

struct PoliceStore {
    /// With `withVault`, the keys are split with a key vault in a temporary directory, as the server's are.
    explicit PoliceStore(bool withVault = false) : vaultRoot(withVault ? makeVaultRoot() : std::filesystem::path()) {}
    ~PoliceStore() {
        if (!vaultRoot.empty()) {
            std::error_code ignored;
            std::filesystem::remove_all(vaultRoot, ignored);
        }
    }
    PoliceStore(const PoliceStore&) = delete;
    PoliceStore& operator=(const PoliceStore&) = delete;

    static std::filesystem::path makeVaultRoot() {
        return std::filesystem::temp_directory_path() / ("kiroku-vault-" + crypto::randomHex(8));
    }

    std::filesystem::path vaultRoot; ///< empty: no key vault
    TestDatabase db = TestDatabase::migrated();
    StaffFixture manager = createStaff(db, "shinjuku", "manager-a", "manager", 4);
    StaffFixture secondManager = createStaff(db, "shinjuku", "manager-b", "manager", 4);
    StaffFixture clerk = createStaff(db, "shinjuku", "clerk-a", "clerk", 4);
    backend::storage::ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10)};
    std::map<std::string, std::int64_t> booths = [this] {
        backend::storage::PgStoreAdminRepository admin(pool);
        std::map<std::string, std::int64_t> ids;
        for (const char* label : {"B01", "B02", "B03", "B04"}) {
            ids[label] = admin.ensureBooth(manager.storeId, label, "open_seat");
        }
        return ids;
    }();
    std::map<std::string, std::int64_t> terminals = [this] {
        backend::storage::PgStoreAdminRepository admin(pool);
        return std::map<std::string, std::int64_t>{
            {"PC-01", admin.ensureTerminal(manager.storeId, "PC-01", booths.at("B01"))},
            {"PC-02", admin.ensureTerminal(manager.storeId, "PC-02", booths.at("B02"))},
            {"PC-03", admin.ensureTerminal(manager.storeId, "PC-03", booths.at("B03"))}};
    }();
    backend::storage::PgKeyRepository keyRepository{pool};
    backend::storage::PgIdentityRepository identityRepository{pool};
    backend::storage::PgMemberRepository memberRepository{pool};
    backend::storage::PgStoreRepository stores{pool};
    backend::storage::PgVisitRepository visitRepository{pool};
    backend::storage::PgIdempotencyStore idempotency{pool};
    backend::storage::PgPoliceRepository policeRepository{pool};
    backend::services::KeyService keys{
        keyRepository, crypto::KeyEncryptionKey(crypto::SecretKey::generate(), 1),
        vaultRoot.empty() ? std::nullopt : std::optional<crypto::KeyVault>(crypto::KeyVault(vaultRoot, [this] {
            return keyRepository.vaultInstance();
        }))};
    ManualClock clock;
    backend::services::IdentityService identities{identityRepository, memberRepository, stores, keys,
                                                  [this] { return clock.now(); }};
    backend::services::VisitService visits{visitRepository, idempotency, identities, stores, clock};
    backend::storage::PgSigningKeyRepository signingKeys{pool};
    backend::services::StoreSigner signer{signingKeys, keys.kek()};
    backend::storage::PgNatLookup natLookup{pool};
    backend::services::PoliceRequestService police{policeRepository, stores, natLookup, keys, clock, signer};

    domain::StaffPrincipal principal(const StaffFixture& staff, domain::Role role) const {
        return {staff.staffId, staff.storeId, role, staff.login};
    }
    domain::StaffPrincipal managerA() const { return principal(manager, domain::Role::Manager); }
    domain::StaffPrincipal managerB() const { return principal(secondManager, domain::Role::Manager); }
    domain::StaffPrincipal clerkPrincipal() const { return principal(clerk, domain::Role::Clerk); }

    std::string verify(const Customer& c) {
        backend::services::IdentityVerificationInput in;
        in.method = "visual";
        in.name = c.name;
        if (!c.kana.empty()) {
            in.nameKana = c.kana;
        }
        in.address = "東京都新宿区西新宿2-8-1";
        in.document.kind = "drivers_license";
        in.document.number = c.licenseNumber;
        in.document.expiresOn = "2035-01-01";
        in.document.dateOfBirth = c.dateOfBirth;
        return identities.verify(clerkPrincipal(), in).id;
    }

    domain::IdempotencyKey key() const {
        return {clerk.storeId, clerk.staffId, "k-" + crypto::randomHex(12), crypto::randomHex(32)};
    }

    /// Staff mark a booth free after cleaning it.
    void markFree(const std::string& booth) {
        auto c = db.connect();
        pqxx::work tx(*c);
        tx.exec_params0("UPDATE booths SET status = 'free' WHERE id = $1 AND status = 'cleaning'", booths.at(booth));
        tx.commit();
    }

    std::string checkIn(const std::string& identityId, const std::string& booth, Instant at) {
        markFree(booth);
        clock.set(at);
        backend::services::CheckIn in;
        in.identityRecordId = identityId;
        in.boothId = booths.at(booth);
        return visits
            .checkIn(clerkPrincipal(), key(), in,
                     [](const domain::VisitView& v) {
                         return domain::StoredResponse{201, v.id};
                     })
            .body;
    }

    void move(const std::string& visitId, const std::string& booth, Instant at) {
        markFree(booth);
        clock.set(at);
        visits.move(clerkPrincipal(), key(), visitId, booths.at(booth), [](const domain::VisitView& v) {
            return domain::StoredResponse{200, v.id};
        });
    }

    void checkout(const std::string& visitId, Instant at) {
        clock.set(at);
        visits.checkout(clerkPrincipal(), key(), visitId, [](const domain::CheckedOut& c) {
            return domain::StoredResponse{200, c.id};
        });
    }

    std::int64_t count(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1(sql)[0].as<std::int64_t>();
    }
};

} // namespace kiroku::test
