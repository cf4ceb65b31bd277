#include "support/TestCluster.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <filesystem>
#include <fstream>

using kiroku::test::runCommand;
using kiroku::test::shellQuote;
using kiroku::test::TestDatabase;

namespace {
std::string configFor(const TestDatabase& db) {
    const auto path = std::filesystem::temp_directory_path() / (db.name() + ".ini");
    std::ofstream(path) << "[database]\ndsn = " << db.dsn() << "\n";
    return path.string();
}
} // namespace

TEST_CASE("kirokuctl migrate applies every migration and is a no-op the second time", "[cli][e2e]") {
    auto db = TestDatabase::empty();
    const std::string config = configFor(db);
    const std::string ctl = std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(config);
    std::string out;
    REQUIRE(runCommand(ctl + " migrate", &out) == 0);
    CHECK(out.find("applied V001__") != std::string::npos);
    REQUIRE(runCommand(ctl + " migrate", &out) == 0);
    CHECK(out.find("0 applied") != std::string::npos);
    REQUIRE(runCommand(ctl + " migration-status", &out) == 0);
    CHECK(out.find("pending") == std::string::npos);
    std::filesystem::remove(config);
}

TEST_CASE("kirokuctl without a database setting says which key is missing", "[cli][e2e]") {
    std::string out;
    CHECK(runCommand(std::string(KIROKU_TEST_CTL_BINARY) + " migrate", &out) == 78);
    CHECK(out.find("database.dsn is not set") != std::string::npos);
}
