#pragma once

#include <pqxx/connection>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiroku::backend::storage {

/// A migration that cannot be loaded or applied: a badly named file, a gap or duplicate in the
/// numbering, an applied file that was changed afterwards, or SQL that failed.
class MigrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One forward-only migration file, `V<number>__<description>.sql`.
struct MigrationFile {
    int version = 0;
    std::string name;     ///< the file name
    std::string sql;      ///< the file's content
    std::string checksum; ///< SHA-256 of the content, hex
};

/// A row of schema_migrations.
struct AppliedMigration {
    int version = 0;
    std::string name;
    std::string checksum;
};

/// Reads every `V*.sql` file of `directory`, sorted by version. Throws MigrationError for a file
/// named otherwise, a duplicated version, or versions that do not run 1, 2, 3, … without a gap.
std::vector<MigrationFile> loadMigrations(const std::filesystem::path& directory);

/// The migrations directory: $KIROKU_MIGRATIONS_DIR, else the source tree's (a build), else the
/// installed copy (a package).
std::filesystem::path defaultMigrationsDirectory();

struct MigrationReport {
    std::vector<std::string> applied; ///< names applied now, in order
    std::size_t alreadyApplied = 0;
};

/// Applies migrations in order, each in its own transaction together with its schema_migrations
/// row, under an advisory lock so concurrent migrators take turns. Before applying anything it
/// checks every recorded migration against the files: a changed file (checksum differs) or a
/// recorded migration with no file is refused with a MigrationError and nothing is applied.
class Migrator {
public:
    Migrator(pqxx::connection& connection, std::vector<MigrationFile> files);

    MigrationReport migrate();

    /// What schema_migrations holds (empty when the table does not exist yet).
    std::vector<AppliedMigration> applied();

    /// True when every file is applied with a matching checksum and nothing unknown is recorded.
    bool upToDate();

private:
    void verifyRecorded(const std::vector<AppliedMigration>& recorded) const;

    pqxx::connection& m_connection;
    std::vector<MigrationFile> m_files;
};

} // namespace kiroku::backend::storage
