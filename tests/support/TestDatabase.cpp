#include "support/TestDatabase.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "support/TestCluster.h"

#include <pqxx/pqxx>

namespace kiroku::test {

namespace {

std::string templateFor(const std::vector<backend::storage::MigrationFile>& files) {
    std::string all;
    for (const auto& f : files) {
        all += f.name + ":" + f.checksum + "\n";
    }
    return "kiroku_template_" + crypto::sha256Hex(all).substr(0, 16);
}

void ensureTemplate(const std::string& name, const std::vector<backend::storage::MigrationFile>& files) {
    auto& cluster = TestCluster::instance();
    pqxx::connection admin(cluster.dsn("postgres"));
    pqxx::nontransaction tx(admin);
    // Test binaries may run in parallel: one builds the template, the others wait for it.
    tx.exec_params("SELECT pg_advisory_lock($1)", 7403162022);
    const bool exists = tx.exec_params1("SELECT count(*) FROM pg_database WHERE datname = $1", name)[0].as<int>() > 0;
    if (!exists) {
        const std::string building = name + "_building";
        tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(building));
        tx.exec0("CREATE DATABASE " + tx.quote_name(building));
        {
            pqxx::connection connection(cluster.dsn(building));
            backend::storage::Migrator migrator(connection, files);
            migrator.migrate();
        }
        tx.exec0("ALTER DATABASE " + tx.quote_name(building) + " RENAME TO " + tx.quote_name(name));
        tx.exec0("ALTER DATABASE " + tx.quote_name(name) + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
    }
    tx.exec_params("SELECT pg_advisory_unlock($1)", 7403162022);
}

std::string create(const std::string& templateName) {
    auto& cluster = TestCluster::instance();
    const std::string name = "t_" + crypto::randomHex(8);
    pqxx::connection admin(cluster.dsn("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec0("CREATE DATABASE " + tx.quote_name(name) + " TEMPLATE " + tx.quote_name(templateName));
    return name;
}

} // namespace

std::vector<backend::storage::MigrationFile> TestDatabase::sourceMigrations() {
    return backend::storage::loadMigrations(KIROKU_SOURCE_MIGRATIONS_DIR);
}

TestDatabase TestDatabase::migrated() {
    const auto files = sourceMigrations();
    const std::string templateName = templateFor(files);
    ensureTemplate(templateName, files);
    return TestDatabase(create(templateName));
}

TestDatabase TestDatabase::empty() {
    return TestDatabase(create("template0"));
}

TestDatabase::TestDatabase(TestDatabase&& other) noexcept : m_name(std::move(other.m_name)) {
    other.m_name.clear();
}

TestDatabase::~TestDatabase() {
    if (m_name.empty()) {
        return;
    }
    try {
        pqxx::connection admin(TestCluster::instance().dsn("postgres"));
        pqxx::nontransaction tx(admin);
        tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(m_name) + " WITH (FORCE)");
    } catch (const std::exception&) {
        // A database left behind is removed with the cluster at the end of the run.
    }
}

std::string TestDatabase::dsn() const {
    return TestCluster::instance().dsn(m_name);
}

std::unique_ptr<pqxx::connection> TestDatabase::connect() const {
    return std::make_unique<pqxx::connection>(dsn());
}

} // namespace kiroku::test
