#include "VisitTestSupport.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>

using namespace kiroku::test;

TEST_CASE("GET /v1/audits/retention reports the manager's store as of a day, for managers, auditors and admins only",
          "[report][e2e]") {
    TestDatabase db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "nerima", "clerk-a", "clerk", 2);
    const auto manager = createStaff(db, "nerima", "manager-a", "manager", 2);
    ServerProcess server(db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T12:00:00+09:00"}});
    CounterSession counter(server, clerk.login, clerk.password);
    const auto booths = boothIds(db, clerk.storeId);
    const std::string record = counter.verify("1990-04-01");
    const auto visit = counter.checkIn(record, booths.at("B01"), newKey());
    REQUIRE(visit.status == 201);
    REQUIRE(counter.checkout(visit.json()->getValue<std::string>("id"), newKey()).status == 200);
    CHECK(counter.get("/v1/audits/retention").status == 403);

    CounterSession office(server, manager.login, manager.password);
    const auto today = office.get("/v1/audits/retention");
    REQUIRE(today.status == 200);
    CHECK(today.headers.at("Cache-Control") == "no-store");
    const auto json = today.json();
    CHECK(json->getValue<std::string>("as_of") == "2026-11-22");
    CHECK(json->getObject("store")->getValue<std::string>("code") == "nerima");
    const auto months = json->getArray("held_by_month");
    REQUIRE(months->size() == 1);
    CHECK(months->getObject(0)->getValue<std::string>("month") == "2026-11");
    CHECK(months->getObject(0)->getValue<int>("identity_records") == 1);
    CHECK(months->getObject(0)->getValue<int>("visits") == 1);
    CHECK(months->getObject(0)->getValue<int>("visit_segments") == 1);
    CHECK(json->getObject("due_next_30_days")->getValue<int>("visits") == 0);
    CHECK(json->getArray("holds")->size() == 0);
    CHECK(json->getArray("purges")->size() == 0);
    const auto chain = json->getObject("audit_chain");
    CHECK(chain->getValue<bool>("ok"));
    CHECK(chain->getValue<int>("length") == 5); // two logins, the verification, the check-in and the checkout
    CHECK(chain->getValue<std::string>("head_hash").size() == 64);
    CHECK_FALSE(chain->has("latest_checkpoint"));
    const auto access = json->getObject("access");
    CHECK(access->getArray("personal_data_reads_by_staff")->size() == 0);
    CHECK(access->getArray("disclosures_by_basis")->size() == 0);
    const auto gaps = json->getObject("compliance_gaps");
    CHECK(gaps->getValue<int>("segments_without_terminal") == 1); // the test booths have no terminals
    CHECK(gaps->getValue<int>("identity_records_missing_required_item") == 0);
    // Nothing in the report names the customer.
    CHECK(today.body.find("山田") == std::string::npos);

    // Three years on, the visit's records fall due (kept to 2029-11-22, purged from 2029-11-23).
    const auto later = office.get("/v1/audits/retention?as_of=2029-11-01");
    REQUIRE(later.status == 200);
    CHECK(later.json()->getObject("due_next_30_days")->getValue<int>("visits") == 1);
    CHECK(later.json()->getObject("due_next_30_days")->getValue<int>("identity_records") == 1);

    const auto bad = office.get("/v1/audits/retention?as_of=2029-13-01");
    CHECK(bad.status == 400);
    CHECK(bad.json()->getObject("error")->getValue<std::string>("field") == "as_of");
    CHECK(office.get("/v1/audits/retention?from=2029-01-01").status == 400);
}
