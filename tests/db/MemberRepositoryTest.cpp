#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "domain/Errors.h"
#include "services/identity/IdentityService.h"
#include "services/members/MemberService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgMemberRepository.h"
#include "storage/PgStoreRepository.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace kiroku;
using backend::services::IdentityService;
using backend::services::IdentityVerificationInput;
using backend::services::KeyService;
using backend::services::MemberService;

namespace {

/// The real repositories on a fresh migrated database, with a store, a clerk and one verified customer.
struct Db {
    test::TestDatabase db = test::TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "shibuya", "clerk-a", "clerk");
    backend::storage::ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10)};
    backend::storage::PgKeyRepository keyRepository{pool};
    backend::storage::PgIdentityRepository records{pool};
    backend::storage::PgMemberRepository memberRepository{pool};
    backend::storage::PgStoreRepository stores{pool};
    KeyService keys{keyRepository, crypto::KeyEncryptionKey(crypto::SecretKey::generate(), 1)};
    std::chrono::system_clock::time_point now =
        std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours{3};
    IdentityService identity{records, memberRepository, stores, keys, [this] { return now; }};
    MemberService members{memberRepository, identity, stores, keys, [this] { return now; }};
    std::string recordId;

    Db() {
        IdentityVerificationInput in;
        in.method = "ic_chip";
        in.name = "山田 太郎";
        in.address = "東京都千代田区千代田1-1";
        in.document.kind = "drivers_license";
        in.document.number = "301234567810";
        in.document.expiresOn = "2029-05-01";
        in.document.dateOfBirth = "2008-12-01";
        recordId = identity.verify(principal(), in).id;
    }
    domain::StaffPrincipal principal() const {
        return {clerk.staffId, clerk.storeId, domain::Role::Clerk, clerk.login};
    }
    int count(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1(sql)[0].as<int>();
    }
};

} // namespace

TEST_CASE("a member card token is stored only as its keyed hash and finds the member", "[members][db]") {
    Db t;
    const std::string member = t.members.createMember(t.principal(), t.recordId);
    const std::string token = t.members.issueCard(t.principal(), member, false);
    CHECK(token.size() == 32);
    {
        auto c = t.db.connect();
        pqxx::read_transaction tx(*c);
        CHECK(tx.exec_params1("SELECT count(*) FROM member_cards WHERE token_hash = $1", token)[0].as<int>() == 0);
        CHECK(tx.exec_params1("SELECT count(*) FROM member_cards WHERE token_hash = $1",
                              t.keys.memberCardTokens().hash(token))[0]
                  .as<int>() == 1);
        CHECK(tx.exec1("SELECT count(*) FROM member_cards WHERE strpos(row_to_json(member_cards)::text, " +
                       tx.quote(token) + ") > 0")[0]
                  .as<int>() == 0);
    }
    const auto found = t.members.lookup(t.principal(), token);
    CHECK(found.memberId == member);
    CHECK(found.identityRecordId == t.recordId);
    CHECK(found.name == "山田 太郎");
    CHECK(found.age == 17);
    CHECK(found.minor);
    CHECK(found.lastVerifiedAt - t.now < std::chrono::milliseconds(1));
    CHECK_FALSE(found.reverificationDue);
}

TEST_CASE("a new card leaves older cards valid unless it replaces them", "[members][db]") {
    Db t;
    const std::string member = t.members.createMember(t.principal(), t.recordId);
    const std::string first = t.members.issueCard(t.principal(), member, false);
    const std::string second = t.members.issueCard(t.principal(), member, false);
    CHECK(first != second);
    CHECK(t.members.lookup(t.principal(), first).memberId == member);
    CHECK(t.members.lookup(t.principal(), second).memberId == member);

    const std::string third = t.members.issueCard(t.principal(), member, true);
    CHECK_THROWS_AS(t.members.lookup(t.principal(), first), domain::NotFound);
    CHECK_THROWS_AS(t.members.lookup(t.principal(), second), domain::NotFound);
    CHECK(t.members.lookup(t.principal(), third).memberId == member);
    CHECK(t.count("SELECT count(*) FROM member_cards WHERE revoked_at IS NOT NULL") == 2);
}

TEST_CASE("members and cards of another store are not found", "[members][db]") {
    Db t;
    const std::string member = t.members.createMember(t.principal(), t.recordId);
    const std::string token = t.members.issueCard(t.principal(), member, false);
    const auto elsewhere = test::createStaff(t.db, "shinjuku", "clerk-b", "clerk");
    const domain::StaffPrincipal stranger{elsewhere.staffId, elsewhere.storeId, domain::Role::Clerk, "clerk-b"};

    CHECK_THROWS_AS(t.members.lookup(stranger, token), domain::NotFound);
    CHECK_THROWS_AS(t.members.issueCard(stranger, member, false), domain::NotFound);
    CHECK_THROWS_AS(t.members.createMember(stranger, t.recordId), domain::NotFound);
    CHECK_THROWS_AS(t.members.issueCard(t.principal(), "not-a-member-id", false), domain::NotFound);
    CHECK(t.count("SELECT count(*) FROM members") == 1);
    CHECK(t.count("SELECT count(*) FROM member_cards") == 1);
}

TEST_CASE("a 12-digit token is refused without being hashed into a lookup or stored", "[members][db]") {
    Db t;
    const auto error = [&] {
        try {
            t.members.lookup(t.principal(), "123456789012");
        } catch (const domain::ValidationError& e) {
            return std::string(e.field());
        }
        return std::string("accepted");
    }();
    CHECK(error == "token");
    CHECK(t.count("SELECT count(*) FROM member_cards") == 0);
}

TEST_CASE("a member must show a document again once the store's re-verification interval has passed", "[members][db]") {
    Db t;
    {
        auto c = t.db.connect();
        pqxx::work tx(*c);
        tx.exec_params("UPDATE stores SET rules = '{\"reverification_interval_days\": 30}'::jsonb WHERE id = $1",
                       t.clerk.storeId);
        tx.commit();
    }
    const std::string member = t.members.createMember(t.principal(), t.recordId);
    const std::string token = t.members.issueCard(t.principal(), member, false);
    t.now += std::chrono::hours(24 * 29);
    CHECK_FALSE(t.members.lookup(t.principal(), token).reverificationDue);
    t.now += std::chrono::hours(24 * 2);
    const auto due = t.members.lookup(t.principal(), token);
    CHECK(due.reverificationDue);
    // A month later the customer has turned 18: the age is computed at each lookup.
    CHECK(due.age == 18);
    CHECK_FALSE(due.minor);
}
