#pragma once

#include "domain/AuditRepository.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// The first place where a chain does not hold together.
struct BrokenLink {
    std::int64_t seq = 0; ///< the position where the break shows (for a deleted entry: the missing position)
    /// sequence_gap (an entry missing, added or moved), prev_hash_mismatch (the entry does not follow the one
    /// before it), hash_mismatch (the entry was changed), entry_mismatch (a column differs from the hashed
    /// document), entry_unreadable (the document is not canonicalisable JSON), head_mismatch (the recorded head
    /// is not the last entry: entries removed or added at the end)
    std::string code;
    std::string message;
};

struct ChainVerification {
    std::int64_t chainId = 0; ///< the store's id, 0 for the global chain
    bool ok = true;
    std::int64_t length = 0; ///< entries walked (up to the first break)
    std::string headHash;    ///< hash of the last entry walked (64 hex zeros for an empty chain)
    std::optional<BrokenLink> firstBroken;
};

/// Checks entries one by one, in position order: pure logic, no database.
class ChainWalker {
public:
    explicit ChainWalker(std::int64_t chainId);
    /// A walker that starts after position `length`, whose entry has hash `headHash` (trusted, e.g. from a signed
    /// checkpoint that was checked against it).
    ChainWalker(std::int64_t chainId, std::int64_t length, std::string headHash);

    /// Checks the next entry; returns the break, if this entry is where the chain breaks. After a break the walker
    /// refuses further entries (std::logic_error).
    std::optional<BrokenLink> next(const domain::StoredAuditEntry& entry);

    /// Compares the recorded head (nothing: never written) with the last entry walked.
    std::optional<BrokenLink> finish(const std::optional<domain::AuditHead>& head);

    std::int64_t length() const { return m_length; }
    const std::string& headHash() const { return m_headHash; }

private:
    std::int64_t m_chainId;
    std::int64_t m_length = 0;
    std::string m_headHash;
    bool m_broken = false;
};

/// Walks the audit chains from their first entry and reports the first broken link of each.
class AuditVerifier {
public:
    explicit AuditVerifier(domain::AuditRepository& repository, std::size_t batchSize = 5000);

    /// Verifies chain `chainId` (a store's id, or 0 for the global chain).
    ChainVerification verify(std::int64_t chainId);

    /// Verifies chain `chainId` from position `afterSeq` + 1 on, taking `prevHash` as the hash of entry `afterSeq`
    /// (a checkpoint's head that the caller checked). The result's length counts from the chain's start.
    ChainVerification verifyFrom(std::int64_t chainId, std::int64_t afterSeq, const std::string& prevHash);

    /// Verifies every chain that has been written.
    std::vector<ChainVerification> verifyAll();

private:
    domain::AuditRepository& m_repository;
    std::size_t m_batchSize;
};

} // namespace kiroku::backend::services
