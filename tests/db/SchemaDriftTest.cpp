#include "support/TestCluster.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using kiroku::test::runCommand;
using kiroku::test::shellQuote;
using kiroku::test::TestCluster;
using kiroku::test::TestDatabase;

namespace {

// pg_dump's comments, session settings, blank lines and (since 15.14) its random \restrict keys vary
// between runs and minor versions; the statements don't.
std::string normalise(const std::string& dump) {
    std::istringstream in(dump);
    std::ostringstream out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.rfind("--", 0) == 0 || line.rfind("SET ", 0) == 0 ||
            line.rfind("SELECT pg_catalog.set_config", 0) == 0 || line.rfind("\\restrict", 0) == 0 ||
            line.rfind("\\unrestrict", 0) == 0) {
            continue;
        }
        // Default privileges name the role that ran the migrations, which differs between machines.
        if (line.rfind("ALTER DEFAULT PRIVILEGES FOR ROLE ", 0) == 0) {
            const auto schema = line.find(" IN SCHEMA ");
            line = "ALTER DEFAULT PRIVILEGES FOR ROLE <migrator>" +
                   (schema == std::string::npos ? "" : line.substr(schema));
        }
        out << line << '\n';
    }
    return out.str();
}

// The dump without its per-run \restrict lines, as committed.
std::string withoutRestrictKeys(const std::string& dump) {
    std::istringstream in(dump);
    std::ostringstream out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("\\restrict", 0) != 0 && line.rfind("\\unrestrict", 0) != 0) {
            out << line << '\n';
        }
    }
    return out.str();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

TEST_CASE("schema/schema.sql is exactly what the migrations produce", "[schema]") {
    auto db = TestDatabase::migrated();
    auto& cluster = TestCluster::instance();
    std::string dump;
    const std::string command = shellQuote(TestCluster::pgProgram("pg_dump")) + " --schema-only --no-owner -h " +
                                shellQuote(cluster.host()) + " -p " + cluster.port() + " -U " + cluster.user() +
                                " -d " + shellQuote(db.name()) + " 2>/dev/null";
    REQUIRE(runCommand(command, &dump) == 0);

    const std::string committedPath = std::string(KIROKU_TEST_SOURCE_DIR) + "/schema/schema.sql";
    if (const char* write = std::getenv("KIROKU_WRITE_SCHEMA"); write != nullptr && std::string(write) == "1") {
        std::ofstream(committedPath) << withoutRestrictKeys(dump);
    }
    const std::string actualPath = std::string(KIROKU_TEST_BINARY_DIR) + "/schema.actual.sql";
    std::ofstream(actualPath) << dump;

    INFO("the migrations produce " << actualPath
                                   << ", which differs from schema/schema.sql; "
                                      "run scripts/update-schema.sh and commit the result");
    CHECK(normalise(dump) == normalise(readFile(committedPath)));
}
