#include "storage/PgReadinessProbe.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

domain::ReadinessReport PgReadinessProbe::check() {
    domain::ReadinessReport report;
    report.knownMigrations = m_files.size();
    try {
        auto lease = m_pool.acquire();
        try {
            Migrator migrator(*lease, m_files);
            const auto applied = migrator.applied();
            report.databaseReachable = true;
            report.appliedMigrations = applied.size();
            report.schemaCurrent = migrator.upToDate();
        } catch (const pqxx::broken_connection&) {
            lease.markBroken();
        }
    } catch (const std::exception&) {
        report.databaseReachable = false;
    }
    return report;
}

} // namespace kiroku::backend::storage
