#include "storage/Migrator.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <filesystem>
#include <fstream>

using kiroku::backend::storage::loadMigrations;
using kiroku::backend::storage::MigrationError;
using kiroku::backend::storage::Migrator;
using kiroku::test::TestDatabase;

namespace {

/// A folder of migration files made for one test, removed afterwards.
struct MigrationDir {
    std::filesystem::path path;
    MigrationDir() {
        path = std::filesystem::temp_directory_path() /
               ("kiroku-migrations-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + "-" +
                std::to_string(getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~MigrationDir() { std::filesystem::remove_all(path); }
    void write(const std::string& name, const std::string& sql) const { std::ofstream(path / name) << sql; }
};

std::vector<std::string> tables(pqxx::connection& c) {
    pqxx::read_transaction tx(c);
    std::vector<std::string> out;
    for (const auto& row : tx.exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
        out.push_back(row[0].as<std::string>());
    }
    return out;
}

} // namespace

TEST_CASE("migrations are applied in numeric order, not in file-name order", "[migrations]") {
    MigrationDir dir;
    // V010 depends on V009, which depends on V002..: a lexical sort of "V10" vs "V9" would break this.
    dir.write("V001__base.sql", "CREATE TABLE a (id int PRIMARY KEY);");
    for (int v = 2; v <= 9; ++v) {
        dir.write("V00" + std::to_string(v) + "__step.sql", "ALTER TABLE a ADD COLUMN c" + std::to_string(v) + " int;");
    }
    dir.write("V010__needs_c9.sql", "CREATE INDEX a_c9 ON a (c9);");
    const auto files = loadMigrations(dir.path);
    REQUIRE(files.size() == 10);
    CHECK(files.front().name == "V001__base.sql");
    CHECK(files.back().name == "V010__needs_c9.sql");

    auto db = TestDatabase::empty();
    auto connection = db.connect();
    Migrator migrator(*connection, files);
    const auto report = migrator.migrate();
    CHECK(report.applied.size() == 10);
    const auto applied = migrator.applied();
    REQUIRE(applied.size() == 10);
    for (std::size_t i = 0; i < applied.size(); ++i) {
        CHECK(applied[i].version == static_cast<int>(i + 1));
        CHECK(applied[i].checksum == files[i].checksum);
    }
    CHECK(migrator.upToDate());
}

TEST_CASE("running the migrations again applies nothing", "[migrations]") {
    auto db = TestDatabase::migrated();
    auto connection = db.connect();
    Migrator migrator(*connection, TestDatabase::sourceMigrations());
    const auto report = migrator.migrate();
    CHECK(report.applied.empty());
    CHECK(report.alreadyApplied == TestDatabase::sourceMigrations().size());
    CHECK(migrator.upToDate());
}

TEST_CASE("a migration file changed after it was applied is refused with a clear error", "[migrations]") {
    MigrationDir dir;
    dir.write("V001__base.sql", "CREATE TABLE a (id int);");
    auto db = TestDatabase::empty();
    auto connection = db.connect();
    Migrator(*connection, loadMigrations(dir.path)).migrate();

    dir.write("V001__base.sql", "CREATE TABLE a (id bigint);");
    dir.write("V002__more.sql", "CREATE TABLE b (id int);");
    Migrator changed(*connection, loadMigrations(dir.path));
    CHECK_FALSE(changed.upToDate());
    CHECK_THROWS_WITH(changed.migrate(), Catch::Matchers::Contains("V001__base.sql was changed after it was applied"));
    // Nothing after the refusal was applied.
    CHECK(tables(*connection) == std::vector<std::string>{"a", "schema_migrations"});
}

TEST_CASE("a failing migration is rolled back whole and stops the ones after it", "[migrations]") {
    MigrationDir dir;
    dir.write("V001__ok.sql", "CREATE TABLE a (id int);");
    dir.write("V002__broken.sql", "CREATE TABLE b (id int); CREATE TABLE a (id int);");
    dir.write("V003__later.sql", "CREATE TABLE c (id int);");
    auto db = TestDatabase::empty();
    auto connection = db.connect();
    Migrator migrator(*connection, loadMigrations(dir.path));
    CHECK_THROWS_WITH(migrator.migrate(), Catch::Matchers::Contains("V002__broken.sql failed"));
    CHECK(tables(*connection) == std::vector<std::string>{"a", "schema_migrations"});
    CHECK(migrator.applied().size() == 1);
}

TEST_CASE("a recorded migration whose file is gone is refused", "[migrations]") {
    MigrationDir dir;
    dir.write("V001__one.sql", "CREATE TABLE a (id int);");
    dir.write("V002__two.sql", "CREATE TABLE b (id int);");
    auto db = TestDatabase::empty();
    auto connection = db.connect();
    Migrator(*connection, loadMigrations(dir.path)).migrate();
    std::filesystem::remove(dir.path / "V002__two.sql");
    CHECK_THROWS_WITH(Migrator(*connection, loadMigrations(dir.path)).migrate(),
                      Catch::Matchers::Contains("V002__two.sql applied, but no such file exists"));
}

TEST_CASE("badly named or duplicated migration files are refused before anything runs", "[migrations]") {
    SECTION("a name without the V<number>__ prefix") {
        MigrationDir dir;
        dir.write("V001__ok.sql", "SELECT 1;");
        dir.write("002_create.sql", "SELECT 1;");
        CHECK_THROWS_WITH(loadMigrations(dir.path),
                          Catch::Matchers::Contains("002_create.sql is not named V<number>__"));
    }
    SECTION("two files with one version") {
        MigrationDir dir;
        dir.write("V001__a.sql", "SELECT 1;");
        dir.write("V0001__b.sql", "SELECT 1;");
        CHECK_THROWS_WITH(loadMigrations(dir.path), Catch::Matchers::Contains("share version 1"));
    }
}

TEST_CASE("migration numbers may skip, but a migration older than an applied one is refused and nothing runs",
          "[migrations]") {
    MigrationDir dir;
    dir.write("V001__a.sql", "CREATE TABLE a (id int);");
    dir.write("V003__c.sql", "CREATE TABLE c (id int);");
    auto db = TestDatabase::empty();
    auto connection = db.connect();
    CHECK(Migrator(*connection, loadMigrations(dir.path)).migrate().applied.size() == 2);

    dir.write("V002__b.sql", "CREATE TABLE b (id int);");
    CHECK_THROWS_WITH(Migrator(*connection, loadMigrations(dir.path)).migrate(),
                      Catch::Matchers::Contains("V002__b.sql is older than the applied V003__c.sql"));
    const auto names = tables(*connection);
    CHECK(std::find(names.begin(), names.end(), "b") == names.end());
}

TEST_CASE("the product's migrations apply cleanly to an empty database", "[migrations]") {
    auto db = TestDatabase::empty();
    auto connection = db.connect();
    Migrator migrator(*connection, TestDatabase::sourceMigrations());
    CHECK_FALSE(migrator.upToDate());
    const auto report = migrator.migrate();
    CHECK(report.applied.size() == TestDatabase::sourceMigrations().size());
    CHECK(migrator.upToDate());
    const auto names = tables(*connection);
    for (const char* expected : {"stores", "booths", "terminals", "staff", "schema_migrations"}) {
        CHECK(std::find(names.begin(), names.end(), expected) != names.end());
    }
}
