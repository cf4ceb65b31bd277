#include "domain/Errors.h"
#include "services/nat/NatIngestService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgNatMappingRepository.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <string>

using namespace kiroku;
using backend::services::NatIngestRequest;
using test::TestDatabase;

namespace {

// 2023-11-14T22:13:20Z and on.
constexpr std::int64_t kT0 = 1700000000;

class FixedClock : public backend::services::Clock {
public:
    std::chrono::system_clock::time_point now() const override {
        return std::chrono::system_clock::time_point(std::chrono::seconds(kT0 + 3600));
    }
};

std::string line(const std::string& kind, std::int64_t seconds, int privatePort, int publicPort,
                 const std::string& extra = "") {
    return "[" + std::to_string(seconds) + ".250000]\t" + kind + " ipv4     2 tcp      6 src=192.168.10.21 " +
           "dst=203.0.113.5 sport=" + std::to_string(privatePort) + " dport=443 src=203.0.113.5 dst=198.51.100.7 " +
           "sport=443 dport=" + std::to_string(publicPort) + extra + "\n";
}

struct Shop {
    TestDatabase db = TestDatabase::migrated();
    test::StaffFixture clerk = test::createStaff(db, "nakano", "clerk-a", "clerk", 2);
    backend::storage::ConnectionPool pool{db.dsn(), 2, std::chrono::seconds(10)};
    backend::storage::PgNatMappingRepository repository{pool};
    FixedClock clock;
    backend::services::NatIngestService ingest{repository, clock};

    domain::NatIngestResult upload(const std::string& log, std::uint64_t firstLine = 1) {
        NatIngestRequest request;
        request.storeId = clerk.storeId;
        request.content = log;
        request.firstLine = firstLine;
        return ingest.ingest(request);
    }

    std::int64_t count(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec1(sql)[0].as<std::int64_t>();
    }

    /// Runs `sql` (one number back) in a read-write transaction.
    std::int64_t change(const std::string& sql) {
        auto c = db.connect();
        pqxx::work tx(*c);
        const auto value = tx.exec1(sql)[0].as<std::int64_t>();
        tx.commit();
        return value;
    }

    std::string text(const std::string& sql) {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        const auto field = tx.exec1(sql)[0];
        return field.is_null() ? "NULL" : field.as<std::string>();
    }
};

// One mapping as text: private, public, start, end (UTC, to the microsecond).
std::string mappingOf(Shop& shop, int publicPort) {
    return shop.text("SELECT host(private_ip) || ':' || private_port || ' ' || host(public_ip) || ':' || public_port "
                     "|| ' ' || coalesce(to_char(started_at AT TIME ZONE 'UTC', 'HH24:MI:SS.US'), '-') || ' ' || "
                     "coalesce(to_char(ended_at AT TIME ZONE 'UTC', 'HH24:MI:SS.US'), '-') FROM nat_mappings "
                     "WHERE public_port = " +
                     std::to_string(publicPort));
}

} // namespace

TEST_CASE("a NAT log becomes one mapping per connection in the month's partition", "[db][nat]") {
    Shop shop;
    const auto result = shop.upload(line("[NEW]", kT0, 51234, 40001) + line("[UPDATE]", kT0 + 1, 51234, 40001) +
                                    line("[NEW]", kT0 + 2, 51235, 40002) + line("[DESTROY]", kT0 + 42, 51234, 40001));
    CHECK_FALSE(result.duplicate);
    CHECK(result.lines == 4);
    CHECK(result.events == 4);
    CHECK(result.mappingsInserted == 2);
    CHECK(mappingOf(shop, 40001) == "192.168.10.21:51234 198.51.100.7:40001 22:13:20.250000 22:14:02.250000");
    CHECK(mappingOf(shop, 40002) == "192.168.10.21:51235 198.51.100.7:40002 22:13:22.250000 -");
    CHECK(shop.count("SELECT count(*) FROM nat_mappings_p202311") == 2);
    CHECK(shop.text("SELECT string_agg(relname, ',') FROM pg_class WHERE relname LIKE 'nat_mappings_p%' AND "
                    "relkind = 'r'") == "nat_mappings_p202311");
    CHECK(shop.count("SELECT count(*) FROM nat_mappings WHERE upload_id = " + std::to_string(result.uploadId)) == 2);
}

