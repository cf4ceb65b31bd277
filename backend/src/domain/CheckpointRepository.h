#pragma once

#include "domain/Audit.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A signed statement of where a store's audit chain stood: its length and head hash at a time. `payload` is the
/// canonical JSON that was signed; the other fields repeat it.
struct AuditCheckpoint {
    std::int64_t id = 0;
    std::int64_t storeId = 0;
    std::int64_t length = 0;
    std::string headHash; ///< lower-case hex
    std::chrono::system_clock::time_point createdAt;
    std::uint32_t keyId = 0;
    std::string payload;
    std::vector<std::uint8_t> signature;
};

/// The stores' signed checkpoints (audit_checkpoints).
class CheckpointRepository {
public:
    virtual ~CheckpointRepository() = default;

    /// In one transaction: locks the store's chain head; when `skipIfMadeSince` is set and the store already has a
    /// checkpoint made at or after it, returns nothing; otherwise calls `make(head)` for the signed checkpoint of
    /// that head, stores it, appends `entryFor(stored)` to the store's chain, and returns the stored checkpoint.
    virtual std::optional<AuditCheckpoint>
    create(std::int64_t storeId, std::optional<std::chrono::system_clock::time_point> skipIfMadeSince,
           const std::function<AuditCheckpoint(const AuditHead&)>& make,
           const std::function<AuditEntry(const AuditCheckpoint&)>& entryFor) = 0;

    /// The store's most recent checkpoint.
    virtual std::optional<AuditCheckpoint> latest(std::int64_t storeId) = 0;

    /// Every store's id (the daily job checkpoints each).
    virtual std::vector<std::int64_t> storeIds() = 0;
};

} // namespace kiroku::domain
