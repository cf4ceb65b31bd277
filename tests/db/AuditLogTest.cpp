#include "domain/Errors.h"
#include "services/audit/AuditVerifier.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "storage/PgVisitRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "AuditTamperSupport.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <map>
#include <set>
#include <thread>

using namespace kiroku;
using backend::services::AuditVerifier;
using backend::storage::ConnectionPool;
using backend::storage::PgAuditLog;
using test::TestDatabase;

namespace {

/// A store with a clerk; the pool runs as the server's role, kiroku_app.
struct Audited {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "koenji", "clerk-a", "clerk", 1);
    ConnectionPool pool{db.dsn(), 4, std::chrono::seconds(10), "kiroku_app"};
    PgAuditLog log{pool};

    domain::AuditEntry entry(int n) const {
        domain::AuditEntry e;
        e.storeId = clerk.storeId;
        e.action = "identity.read";
        e.actor = domain::AuditActor::staff(clerk.staffId);
        e.reason = "member_card_lookup";
        e.at = std::chrono::system_clock::now();
        e.subjects.push_back({"identity_record", "00000000-0000-4000-8000-0000000000" + std::to_string(10 + n)});
        e.details["n"] = std::int64_t{n};
        return e;
    }

    void append(int count) {
        for (int i = 1; i <= count; ++i) {
            log.append(entry(i));
        }
    }

    backend::services::ChainVerification verify() {
        AuditVerifier verifier(log, 3); // small batches, so the walk crosses batch boundaries
        return verifier.verify(clerk.storeId);
    }

    std::int64_t chain() const { return clerk.storeId; }
};

std::string privilegesOf(const TestDatabase& db, const std::string& table) {
    auto c = db.connect();
    pqxx::read_transaction tx(*c);
    std::string granted;
    for (const char* p : {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"}) {
        if (tx.exec_params1("SELECT has_table_privilege('kiroku_app', $1, $2)", table, p)[0].as<bool>()) {
            granted += std::string(granted.empty() ? "" : ",") + p;
        }
    }
    return granted;
}

} // namespace

TEST_CASE("entries appended to a store's chain verify from the first to the head", "[db][audit]") {
    Audited t;
    t.append(10);
    const auto result = t.verify();
    CHECK(result.ok);
    CHECK(result.length == 10);
    auto c = t.db.connect();
    pqxx::read_transaction tx(*c);
    CHECK(tx.exec_params1("SELECT encode(hash, 'hex') FROM audit_heads WHERE chain_id = $1", t.chain())[0]
              .as<std::string>() == result.headHash);
}

TEST_CASE("the server's role can only read and append the audit log, and a trigger refuses changes to anyone",
          "[db][audit]") {
    Audited t;
    t.append(3);
    auto lease = t.pool.acquire();
    for (const char* change :
         {"UPDATE audit_log SET action = 'auth.login'", "DELETE FROM audit_log", "TRUNCATE audit_log",
          "DELETE FROM audit_heads", "UPDATE audit_checkpoints SET length = 0", "DELETE FROM store_signing_keys"}) {
        INFO(change);
        pqxx::work tx(*lease);
        CHECK_THROWS_AS(tx.exec0(change), pqxx::insufficient_privilege);
    }
    // The schema owner (here the superuser) is refused by the triggers too.
    auto owner = t.db.connect();
    for (const char* change : {"UPDATE audit_log SET action = 'auth.login'", "DELETE FROM audit_log",
                               "TRUNCATE audit_log", "UPDATE audit_heads SET seq = 1", "DELETE FROM audit_heads"}) {
        INFO(change);
        pqxx::work tx(*owner);
        CHECK_THROWS_AS(tx.exec0(change), pqxx::insufficient_privilege);
    }
    CHECK(t.verify().ok);
}