TEST_CASE("the same upload sent again stores nothing and answers with the first upload's result", "[db][nat]") {
    Shop shop;
    const std::string log = line("[NEW]", kT0, 51234, 40001) + "garbage\n" + line("[DESTROY]", kT0 + 42, 51234, 40001);
    const auto first = shop.upload(log);
    const auto again = shop.upload(log);
    CHECK(again.duplicate);
    CHECK(again.uploadId == first.uploadId);
    CHECK(again.mappingsInserted == 1);
    CHECK(again.malformed == 1);
    REQUIRE(again.malformedLines.size() == 1);
    CHECK(again.malformedLines[0].line == 2);
    CHECK(shop.count("SELECT count(*) FROM nat_mappings") == 1);
    CHECK(shop.count("SELECT count(*) FROM nat_uploads") == 1);
}

TEST_CASE("an overlapping upload neither duplicates mappings nor loses the ends it brings", "[db][nat]") {
    Shop shop;
    shop.upload(line("[NEW]", kT0, 1001, 40001) + line("[NEW]", kT0 + 1, 1002, 40002));
    // The gateway re-sent its last line, then went on.
    const auto next = shop.upload(line("[NEW]", kT0 + 1, 1002, 40002) + line("[DESTROY]", kT0 + 30, 1001, 40001) +
                                  line("[DESTROY]", kT0 + 31, 1002, 40002) + line("[NEW]", kT0 + 32, 1003, 40003));
    CHECK(next.mappingsInserted == 1);
    CHECK(next.mappingsClosed == 2);
    CHECK(shop.count("SELECT count(*) FROM nat_mappings") == 3);
    CHECK(mappingOf(shop, 40001) == "192.168.10.21:1001 198.51.100.7:40001 22:13:20.250000 22:13:50.250000");
    CHECK(mappingOf(shop, 40002) == "192.168.10.21:1002 198.51.100.7:40002 22:13:21.250000 22:13:51.250000");

    SECTION("and a third overlapping upload changes nothing more") {
        const auto third = shop.upload(line("[DESTROY]", kT0 + 31, 1002, 40002) + line("[NEW]", kT0 + 32, 1003, 40003));
        CHECK(third.mappingsInserted == 0);
        CHECK(third.mappingsClosed == 0);
        CHECK(third.mappingsKnown == 2);
        CHECK(shop.count("SELECT count(*) FROM nat_mappings") == 3);
    }
}

TEST_CASE("a DESTROY without its NEW anywhere still records what it knows", "[db][nat]") {
    Shop shop;
    const auto result = shop.upload(line("[DESTROY]", kT0 + 60, 2001, 40021) +
                                    line("[DESTROY]", kT0 + 60, 2002, 40022, " delta-time=15") +
                                    line("[UPDATE]", kT0 + 61, 2003, 40023));
    CHECK(result.mappingsInserted == 3);
    CHECK(mappingOf(shop, 40021) == "192.168.10.21:2001 198.51.100.7:40021 - 22:14:20.250000");
    CHECK(mappingOf(shop, 40022) == "192.168.10.21:2002 198.51.100.7:40022 22:14:05.250000 22:14:20.250000");
    CHECK(shop.count("SELECT count(*) FROM nat_mappings WHERE start_estimated") == 1);
    CHECK(mappingOf(shop, 40023) == "192.168.10.21:2003 198.51.100.7:40023 - -");
    CHECK(shop.text("SELECT to_char(key_at AT TIME ZONE 'UTC', 'HH24:MI:SS') FROM nat_mappings WHERE public_port = "
                    "40021") == "22:14:20");
}

