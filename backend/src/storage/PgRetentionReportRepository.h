#pragma once

#include "domain/RetentionReport.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// The retention report's counts, read in one REPEATABLE READ snapshot so they agree with each other.
class PgRetentionReportRepository : public domain::RetentionReportRepository {
public:
    explicit PgRetentionReportRepository(ConnectionPool& pool) : m_pool(pool) {}
    domain::RetentionFigures figures(const domain::RetentionQuery& query) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
