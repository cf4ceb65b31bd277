#include "domain/Errors.h"
#include "services/nat/NatIngestService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgNatLookup.h"
#include "storage/PgNatMappingRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <string>

using namespace kiroku;
using test::TestDatabase;
using Source = domain::NatLookupTerminal::Source;

namespace {

constexpr std::int64_t kDay = 1700006400; // 2023-11-15T00:00:00Z

std::int64_t at(int hour, int minute = 0, int second = 0) {
    return kDay + hour * 3600 + minute * 60 + second;
}

std::chrono::system_clock::time_point instant(std::int64_t seconds) {
    return std::chrono::system_clock::time_point(std::chrono::seconds(seconds));
}

std::string hhmm(std::chrono::system_clock::time_point t) {
    const auto s = std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count() - kDay;
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld", static_cast<long long>(s / 3600),
                  static_cast<long long>(s % 3600 / 60));
    return text;
}

std::string line(const std::string& kind, std::int64_t seconds, const std::string& privateIp, int privatePort,
                 int publicPort) {
    return "[" + std::to_string(seconds) + ".000000]\t" + kind + " ipv4     2 tcp      6 src=" + privateIp +
           " dst=203.0.113.5 sport=" + std::to_string(privatePort) + " dport=443 src=203.0.113.5 dst=198.51.100.7 " +
           "sport=443 dport=" + std::to_string(publicPort) + "\n";
}

class FixedClock : public backend::services::Clock {
public:
    std::chrono::system_clock::time_point now() const override { return instant(kDay + 3 * 86400); }
};

