#include "storage/PgIdempotencyStore.h"

#include "storage/PgErrors.h"
#include "storage/Sql.h"

#include <stdexcept>

namespace kiroku::backend::storage {

namespace {

std::optional<domain::RecordedResponse> findIn(pqxx::transaction_base& tx, std::int64_t storeId,
                                               const std::string& key) {
    const auto rows = tx.exec_prepared(std::string(sql::kIdempotencyFind.name), storeId, key);
    if (rows.empty()) {
        return std::nullopt;
    }
    domain::RecordedResponse recorded;
    recorded.requestHash = rows[0]["request_hash"].as<std::string>();
    recorded.response.status = rows[0]["response_status"].as<int>();
    recorded.response.body = rows[0]["response_body"].as<std::string>();
    return recorded;
}

} // namespace

std::optional<domain::RecordedResponse> PgIdempotencyStore::find(std::int64_t storeId, const std::string& key) {
    return withSingleStatement(m_pool, [&](pqxx::nontransaction& tx) { return findIn(tx, storeId, key); });
}

std::optional<domain::RecordedResponse> PgIdempotencyLedger::claim(const domain::IdempotencyKey& key) {
    // Waits while another transaction holds the same key, then either owns the key or sees the committed answer.
    const auto claimed = m_tx.exec_prepared(std::string(sql::kIdempotencyClaim.name), key.storeId, key.key, key.staffId,
                                            key.requestHash);
    if (!claimed.empty()) {
        return std::nullopt;
    }
    auto recorded = findIn(m_tx, key.storeId, key.key);
    if (!recorded) {
        // Only an answer still being written (status 0) is invisible, and that is never committed.
        throw std::logic_error("idempotency key held without a recorded answer");
    }
    return recorded;
}

void PgIdempotencyLedger::record(const domain::IdempotencyKey& key, const domain::StoredResponse& response) {
    if (response.status <= 0) {
        throw std::invalid_argument("an answer to record needs an HTTP status");
    }
    m_tx.exec_prepared(std::string(sql::kIdempotencyRecord.name), key.storeId, key.key, response.status, response.body);
}

} // namespace kiroku::backend::storage
