#include "storage/Migrator.h"

#include "crypto/Hash.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace kiroku::backend::storage {

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw MigrationError("cannot read migration file " + path.string());
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

std::vector<MigrationFile> loadMigrations(const std::filesystem::path& directory) {
    if (!std::filesystem::is_directory(directory)) {
        throw MigrationError("migrations directory not found: " + directory.string());
    }
    static const std::regex kName(R"(V([0-9]{3,})__[a-z0-9_]+\.sql)");
    std::map<int, MigrationFile> byVersion;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".sql") {
            continue;
        }
        std::smatch match;
        if (!std::regex_match(name, match, kName)) {
            throw MigrationError(
                "migration file " + name +
                " is not named V<number>__<lower_case_description>.sql (e.g. V001__create_stores.sql)");
        }
        MigrationFile file;
        file.version = std::stoi(match[1].str());
        file.name = name;
        file.sql = readFile(entry.path());
        file.checksum = crypto::sha256Hex(file.sql);
        const int version = file.version;
        if (auto [it, inserted] = byVersion.emplace(version, std::move(file)); !inserted) {
            throw MigrationError("migrations " + it->second.name + " and " + name + " share version " +
                                 std::to_string(version));
        }
    }
    // Versions may skip numbers (a feature can reserve its number), but they apply strictly in order: see migrate().
    std::vector<MigrationFile> files;
    for (auto& [version, file] : byVersion) {
        files.push_back(std::move(file));
    }
    return files;
}

std::filesystem::path defaultMigrationsDirectory() {
    if (const char* env = std::getenv("KIROKU_MIGRATIONS_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    if (std::filesystem::is_directory(KIROKU_SOURCE_MIGRATIONS_DIR)) {
        return KIROKU_SOURCE_MIGRATIONS_DIR;
    }
    return KIROKU_INSTALLED_MIGRATIONS_DIR;
}

Migrator::Migrator(pqxx::connection& connection, std::vector<MigrationFile> files)
    : m_connection(connection), m_files(std::move(files)) {}

std::vector<AppliedMigration> Migrator::applied() {
    pqxx::read_transaction tx(m_connection);
    if (!tx.exec_params1(std::string(sql::kMigrationsTableExists.text))[0].as<bool>()) {
        return {};
    }
    std::vector<AppliedMigration> out;
    for (const auto& row : tx.exec_params(std::string(sql::kAppliedMigrations.text))) {
        out.push_back({row[0].as<int>(), row[1].as<std::string>(), row[2].as<std::string>()});
    }
    return out;
}

void Migrator::verifyRecorded(const std::vector<AppliedMigration>& recorded) const {
    for (const auto& done : recorded) {
        const auto file = std::find_if(m_files.begin(), m_files.end(),
                                       [&](const MigrationFile& f) { return f.version == done.version; });
        if (file == m_files.end()) {
            throw MigrationError("the database has migration " + done.name +
                                 " applied, but no such file exists: this build is older than the database");
        }
        if (file->checksum != done.checksum) {
            throw MigrationError("migration " + file->name + " was changed after it was applied (recorded checksum " +
                                 done.checksum.substr(0, 12) + "…, file now " + file->checksum.substr(0, 12) +
                                 "…); applied migrations are never edited: add a new migration instead");
        }
    }
}

bool Migrator::upToDate() {
    const auto recorded = applied();
    try {
        verifyRecorded(recorded);
    } catch (const MigrationError&) {
        return false;
    }
    return recorded.size() == m_files.size();
}

MigrationReport Migrator::migrate() {
    {
        pqxx::work tx(m_connection);
        tx.exec0(std::string(sql::kCreateMigrationsTable));
        tx.commit();
    }
    MigrationReport report;
    for (const auto& file : m_files) {
        pqxx::work tx(m_connection);
        tx.exec_params(std::string(sql::kMigrationLock.text));
        std::vector<AppliedMigration> recorded;
        for (const auto& row : tx.exec_params(std::string(sql::kAppliedMigrations.text))) {
            recorded.push_back({row[0].as<int>(), row[1].as<std::string>(), row[2].as<std::string>()});
        }
        verifyRecorded(recorded);
        const bool done = std::any_of(recorded.begin(), recorded.end(),
                                      [&](const AppliedMigration& a) { return a.version == file.version; });
        if (done) {
            ++report.alreadyApplied;
            continue;
        }
        if (const auto later = std::find_if(recorded.begin(), recorded.end(),
                                            [&](const AppliedMigration& a) { return a.version > file.version; });
            later != recorded.end()) {
            throw MigrationError("migration " + file.name + " is older than the applied " + later->name +
                                 " and would run out of order: give it a version above the newest applied one");
        }
        const auto started = std::chrono::steady_clock::now();
        try {
            tx.exec(file.sql);
        } catch (const pqxx::sql_error& e) {
            throw MigrationError("migration " + file.name + " failed: " + e.what());
        }
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        tx.exec_params(std::string(sql::kRecordMigration.text), file.version, file.name, file.checksum,
                       static_cast<int>(ms));
        tx.commit();
        report.applied.push_back(file.name);
    }
    return report;
}

} // namespace kiroku::backend::storage
