#pragma once

#include "domain/Errors.h"
#include "domain/Idempotency.h"

#include <optional>
#include <utility>

namespace kiroku::backend::services {

/// The answer to hand back for a request whose key already has a recorded answer: that answer when the request is
/// the same (a retry), else RuleViolation("idempotency_key_reused") naming the Idempotency-Key header.
inline domain::StoredResponse replayOrRefuse(const domain::RecordedResponse& recorded,
                                             const domain::IdempotencyKey& key) {
    if (recorded.requestHash != key.requestHash) {
        throw domain::RuleViolation("idempotency_key_reused",
                                    "this Idempotency-Key was already used for a different request; send a new key "
                                    "for a new request",
                                    "Idempotency-Key");
    }
    return recorded.response;
}

/// The fast path of a retry, before any other work: the recorded answer for `key`, if there is one (see
/// replayOrRefuse). A request that finds nothing here still goes through once(), which settles races.
inline std::optional<domain::StoredResponse> recordedAnswer(domain::IdempotencyStore& store,
                                                            const domain::IdempotencyKey& key) {
    if (auto recorded = store.find(key.storeId, key.key)) {
        return replayOrRefuse(*recorded, key);
    }
    return std::nullopt;
}

/// Runs `effect` at most once per idempotency key, inside the caller's transaction (whose ledger is `ledger`):
/// claims the key, replays the recorded answer when there is one, else runs the effect, renders its result
/// and records that answer in the same transaction. An effect that throws records nothing, so a retry of a
/// refused request is judged again.
template <typename Effect, typename Render>
domain::StoredResponse once(domain::IdempotencyLedger& ledger, const domain::IdempotencyKey& key, Effect&& effect,
                            Render&& render) {
    if (auto recorded = ledger.claim(key)) {
        return replayOrRefuse(*recorded, key);
    }
    domain::StoredResponse response = std::forward<Render>(render)(std::forward<Effect>(effect)());
    ledger.record(key, response);
    return response;
}

} // namespace kiroku::backend::services
