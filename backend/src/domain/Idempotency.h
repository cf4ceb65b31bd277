#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// A request carrying an Idempotency-Key: the key is scoped to the store, and the request hash (SHA-256 of method,
/// path and body) tells a retry from a different request that reuses the key.
struct IdempotencyKey {
    std::int64_t storeId = 0;
    std::int64_t staffId = 0;
    std::string key;
    std::string requestHash;
};

/// The first answer to a request, replayed to its retries: the HTTP status and the exact body.
struct StoredResponse {
    int status = 0;
    std::string body;

    friend bool operator==(const StoredResponse&, const StoredResponse&) = default;
};

/// A stored answer with the hash of the request that produced it.
struct RecordedResponse {
    std::string requestHash;
    StoredResponse response;
};

/// Idempotency keys inside the transaction of the effect they guard, so a crash can never leave the effect without
/// its recorded answer or the answer without its effect.
class IdempotencyLedger {
public:
    virtual ~IdempotencyLedger() = default;

    /// Claims the key for this transaction. Returns the answer already recorded under it, if any; otherwise the key
    /// is held (a concurrent request with the same key waits until this transaction ends) and must be completed
    /// with record() before commit.
    virtual std::optional<RecordedResponse> claim(const IdempotencyKey& key) = 0;

    /// Records the answer of a claimed key.
    virtual void record(const IdempotencyKey& key, const StoredResponse& response) = 0;
};

/// Reading recorded answers outside a transaction: the fast path of a retry.
class IdempotencyStore {
public:
    virtual ~IdempotencyStore() = default;
    virtual std::optional<RecordedResponse> find(std::int64_t storeId, const std::string& key) = 0;
};

} // namespace kiroku::domain
