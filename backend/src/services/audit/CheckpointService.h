#pragma once

#include "domain/AuditRepository.h"
#include "domain/CheckpointRepository.h"
#include "domain/StoreRepository.h"
#include "services/audit/AuditVerifier.h"
#include "services/signing/StoreSigner.h"
#include "services/visits/Clock.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// A checkpoint as handed to an outside party: everything needed to check it without access to the database.
struct ExportedCheckpoint {
    std::int64_t storeId = 0;
    std::string storeCode;
    std::int64_t length = 0;
    std::string headHash; ///< lower-case hex
    std::chrono::system_clock::time_point createdAt;
    std::uint32_t keyId = 0;
    std::string publicKeyPem;
    std::string payload; ///< the canonical JSON that was signed, byte for byte
    std::vector<std::uint8_t> signature;
};

/// The outcome of checking an old checkpoint against the log as it is now.
struct CheckpointCheck {
    bool ok = false;
    /// ok, payload_mismatch (the fields differ from the signed payload), bad_signature, unknown_key (not this store's
    /// key), beyond_chain (the chain is shorter than the checkpoint), chain_broken, rewritten (the entry at the
    /// checkpoint's position is not the one that was signed)
    std::string code;
    std::string message;
    ChainVerification chain;
};

/// Signed checkpoints of the stores' audit chains: made daily by the server and on demand by kirokuctl, each also
/// recorded in the chain itself as an "audit.checkpoint" entry; exported with the store's public key so that anyone
/// holding an old one can later prove the log was not rewritten since.
class CheckpointService {
public:
    CheckpointService(domain::CheckpointRepository& checkpoints, domain::AuditRepository& log, StoreSigner& signer,
                      domain::StoreRepository& stores, const Clock& clock);

    /// Signs the store's chain head now. With `skipIfMadeSince`, makes nothing (and returns nothing) when the store
    /// already has a checkpoint made at or after it. Throws NotFound for an unknown store.
    std::optional<ExportedCheckpoint> create(std::int64_t storeId, const domain::AuditActor& actor,
                                             std::optional<std::chrono::system_clock::time_point> skipIfMadeSince = {});

    /// The store's most recent checkpoint, ready for export.
    std::optional<ExportedCheckpoint> latest(std::int64_t storeId);

    /// Checks an exported checkpoint: its signature over its payload with the key it names, that the key is the
    /// store's, that the store's chain verifies now, and that the entry at the checkpoint's position still has the
    /// signed head hash.
    CheckpointCheck check(const ExportedCheckpoint& old);

    /// Every store's id.
    std::vector<std::int64_t> storeIds() { return m_checkpoints.storeIds(); }

    /// The canonical payload signed for a checkpoint.
    static std::string payloadFor(std::int64_t storeId, const std::string& storeCode, std::int64_t length,
                                  const std::string& headHash, std::chrono::system_clock::time_point createdAt,
                                  std::uint32_t keyId);

private:
    ExportedCheckpoint exported(const domain::AuditCheckpoint& checkpoint, const std::string& storeCode,
                                const std::string& publicKeyPem);
    domain::Store storeOf(std::int64_t storeId);

    domain::CheckpointRepository& m_checkpoints;
    domain::AuditRepository& m_log;
    StoreSigner& m_signer;
    domain::StoreRepository& m_stores;
    const Clock& m_clock;
};

} // namespace kiroku::backend::services