TEST_CASE("every table grants the server's role what it needs and the audit tables only reading and appending",
          "[db][audit][grants]") {
    TestDatabase db = TestDatabase::migrated();
    // Purge certificates and their stores' signatures (V007) are append-only like the audit log.
    const std::set<std::string> appendOnly{"audit_log", "audit_checkpoints", "store_signing_keys", "purge_certificates",
                                           "purge_certificate_signatures"};
    // Retention (V007): what a hold names is only appended, a hold is released but never deleted, the partition
    // registry is only read, the key vault instance is made once.
    const std::map<std::string, std::string> retention{{"legal_hold_items", "SELECT,INSERT"},
                                                       {"legal_holds", "SELECT,INSERT,UPDATE"},
                                                       {"partitioned_tables", "SELECT"},
                                                       {"key_vault_instance", "SELECT,INSERT"}};
    auto c = db.connect();
    pqxx::read_transaction tx(*c);
    const auto tables = tx.exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    REQUIRE(tables.size() > 10);
    for (const auto& row : tables) {
        const std::string table = row[0].as<std::string>();
        INFO("table " << table << ": a migration creating a table must leave kiroku_app the grants it needs");
        if (table == "schema_migrations") {
            CHECK(privilegesOf(db, table) == "SELECT");
        } else if (appendOnly.count(table)) {
            CHECK(privilegesOf(db, table) == "SELECT,INSERT");
        } else if (retention.count(table)) {
            CHECK(privilegesOf(db, table) == retention.at(table));
        } else if (table == "audit_heads") {
            CHECK(privilegesOf(db, table) == "SELECT,INSERT,UPDATE");
        } else {
            CHECK(privilegesOf(db, table) == "SELECT,INSERT,UPDATE,DELETE");
        }
    }
    for (const auto& row : tx.exec("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")) {
        INFO("sequence " << row[0].as<std::string>());
        CHECK(tx.exec_params1("SELECT has_sequence_privilege('kiroku_app', $1, 'USAGE')", row[0].as<std::string>())[0]
                  .as<bool>());
    }
    CHECK_FALSE(tx.exec1("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'kiroku_app'")[0].as<bool>());
}

TEST_CASE("an entry changed in the database is found at its position", "[db][audit][tamper]") {
    Audited t;
    t.append(8);
    test::tamper(t.db,
                 "UPDATE audit_log SET entry = jsonb_set(entry, '{reason}', '\"routine_check\"') "
                 "WHERE chain_id = $1 AND seq = 5",
                 t.chain());
    const auto result = t.verify();
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 5);
    CHECK(result.firstBroken->code == "hash_mismatch");
    CHECK(result.length == 4);
}

TEST_CASE("a query column changed without the document is found", "[db][audit][tamper]") {
    Audited t;
    t.append(4);
    test::tamper(t.db, "UPDATE audit_log SET action = 'auth.login' WHERE chain_id = $1 AND seq = 2", t.chain());
    const auto result = t.verify();
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 2);
    CHECK(result.firstBroken->code == "entry_mismatch");
}

TEST_CASE("a deleted entry is found at its position", "[db][audit][tamper]") {
    Audited t;
    t.append(8);
    test::tamper(t.db, "DELETE FROM audit_log WHERE chain_id = $1 AND seq = 3", t.chain());
    const auto result = t.verify();
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 3);
    CHECK(result.firstBroken->code == "sequence_gap");
}

TEST_CASE("a deleted last entry is found even though every remaining link holds", "[db][audit][tamper]") {
    Audited t;
    t.append(5);
    test::tamper(t.db, "DELETE FROM audit_log WHERE chain_id = $1 AND seq = 5", t.chain());
    const auto result = t.verify();
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->code == "head_mismatch");
}

