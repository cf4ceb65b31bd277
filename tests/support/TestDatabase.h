#pragma once

#include <pqxx/connection>

#include "storage/Migrator.h"

#include <memory>
#include <string>

namespace kiroku::test {

/// A fresh database of its own for one test, dropped when the object goes out of scope.
/// `migrated()` copies a template database built once per set of migration files by running the
/// real migrations (kirokuctl's code path); `empty()` gives a database with nothing in it.
class TestDatabase {
public:
    static TestDatabase migrated();
    static TestDatabase empty();

    TestDatabase(TestDatabase&& other) noexcept;
    TestDatabase& operator=(TestDatabase&&) = delete;
    ~TestDatabase();

    const std::string& name() const { return m_name; }
    std::string dsn() const;
    /// A new connection to this database.
    std::unique_ptr<pqxx::connection> connect() const;

    /// The migration files of the source tree.
    static std::vector<backend::storage::MigrationFile> sourceMigrations();

private:
    explicit TestDatabase(std::string name) : m_name(std::move(name)) {}
    std::string m_name;
};

} // namespace kiroku::test