/// A store with booths B01 (terminal PC-01, configured 192.168.10.21) and B02 (PC-02, configured .22); PC-01 was
/// given .50 at 13:00 and PC-02 .21 at 13:30. Visit A used PC-01 09:00–11:00 (checked out), visit B PC-01 from
/// 11:30 (still there), visit C PC-02 13:45–15:00.
struct Cafe {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "nakano", "clerk-a", "clerk", 2);
    test::StaffFixture other = test::createStaff(db, "koenji", "clerk-b", "clerk", 1);
    backend::storage::ConnectionPool pool{db.dsn(), 2, std::chrono::seconds(10)};
    backend::storage::PgNatMappingRepository repository{pool};
    backend::storage::PgNatLookup lookup{pool};
    FixedClock clock;
    backend::services::NatIngestService ingest{repository, clock};
    std::int64_t pc01 = 0;
    std::int64_t pc02 = 0;
    std::string visitA, visitB, visitC;

    Cafe() {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto booth = [&](const std::string& label) {
            return tx.exec_params1("SELECT id FROM booths WHERE store_id = $1 AND label = $2", clerk.storeId, label)[0]
                .as<std::int64_t>();
        };
        const auto b01 = booth("B01");
        const auto b02 = booth("B02");
        const auto terminal = [&](const std::string& number, std::int64_t boothId, const std::string& ip) {
            return tx
                .exec_params1("INSERT INTO terminals (store_id, number, booth_id, private_ip) VALUES ($1, $2, $3, "
                              "$4::inet) RETURNING id",
                              clerk.storeId, number, boothId, ip)[0]
                .as<std::int64_t>();
        };
        pc01 = terminal("PC-01", b01, "192.168.10.21");
        pc02 = terminal("PC-02", b02, "192.168.10.22");
        const auto assign = [&](std::int64_t terminalId, std::int64_t seconds, const std::string& ip) {
            tx.exec_params0("INSERT INTO terminal_events (store_id, terminal_id, at, kind, private_ip, event_key) "
                            "VALUES ($1, $2, to_timestamp($3), 'ip_assigned', $4::inet, $5)",
                            clerk.storeId, terminalId, seconds, ip, "ev-" + std::to_string(seconds));
        };
        assign(pc01, at(13), "192.168.10.50");
        assign(pc02, at(13, 30), "192.168.10.21");
        const auto key = tx.exec1("INSERT INTO data_keys (purpose, scope, kek_version, wrapped_key) "
                                  "VALUES ('personal_fields', 'retention:2026-11', 1, '\\x00') RETURNING id")[0]
                             .as<int>();
        const auto visit = [&](std::int64_t boothId, std::int64_t terminalId, std::int64_t from,
                               std::optional<std::int64_t> to) {
            const auto identity =
                tx.exec_params1("INSERT INTO identity_records (id, store_id, verified_at, verified_by, method, "
                                "document_kind, address_on_document, key_id, name_enc, address_enc, "
                                "date_of_birth_enc, name_dob_bidx, last_service_on, retention_until) VALUES "
                                "(gen_random_uuid(), $1, to_timestamp($2), $3, 'visual', 'drivers_license', true, $4, "
                                "'\\x00', '\\x00', '\\x00', '\\x00', '2023-11-15', '2026-11-15') RETURNING id",
                                clerk.storeId, from, clerk.staffId, key)[0]
                    .as<std::string>();
            const auto id =
                tx.exec_params1(
                      "INSERT INTO visits (id, store_id, identity_record_id, started_at, started_by, ended_at, "
                      "ended_by, retention_until) VALUES (gen_random_uuid(), $1, $2::uuid, to_timestamp($3), "
                      "$4, to_timestamp($5), CASE WHEN $5::bigint IS NULL THEN NULL ELSE $4::bigint END, "
                      "CASE WHEN $5::bigint IS NULL THEN date 'infinity' ELSE date '2026-11-15' END) RETURNING "
                      "id::text",
                      clerk.storeId, identity, from, clerk.staffId, to)[0]
                    .as<std::string>();
            // A segment carries its visit's retention date ('infinity' while the visit is open).
            tx.exec_params0("INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at, "
                            "ended_at, retention_until) VALUES ($1, $2::uuid, $3, $4, to_timestamp($5), "
                            "to_timestamp($6), CASE WHEN $6::bigint IS NULL THEN date 'infinity' "
                            "ELSE date '2026-11-15' END)",
                            clerk.storeId, id, boothId, terminalId, from, to);
            return id;
        };
        visitA = visit(b01, pc01, at(9), at(11));
        visitB = visit(b01, pc01, at(11, 30), std::nullopt);
        visitC = visit(b02, pc02, at(13, 45), at(15));
        tx.commit();

        upload(clerk.storeId, line("[NEW]", at(8), "192.168.10.21", 50000, 40004) +
                                  line("[DESTROY]", at(8, 10), "192.168.10.21", 50000, 40004) +
                                  line("[NEW]", at(10), "192.168.10.21", 51234, 40001) +
                                  line("[DESTROY]", at(12), "192.168.10.21", 51234, 40001) +
                                  line("[NEW]", at(14), "192.168.10.21", 40000, 40002) +
                                  line("[NEW]", at(14), "192.168.10.50", 40000, 40003) +
                                  line("[DESTROY]", at(14, 5), "192.168.10.21", 40000, 40002) +
                                  line("[DESTROY]", at(14, 5), "192.168.10.50", 40000, 40003) +
                                  line("[DESTROY]", at(15), "192.168.10.22", 7000, 40005) +
                                  line("[NEW]", at(34), "192.168.10.22", 6000, 40001) +
                                  line("[DESTROY]", at(34, 1), "192.168.10.22", 6000, 40001));
        upload(other.storeId, line("[NEW]", at(10), "10.0.0.5", 1234, 40001));
    }

    void upload(std::int64_t storeId, const std::string& log) {
        backend::services::NatIngestRequest request;
        request.storeId = storeId;
        request.content = log;
        REQUIRE(ingest.ingest(request).malformed == 0);
    }

    std::vector<domain::NatLookupMatch> find(int publicPort, std::int64_t seconds, int toleranceSeconds = 2,
                                             std::int64_t storeId = 0) {
        return lookup.findByPublicEndpoint(storeId == 0 ? clerk.storeId : storeId, "198.51.100.7",
                                           static_cast<std::uint16_t>(publicPort), instant(seconds),
                                           std::chrono::seconds(toleranceSeconds));
    }
};

} // namespace

