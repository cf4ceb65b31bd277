#include "http/dto/LegalHoldJson.h"

#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

using kiroku::backend::http::legalHoldJson;

TEST_CASE("a listed legal hold names the NAT mappings a police answer went through", "[unit][holds]") {
    kiroku::domain::LegalHold hold;
    hold.id = "00000000-0000-4000-8000-000000000001";
    hold.reasonCode = "police_request";
    hold.reason = "K-2026-000001";
    hold.until = kiroku::domain::CivilDate(2036, 11, 22);
    hold.createdAt = std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours{6};
    hold.createdBy = 3;
    hold.items.natMappings.push_back(
        {"198.51.100.7", 40001,
         std::chrono::sys_days{std::chrono::year{2026} / 11 / 20} + std::chrono::hours{1} + std::chrono::seconds{20}});
    const auto json = legalHoldJson(hold, true);
    const auto mappings = json->getArray("nat_mappings");
    REQUIRE(mappings->size() == 1);
    const auto mapping = mappings->getObject(0);
    CHECK(mapping->getValue<std::string>("public_ip") == "198.51.100.7");
    CHECK(mapping->getValue<int>("public_port") == 40001);
    CHECK(mapping->getValue<std::string>("key_at") == "2026-11-20T01:00:20.000Z");
    CHECK(json->getArray("terminal_windows")->size() == 0);

    hold.items.natMappings.clear(); // a manager's hold: an empty list, not a missing key
    CHECK(legalHoldJson(hold, true)->getArray("nat_mappings")->size() == 0);
}