TEST_CASE("an entry inserted in the middle with a correct hash of its own is found after it", "[db][audit][tamper]") {
    Audited t;
    t.append(6);
    // Make room at position 4, then insert an entry linked to entry 3 and hashed exactly as the writer does.
    test::tamper(t.db, "UPDATE audit_log SET seq = seq + 1000000 WHERE chain_id = $1 AND seq >= 4", t.chain());
    test::tamper(t.db, "UPDATE audit_log SET seq = seq - 1000000 + 1 WHERE chain_id = $1 AND seq > 1000000", t.chain());
    std::string prev;
    {
        auto c = t.db.connect();
        pqxx::read_transaction tx(*c);
        prev =
            tx.exec_params1("SELECT encode(hash, 'hex') FROM audit_log WHERE chain_id = $1 AND seq = 3", t.chain())[0]
                .as<std::string>();
    }
    auto fake = t.entry(99);
    fake.at = std::chrono::time_point_cast<std::chrono::microseconds>(fake.at);
    const auto forged = test::forge(fake, t.chain(), 4, prev);
    auto c = t.db.connect();
    pqxx::work tx(*c);
    tx.exec_params("INSERT INTO audit_log (chain_id, seq, store_id, at, action, staff_id, entry, prev_hash, hash) "
                   "VALUES ($1, 4, $1, timestamptz 'epoch' + $2::bigint * interval '1 microsecond', 'identity.read', "
                   "$3, $4::jsonb, decode($5, 'hex'), decode($6, 'hex'))",
                   t.chain(), backend::audit::toMicros(fake.at), t.clerk.staffId, forged.document, prev, forged.hash);
    tx.commit();
    const auto result = t.verify();
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 5);
    CHECK(result.firstBroken->code == "prev_hash_mismatch");
    CHECK(result.length == 4);
}

TEST_CASE("two entries swapped in order are found at the first of them", "[db][audit][tamper]") {
    Audited t;
    t.append(6);
    test::tamper(t.db,
                 "UPDATE audit_log SET seq = CASE seq WHEN 2 THEN 1000003 ELSE 1000002 END "
                 "WHERE chain_id = $1 AND seq IN (2, 3)",
                 t.chain());
    test::tamper(t.db, "UPDATE audit_log SET seq = seq - 1000000 WHERE chain_id = $1 AND seq > 1000000", t.chain());
    const auto result = t.verify();
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 2);
    CHECK(result.firstBroken->code == "prev_hash_mismatch");
}

TEST_CASE("an entry appended in a transaction that rolls back leaves no trace in the chain", "[db][audit]") {
    Audited t;
    t.append(2);
    backend::storage::PgVisitRepository visits(t.pool);
    CHECK_THROWS_AS(visits.transact([&](domain::VisitTransaction& tx) {
        tx.audit(t.entry(3));
        throw domain::Conflict("booth_occupied", "another customer is in this booth");
    }),
                    domain::Conflict);
    const auto result = t.verify();
    CHECK(result.ok);
    CHECK(result.length == 2);
}

TEST_CASE("concurrent appends to one store's chain are serialised into one unbroken chain", "[db][audit]") {
    Audited t;
    std::vector<std::thread> threads;
    for (int w = 0; w < 4; ++w) {
        threads.emplace_back([&t, w] {
            for (int i = 0; i < 25; ++i) {
                t.log.append(t.entry(w * 100 + i));
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    const auto result = t.verify();
    CHECK(result.ok);
    CHECK(result.length == 100);
}

TEST_CASE("each store has a chain of its own and system events go to the global chain", "[db][audit]") {
    Audited t;
    const auto other = test::createStaff(t.db, "ogikubo", "clerk-b", "clerk", 1);
    t.append(3);
    auto e = t.entry(1);
    e.storeId = other.storeId;
    e.actor = domain::AuditActor::staff(other.staffId);
    t.log.append(e);
    domain::AuditEntry rotation;
    rotation.action = "keys.rewrap";
    rotation.actor = domain::AuditActor::operatorNamed("root");
    rotation.reason = "kek_rotation";
    rotation.at = std::chrono::system_clock::now();
    const auto head = t.log.append(rotation);
    CHECK(head.chainId == 0);
    CHECK(head.length == 1);
    AuditVerifier verifier(t.log);
    const auto all = verifier.verifyAll();
    REQUIRE(all.size() == 3);
    CHECK(all[0].chainId == 0);
    for (const auto& chain : all) {
        CHECK(chain.ok);
    }
    CHECK(verifier.verify(other.storeId).length == 1);
    CHECK(verifier.verify(t.chain()).length == 3);
}
