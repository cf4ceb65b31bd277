#pragma once

// What the retention tests share: a store whose customers come on chosen days (the real server started with its clock
// at noon, Tokyo time, on each day), kirokuctl purge run as of a chosen instant, and SQL look-ups of what is left.

#include "VisitTestSupport.h"

#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace kiroku::test {

/// A customer who came: the verification record, the visit, and (optionally) a member card.
struct Customer {
    std::string identityId;
    std::string visitId;
    std::string memberId;
    std::string cardToken;
};

/// One store with a clerk and a manager, and a booth PC (terminal) in booth B01.
class RetentionStore {
public:
    RetentionStore()
        : db(TestDatabase::migrated()), clerk(createStaff(db, "shinjuku", "clerk-r", "clerk", 3)),
          manager(createStaff(db, "shinjuku", "manager-r", "manager", 3)), booths(boothIds(db, clerk.storeId)) {
        auto connection = db.connect();
        pqxx::work tx(*connection);
        terminalId = tx.exec_params1("INSERT INTO terminals (store_id, number, booth_id) VALUES ($1, 'PC-01', $2) "
                                     "RETURNING id",
                                     clerk.storeId, booths.at("B01"))[0]
                         .as<std::int64_t>();
        tx.commit();
    }

    /// The server with its clock at `instant` (RFC 3339); `extra` adds settings.
    std::unique_ptr<ServerProcess> serverAt(const std::string& instant,
                                            std::map<std::string, std::string> extra = {}) const {
        extra["testing.enabled"] = "true";
        extra["testing.fixed_now"] = instant;
        return std::make_unique<ServerProcess>(db.dsn(), extra);
    }

    /// A new customer verified and served on local `day` (YYYY-MM-DD, Tokyo): verification, check-in, checkout.
    /// With `member`, also a member card.
    Customer comeOn(const std::string& day, const std::string& name, bool member = false) const {
        const auto server = serverAt(day + "T12:00:00+09:00");
        CounterSession session(*server, clerk.login, clerk.password);
        Customer c;
        c.identityId = session.verify("1990-05-01", name);
        if (member) {
            Poco::JSON::Object body;
            body.set("identity_record_id", c.identityId);
            c.memberId = session.post("/v1/members", jsonText(body)).json()->getValue<std::string>("id");
            c.cardToken =
                session.post("/v1/members/" + c.memberId + "/cards", "").json()->getValue<std::string>("token");
        }
        c.visitId = visit(session, CounterSession::checkInBody(c.identityId, booths.at("B01")));
        return c;
    }

    /// A member's return on local `day`, by card: check-in and checkout.
    std::string returnOn(const std::string& day, const Customer& c) const {
        const auto server = serverAt(day + "T12:00:00+09:00");
        CounterSession session(*server, clerk.login, clerk.password);
        Poco::JSON::Object body;
        body.set("member_card_token", c.cardToken);
        body.set("booth_id", booths.at("B02"));
        return visit(session, jsonText(body));
    }

    /// A terminal event of the PC at `instant`.
    void terminalEvent(const std::string& instant, const std::string& key) const {
        auto connection = db.connect();
        pqxx::work tx(*connection);
        tx.exec_params("INSERT INTO terminal_events (store_id, terminal_id, at, kind, event_key) "
                       "VALUES ($1, $2, $3::timestamptz, 'login', $4)",
                       clerk.storeId, terminalId, instant, key);
        tx.commit();
    }

    /// kirokuctl purge as of `instant` (testing clock); returns the exit status.
    int purge(const std::string& instant, std::string* out, const std::string& more = {}) const {
        const std::string config =
            (std::filesystem::temp_directory_path() / (db.name() + "-purge.properties")).string();
        std::ofstream(config) << "database.dsn = " << db.dsn() << "\ncrypto.kek_file = " << testCertificateDir()
                              << "/kek.hex\ncrypto.key_vault_dir = " << testKeyVaultDir()
                              << "\ntesting.enabled = true\n";
        const int status = runCommand(std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(config) +
                                          " purge --as-of " + shellQuote(instant) + " " + more,
                                      out);
        std::filesystem::remove(config);
        return status;
    }

    /// As purge(), which must succeed; returns its output.
    std::string purged(const std::string& instant, const std::string& more = {}) const {
        std::string out;
        const int status = purge(instant, &out, more);
        INFO(out);
        REQUIRE(status == 0);
        return out;
    }

    std::int64_t count(const std::string& sql) const { return queryNumber(db, sql); }

    std::int64_t countWhere(const std::string& table, const std::string& column, const std::string& id) const {
        auto connection = db.connect();
        pqxx::read_transaction tx(*connection);
        return tx
            .exec_params1("SELECT count(*) FROM " + tx.quote_name(table) + " WHERE " + tx.quote_name(column) +
                              "::text = $1",
                          id)[0]
            .as<std::int64_t>();
    }

    /// The scope of the key a record is encrypted under ("retention:2029-11").
    std::string keyScopeOf(const std::string& identityId) const {
        auto connection = db.connect();
        pqxx::read_transaction tx(*connection);
        return tx
            .exec_params1("SELECT k.scope FROM identity_records r JOIN data_keys k ON k.id = r.key_id "
                          "WHERE r.id = $1::uuid",
                          identityId)[0]
            .as<std::string>();
    }

    TestDatabase db;
    StaffFixture clerk;
    StaffFixture manager;
    std::map<std::string, std::int64_t> booths;
    std::int64_t terminalId = 0;

private:
    static std::string visit(CounterSession& session, const std::string& checkInBody) {
        const auto in = session.post("/v1/visits", checkInBody, newKey());
        REQUIRE(in.status == 201);
        const std::string visitId = in.json()->getValue<std::string>("id");
        const std::int64_t booth = in.json()->getObject("booth")->getValue<std::int64_t>("id");
        REQUIRE(session.checkout(visitId, newKey()).status == 200);
        // Cleaned, the booth is free for the next customer.
        Poco::JSON::Object free;
        free.set("status", "free");
        REQUIRE(session.post("/v1/booths/" + std::to_string(booth) + "/status", jsonText(free)).status == 200);
        return visitId;
    }
};

} // namespace kiroku::test