TEST_CASE("malformed lines are counted and listed by number, and the rest of the upload is stored", "[db][nat]") {
    Shop shop;
    std::string log = line("[NEW]", kT0, 3001, 40031);
    log += "[1700000001.000000]\t    [NEW] ipv4     2 tcp      6 src=192.168.10.999 dst=203.0.113.5\n";
    log += "\n";
    log += line("[NEW]", kT0 + 7200 + 86400, 3002, 40032); // a day past the server's clock
    log += line("[NEW]", kT0 + 2, 3003, 40033);
    const auto result = shop.upload(log, 501);
    CHECK(result.lines == 5);
    CHECK(result.skipped == 1);
    CHECK(result.malformed == 2);
    REQUIRE(result.malformedLines.size() == 2);
    CHECK(result.malformedLines[0].line == 502);
    CHECK(result.malformedLines[0].reason == "malformed address in src=");
    CHECK(result.malformedLines[1].line == 504);
    CHECK(result.malformedLines[1].reason == "more than a day ahead of the server's clock");
    CHECK(result.mappingsInserted == 2);
    CHECK(
        shop.text("SELECT malformed_lines::text FROM nat_uploads") ==
        R"([{"line": 502, "reason": "malformed address in src="}, {"line": 504, "reason": "more than a day ahead of the server's clock"}])");
}

TEST_CASE("a failing upload stores nothing of itself, and saying so is left to the caller", "[db][nat]") {
    Shop shop;
    domain::NatUpload upload;
    upload.storeId = shop.clerk.storeId;
    upload.format = "conntrack";
    upload.contentSha256 = std::string(64, 'a');
    upload.lines = 2;
    upload.events = 2;
    domain::NatMappingRecord good;
    good.protocol = 6;
    good.privateIp = "192.168.10.21";
    good.privatePort = 1;
    good.publicIp = "198.51.100.7";
    good.publicPort = 40001;
    good.keyAt = std::chrono::system_clock::time_point(std::chrono::seconds(kT0));
    good.startedAt = good.keyAt;
    auto bad = good;
    bad.publicPort = 40002;
    bad.endedAt = good.keyAt - std::chrono::seconds(1); // violates "ended_at >= key_at" at the very end
    CHECK_THROWS_AS(shop.repository.ingest(upload, {good, bad}), domain::ValidationError);
    CHECK(shop.count("SELECT count(*) FROM nat_mappings") == 0);
    CHECK(shop.count("SELECT count(*) FROM nat_uploads") == 0);
    // The same upload, fixed, goes through: the failed one left no claim on its hash.
    const auto stored = shop.repository.ingest(upload, {good});
    CHECK_FALSE(stored.duplicate);
    CHECK(shop.count("SELECT count(*) FROM nat_mappings") == 1);
}

TEST_CASE("monthly partitions are named by UTC month and dropped once the month and all its mappings are 3 years "
          "old",
          "[db][nat]") {
    Shop shop;
    const std::int64_t jan2020 = 1579000000; // 2020-01-14T11:06:40Z
    const std::int64_t feb2020 = 1580700000; // 2020-02-03T03:20:00Z: a mapping of January that ended in February
    shop.upload(line("[NEW]", jan2020, 1, 40001) + line("[DESTROY]", feb2020, 1, 40001) + line("[NEW]", kT0, 2, 40002));
    CHECK(shop.count("SELECT count(*) FROM nat_mappings_p202001") == 1);
    CHECK(shop.count("SELECT count(*) FROM nat_mappings_p202311") == 1);
    CHECK(shop.change("SELECT nat_mappings_drop_expired('2023-02-02')") == 0); // month over, mapping not
    CHECK(shop.change("SELECT nat_mappings_drop_expired('2023-02-04')") == 0); // ended 2020-02-03: kept to 2023-02-03
    CHECK(shop.change("SELECT nat_mappings_drop_expired('2023-02-05')") == 1);
    CHECK(shop.count("SELECT count(*) FROM pg_class WHERE relname = 'nat_mappings_p202001'") == 0);
    CHECK(shop.count("SELECT count(*) FROM nat_mappings") == 1);
}
