#include "RetentionTestSupport.h"

#include <Poco/JSON/Array.h>

using namespace kiroku::test;

namespace {

Poco::JSON::Array::Ptr array(std::initializer_list<std::string> items) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& item : items) {
        out->add(item);
    }
    return out;
}

Poco::JSON::Object holdBody(const std::string& until) {
    Poco::JSON::Object body;
    body.set("reason_code", "police_request");
    body.set("reason", "捜査関係事項照会 新宿署 第123号");
    body.set("until", until);
    return body;
}

std::string lookupName(CounterSession& session, const std::string& token) {
    Poco::JSON::Object body;
    body.set("token", token);
    const auto r = session.post("/v1/members/lookup", jsonText(body));
    REQUIRE(r.status == 200);
    return r.json()->getValue<std::string>("name");
}

} // namespace

TEST_CASE("held records survive the purge, keep a key that survives, and go once the hold is released",
          "[retention][holds][e2e]") {
    RetentionStore store;
    const Customer held = store.comeOn("2026-11-22", "保全 一子", true);
    const Customer visitHeld = store.comeOn("2026-11-22", "保全 二郎", true);
    const Customer free = store.comeOn("2026-11-22", "解放 三子");
    store.terminalEvent("2026-11-22T11:00:00+09:00", "in-window");
    store.terminalEvent("2026-11-22T16:00:00+09:00", "out-of-window");

    std::string holdId;
    {
        const auto server = store.serverAt("2026-11-25T10:00:00+09:00");
        CounterSession manager(*server, store.manager.login, store.manager.password);
        auto body = holdBody("2030-06-30");
        body.set("identity_record_ids", array({held.identityId}));
        body.set("visit_ids", array({visitHeld.visitId}));
        Poco::JSON::Array::Ptr windows = new Poco::JSON::Array;
        Poco::JSON::Object::Ptr window = new Poco::JSON::Object;
        window->set("terminal_id", store.terminalId);
        window->set("from", "2026-11-22T10:00:00+09:00");
        window->set("to", "2026-11-22T11:30:00+09:00"); // before the visits at noon: it holds events only
        windows->add(window);
        body.set("terminal_windows", windows);
        const auto placed = manager.post("/v1/legal-holds", jsonText(body));
        INFO(placed.body);
        REQUIRE(placed.status == 201);
        holdId = placed.json()->getValue<std::string>("id");
        CHECK(placed.json()->getValue<bool>("in_force"));
        CHECK(placed.json()->getValue<std::string>("until") == "2030-06-30");
    }

    // December 2029: November's records would all go, and its key.
    const std::string out = store.purged("2029-12-01T00:30:00+09:00");
    INFO(out);
    CHECK(out.find("legal holds respected: 1 (" + holdId + ")") != std::string::npos);
    CHECK(store.countWhere("identity_records", "id", held.identityId) == 1);
    CHECK(store.countWhere("visits", "id", held.visitId) == 1); // a held person's visits are held too
    CHECK(store.countWhere("visits", "id", visitHeld.visitId) == 1);
    CHECK(store.countWhere("visit_segments", "visit_id", visitHeld.visitId) == 1);
    CHECK(store.countWhere("identity_records", "id", visitHeld.identityId) == 1); // the held visit's customer
    CHECK(store.countWhere("identity_records", "id", free.identityId) == 0);
    CHECK(store.countWhere("visits", "id", free.visitId) == 0);
    CHECK(store.count("SELECT count(*) FROM terminal_events WHERE event_key = 'in-window'") == 1);
    CHECK(store.count("SELECT count(*) FROM terminal_events WHERE event_key = 'out-of-window'") == 0);
    CHECK(queryText(store.db, "SELECT array_to_string(hold_ids, ',') FROM purge_certificates") == holdId);
    // The month's key was destroyed; the held records moved to the key of the hold's last month first.
    CHECK(out.find("keys were destroyed: 2029-11") != std::string::npos);
    CHECK(store.keyScopeOf(held.identityId) == "retention:2030-06");
    CHECK(store.keyScopeOf(visitHeld.identityId) == "retention:2030-06");

    {
        const auto server = store.serverAt("2029-12-01T10:00:00+09:00");
        CounterSession clerk(*server, store.clerk.login, store.clerk.password);
        CHECK(lookupName(clerk, held.cardToken) == "保全 一子");
        CHECK(lookupName(clerk, visitHeld.cardToken) == "保全 二郎");

        CounterSession manager(*server, store.manager.login, store.manager.password);
        const auto list = manager.get("/v1/legal-holds");
        REQUIRE(list.status == 200);
        const auto holds = list.json()->getArray("legal_holds");
        REQUIRE(holds->size() == 1);
        CHECK(holds->getObject(0)->getValue<bool>("in_force"));
        CHECK(holds->getObject(0)->getArray("visit_ids")->getElement<std::string>(0) == visitHeld.visitId);

        // The manager's retention report lists the hold and the purge that respected it.
        const auto report = manager.get("/v1/audits/retention?as_of=2029-12-01");
        INFO(report.body);
        REQUIRE(report.status == 200);
        const auto reportedHolds = report.json()->getArray("holds");
        REQUIRE(reportedHolds->size() == 1);
        CHECK(reportedHolds->getObject(0)->getValue<std::string>("id") == holdId);
        CHECK(reportedHolds->getObject(0)->getValue<std::int64_t>("records") == 3);
        const auto purges = report.json()->getArray("purges");
        REQUIRE(purges->size() == 1);
        CHECK(purges->getObject(0)->getValue<bool>("holds_respected"));
        CHECK(purges->getObject(0)->getValue<std::string>("cutoff") == "2029-12-01");
        CHECK(purges->getObject(0)->getArray("keys_destroyed")->getElement<std::string>(0) == "2029-11");

        const auto released = manager.post("/v1/legal-holds/" + holdId + "/release", "{}");
        REQUIRE(released.status == 200);
        CHECK_FALSE(released.json()->getValue<bool>("in_force"));
        CHECK(released.json()->has("released_at"));
        const auto again = manager.post("/v1/legal-holds/" + holdId + "/release", "{}");
        CHECK(again.status == 409);
        CHECK(errorCode(again) == "hold_released");
    }

    store.purged("2029-12-02T00:30:00+09:00");
    CHECK(store.countWhere("identity_records", "id", held.identityId) == 0);
    CHECK(store.countWhere("identity_records", "id", visitHeld.identityId) == 0);
    CHECK(store.count("SELECT count(*) FROM visits") == 0);
    CHECK(store.count("SELECT count(*) FROM terminal_events") == 0);
    CHECK(store.count("SELECT count(*) FROM members") == 0);
    // Placing, releasing and each purge are in the store's audit chain.
    CHECK(store.count("SELECT count(*) FROM audit_log WHERE action = 'legal_hold.place'") == 1);
    CHECK(store.count("SELECT count(*) FROM audit_log WHERE action = 'legal_hold.release'") == 1);
    CHECK(store.count("SELECT count(*) FROM audit_log WHERE action = 'retention.purge' AND chain_id = " +
                      std::to_string(store.clerk.storeId)) == 2);
    CHECK(store.count("SELECT count(*) FROM purge_certificate_signatures") == 2);
}

