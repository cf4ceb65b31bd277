#pragma once

#include "domain/Idempotency.h"
#include "storage/ConnectionPool.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

/// Recorded answers, read outside any transaction (the fast path of a retry).
class PgIdempotencyStore : public domain::IdempotencyStore {
public:
    explicit PgIdempotencyStore(ConnectionPool& pool) : m_pool(pool) {}
    std::optional<domain::RecordedResponse> find(std::int64_t storeId, const std::string& key) override;

private:
    ConnectionPool& m_pool;
};

/// The idempotency keys inside a repository's transaction `tx`, so the answer commits with the effect.
class PgIdempotencyLedger : public domain::IdempotencyLedger {
public:
    explicit PgIdempotencyLedger(pqxx::work& tx) : m_tx(tx) {}
    std::optional<domain::RecordedResponse> claim(const domain::IdempotencyKey& key) override;
    void record(const domain::IdempotencyKey& key, const domain::StoredResponse& response) override;

private:
    pqxx::work& m_tx;
};

} // namespace kiroku::backend::storage