TEST_CASE("a public endpoint at a time leads to the mapping, its terminal, and every visit segment it overlaps — "
          "including both sides of a checkout",
          "[db][nat][lookup]") {
    Cafe cafe;
    const auto matches = cafe.find(40001, at(10, 30));
    REQUIRE(matches.size() == 1);
    const auto& m = matches[0];
    CHECK(m.protocol == 6);
    CHECK(m.privateIp == "192.168.10.21");
    CHECK(m.privatePort == 51234);
    CHECK(m.publicIp == "198.51.100.7");
    CHECK(m.publicPort == 40001);
    CHECK(hhmm(*m.startedAt) == "10:00");
    CHECK(hhmm(*m.endedAt) == "12:00");
    REQUIRE(m.terminal);
    CHECK(m.terminal->terminalId == cafe.pc01);
    CHECK(m.terminal->number == "PC-01");
    CHECK(m.terminal->source == Source::ConfiguredAddress);
    REQUIRE(m.segments.size() == 2);
    CHECK(m.segments[0].visitId == cafe.visitA);
    CHECK(m.segments[0].boothLabel == "B01");
    CHECK(hhmm(m.segments[0].startedAt) == "09:00");
    CHECK(hhmm(*m.segments[0].endedAt) == "11:00");
    CHECK(m.segments[1].visitId == cafe.visitB);
    CHECK(hhmm(m.segments[1].startedAt) == "11:30");
    CHECK_FALSE(m.segments[1].endedAt);
}

TEST_CASE("the terminal is the one that had the private address when the mapping began, after addresses changed",
          "[db][nat][lookup]") {
    Cafe cafe;
    SECTION("before any assignment: the configured address") {
        const auto matches = cafe.find(40004, at(8, 5));
        REQUIRE(matches.size() == 1);
        REQUIRE(matches[0].terminal);
        CHECK(matches[0].terminal->number == "PC-01");
        CHECK(matches[0].terminal->source == Source::ConfiguredAddress);
        CHECK(matches[0].segments.empty()); // visit A began at 09:00
    }
    SECTION(".21 went to PC-02 at 13:30") {
        const auto matches = cafe.find(40002, at(14, 2));
        REQUIRE(matches.size() == 1);
        REQUIRE(matches[0].terminal);
        CHECK(matches[0].terminal->terminalId == cafe.pc02);
        CHECK(matches[0].terminal->source == Source::AddressAssigned);
        CHECK(hhmm(*matches[0].terminal->assignedAt) == "13:30");
        REQUIRE(matches[0].segments.size() == 1);
        CHECK(matches[0].segments[0].visitId == cafe.visitC);
    }
    SECTION("PC-01 had .50 from 13:00") {
        const auto matches = cafe.find(40003, at(14, 2));
        REQUIRE(matches.size() == 1);
        REQUIRE(matches[0].terminal);
        CHECK(matches[0].terminal->terminalId == cafe.pc01);
        CHECK(hhmm(*matches[0].terminal->assignedAt) == "13:00");
        REQUIRE(matches[0].segments.size() == 1);
        CHECK(matches[0].segments[0].visitId == cafe.visitB);
    }
    SECTION("PC-02's configured .22 no longer counts once it was assigned another address") {
        const auto matches = cafe.find(40005, at(14, 30), 0);
        REQUIRE(matches.size() == 1);
        CHECK_FALSE(matches[0].startedAt); // only its DESTROY was logged
        CHECK(hhmm(*matches[0].endedAt) == "15:00");
        CHECK_FALSE(matches[0].terminal);
        CHECK(matches[0].segments.empty());
    }
}

TEST_CASE("the tolerance widens the instant asked about, and nothing outside it is found", "[db][nat][lookup]") {
    Cafe cafe;
    CHECK(cafe.find(40001, at(12, 0, 1), 2).size() == 1);
    CHECK(cafe.find(40001, at(12, 0, 1), 0).empty());
    CHECK(cafe.find(40001, at(9, 59, 59), 2).size() == 1);
    CHECK(cafe.find(40001, at(9, 59, 59), 0).empty());
    CHECK(cafe.find(40099, at(10, 30)).empty());
    const auto nextDay = cafe.find(40001, at(34, 0, 30));
    REQUIRE(nextDay.size() == 1);
    CHECK(nextDay[0].privatePort == 6000);
}

TEST_CASE("a lookup sees only the store asked about, and refuses an address that is not one", "[db][nat][lookup]") {
    Cafe cafe;
    const auto other = cafe.find(40001, at(10, 30), 2, cafe.other.storeId);
    REQUIRE(other.size() == 1);
    CHECK(other[0].privateIp == "10.0.0.5");
    CHECK_FALSE(other[0].endedAt);
    CHECK_FALSE(other[0].terminal);
    CHECK(cafe.find(40001, at(10, 30)).front().privateIp == "192.168.10.21");
    CHECK_THROWS_AS(cafe.lookup.findByPublicEndpoint(cafe.clerk.storeId, "198.51.100.700", 40001, instant(at(10)),
                                                     std::chrono::seconds(0)),
                    domain::ValidationError);
}
