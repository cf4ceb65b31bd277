#pragma once

#include "domain/Audit.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// An audit log row as stored: the columns kept for queries, and the hashed document itself.
struct StoredAuditEntry {
    std::int64_t chainId = 0;
    std::int64_t seq = 0;
    std::optional<std::int64_t> storeId;
    std::int64_t atMicros = 0; ///< microseconds since the Unix epoch
    std::string action;
    std::optional<std::int64_t> staffId;
    std::string document; ///< the entry's JSON, as stored
    std::string prevHash; ///< lower-case hex
    std::string hash;     ///< lower-case hex
};

/// Read access to the audit chains, for verification.
class AuditRepository {
public:
    virtual ~AuditRepository() = default;

    /// Reads chain `chainId` in one consistent snapshot: its recorded head (nothing when never written), then its
    /// entries after position `afterSeq` in position order, `batchSize` rows at a time, each passed to `visit` until
    /// it returns false. Returns the head read in that snapshot.
    virtual std::optional<AuditHead> scan(std::int64_t chainId, std::int64_t afterSeq, std::size_t batchSize,
                                          const std::function<bool(const StoredAuditEntry&)>& visit) = 0;

    /// The entry at position `seq`, if there is one.
    virtual std::optional<StoredAuditEntry> entryAt(std::int64_t chainId, std::int64_t seq) = 0;

    /// Every chain that has a head: 0 (global) and the stores' ids.
    virtual std::vector<std::int64_t> chains() = 0;
};

} // namespace kiroku::domain