TEST_CASE("a hold past its last day no longer keeps anything", "[retention][holds][e2e]") {
    RetentionStore store;
    const Customer c = store.comeOn("2026-11-22", "期日 四子");
    {
        const auto server = store.serverAt("2029-11-20T10:00:00+09:00");
        CounterSession manager(*server, store.manager.login, store.manager.password);
        auto body = holdBody("2029-11-30");
        body.set("identity_record_ids", array({c.identityId}));
        REQUIRE(manager.post("/v1/legal-holds", jsonText(body)).status == 201);
    }
    store.purged("2029-11-30T23:00:00+09:00");
    CHECK(store.countWhere("identity_records", "id", c.identityId) == 1);
    store.purged("2029-12-01T00:30:00+09:00");
    CHECK(store.countWhere("identity_records", "id", c.identityId) == 0);
}

TEST_CASE("placing a legal hold checks the role, each field and that every record is in the store",
          "[retention][holds][e2e]") {
    RetentionStore store;
    const Customer c = store.comeOn("2026-11-22", "検証 五郎");
    const auto server = store.serverAt("2026-11-23T10:00:00+09:00");
    CounterSession manager(*server, store.manager.login, store.manager.password);
    CounterSession clerk(*server, store.clerk.login, store.clerk.password);

    auto ok = holdBody("2030-01-31");
    ok.set("identity_record_ids", array({c.identityId}));
    CHECK(clerk.post("/v1/legal-holds", jsonText(ok)).status == 403);
    CHECK(clerk.get("/v1/legal-holds").status == 403);

    const auto refused = [&](Poco::JSON::Object body, int status, const std::string& field) {
        const auto r = manager.post("/v1/legal-holds", jsonText(body));
        INFO(r.body);
        CHECK(r.status == status);
        if (r.status == status) {
            CHECK(r.json()->getObject("error")->getValue<std::string>("field") == field);
        }
    };
    auto badCode = ok;
    badCode.set("reason_code", "curiosity");
    refused(badCode, 400, "reason_code");
    auto past = ok;
    past.set("until", "2026-11-22");
    refused(past, 400, "until");
    auto nothing = holdBody("2030-01-31");
    refused(nothing, 400, "identity_record_ids");
    auto notUuid = holdBody("2030-01-31");
    notUuid.set("visit_ids", array({"12345"}));
    refused(notUuid, 400, "visit_ids[0]");
    auto unknown = holdBody("2030-01-31");
    unknown.set("identity_record_ids", array({c.identityId, "00000000-0000-4000-8000-000000000000"}));
    refused(unknown, 422, "identity_record_ids[1]");
    auto myNumber = ok;
    myNumber.set("reason", "番号 123456789012 の件");
    refused(myNumber, 400, "reason");
    auto extra = ok;
    extra.set("note", "x");
    refused(extra, 400, "note");
    CHECK(store.count("SELECT count(*) FROM legal_holds") == 0);

    const auto placed = manager.post("/v1/legal-holds", jsonText(ok));
    REQUIRE(placed.status == 201);
    CHECK(store.count("SELECT count(*) FROM legal_hold_items") == 1);
    CHECK(manager.post("/v1/legal-holds/00000000-0000-4000-8000-000000000000/release", "").status == 404);
}
