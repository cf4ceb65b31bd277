#pragma once

#include "domain/Readiness.h"
#include "storage/ConnectionPool.h"
#include "storage/Migrator.h"

namespace kiroku::backend::storage {

/// Checks the database through the pool: reachable, and migrated exactly as far as this build's files.
class PgReadinessProbe : public domain::ReadinessProbe {
public:
    PgReadinessProbe(ConnectionPool& pool, std::vector<MigrationFile> files)
        : m_pool(pool), m_files(std::move(files)) {}

    domain::ReadinessReport check() override;

private:
    ConnectionPool& m_pool;
    std::vector<MigrationFile> m_files;
};

} // namespace kiroku::backend::storage
