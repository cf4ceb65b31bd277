#include "services/audit/CheckpointService.h"

#include "audit/AuditChain.h"
#include "canonical/Json.h"
#include "crypto/Ed25519.h"
#include "domain/Errors.h"

namespace kiroku::backend::services {

namespace {

constexpr const char* kPayloadType = "kiroku.audit_checkpoint";

CheckpointCheck failed(std::string code, std::string message, ChainVerification chain = {}) {
    return CheckpointCheck{false, std::move(code), std::move(message), std::move(chain)};
}

} // namespace

CheckpointService::CheckpointService(domain::CheckpointRepository& checkpoints, domain::AuditRepository& log,
                                     StoreSigner& signer, domain::StoreRepository& stores, const Clock& clock)
    : m_checkpoints(checkpoints), m_log(log), m_signer(signer), m_stores(stores), m_clock(clock) {}

std::string CheckpointService::payloadFor(std::int64_t storeId, const std::string& storeCode, std::int64_t length,
                                          const std::string& headHash, std::chrono::system_clock::time_point createdAt,
                                          std::uint32_t keyId) {
    canonical::Value payload = canonical::Value::object();
    payload.set("type", kPayloadType);
    payload.set("v", std::int64_t{1});
    payload.set("store_id", storeId);
    payload.set("store_code", storeCode);
    payload.set("chain", storeId);
    payload.set("length", length);
    payload.set("head_hash", headHash);
    payload.set("created_at_us", audit::toMicros(createdAt));
    payload.set("key_id", std::int64_t{keyId});
    payload.set("algorithm", "ed25519");
    return canonical::canonicalize(payload);
}

domain::Store CheckpointService::storeOf(std::int64_t storeId) {
    auto store = m_stores.find(storeId);
    if (!store) {
        throw domain::NotFound("no store with this id");
    }
    return std::move(*store);
}

ExportedCheckpoint CheckpointService::exported(const domain::AuditCheckpoint& c, const std::string& storeCode,
                                               const std::string& publicKeyPem) {
    return ExportedCheckpoint{c.storeId, storeCode,    c.length,  c.headHash, c.createdAt,
                              c.keyId,   publicKeyPem, c.payload, c.signature};
}

std::optional<ExportedCheckpoint>
CheckpointService::create(std::int64_t storeId, const domain::AuditActor& actor,
                          std::optional<std::chrono::system_clock::time_point> skipIfMadeSince) {
    const domain::Store store = storeOf(storeId);
    // Made (or unwrapped) before the head is locked: the signing key may need a transaction of its own.
    const StorePublicKey key = m_signer.publicKey(storeId);
    const auto createdAt = std::chrono::time_point_cast<std::chrono::microseconds>(m_clock.now());
    const auto made = m_checkpoints.create(
        storeId, skipIfMadeSince,
        [&](const domain::AuditHead& head) {
            domain::AuditCheckpoint c;
            c.storeId = storeId;
            c.length = head.length;
            c.headHash = head.hash;
            c.createdAt = createdAt;
            c.payload = payloadFor(storeId, store.code, head.length, head.hash, createdAt, key.keyId);
            const StoreSignature signature = m_signer.sign(storeId, c.payload);
            c.keyId = signature.keyId;
            c.signature = signature.signature;
            return c;
        },
        [&](const domain::AuditCheckpoint& c) {
            domain::AuditEntry entry;
            entry.storeId = storeId;
            entry.action = domain::audit_action::kCheckpoint;
            entry.actor = actor;
            entry.reason = actor.kind == "system" ? "daily_checkpoint" : "checkpoint_on_demand";
            entry.at = createdAt;
            entry.subjects.push_back({"audit_checkpoint", std::to_string(c.id)});
            entry.details["length"] = c.length;
            entry.details["head_hash"] = c.headHash;
            entry.details["key_id"] = std::int64_t{c.keyId};
            return entry;
        });
    if (!made) {
        return std::nullopt;
    }
    return exported(*made, store.code, key.publicKeyPem);
}

std::optional<ExportedCheckpoint> CheckpointService::latest(std::int64_t storeId) {
    const auto checkpoint = m_checkpoints.latest(storeId);
    if (!checkpoint) {
        return std::nullopt;
    }
    const auto key = m_signer.publicKeyById(checkpoint->keyId);
    return exported(*checkpoint, storeOf(storeId).code, key ? key->publicKeyPem : std::string());
}

CheckpointCheck CheckpointService::check(const ExportedCheckpoint& old) {
    canonical::Value payload;
    try {
        payload = canonical::parse(old.payload);
    } catch (const canonical::JsonError&) {
        return failed("payload_mismatch", "the signed payload is not canonical JSON");
    }
    const auto integer = [&](const char* name) {
        const canonical::Value* v = payload.find(name);
        return v != nullptr && v->kind() == canonical::Value::Kind::Integer ? std::optional(v->asInteger())
                                                                            : std::nullopt;
    };
    const canonical::Value* type = payload.find("type");
    const canonical::Value* head = payload.find("head_hash");
    if (type == nullptr || !(*type == canonical::Value(kPayloadType)) || integer("store_id") != old.storeId ||
        integer("length") != old.length || integer("key_id") != std::int64_t{old.keyId} || head == nullptr ||
        !(*head == canonical::Value(old.headHash)) || canonical::canonicalize(payload) != old.payload) {
        return failed("payload_mismatch", "the checkpoint's fields are not the ones in its signed payload");
    }
    std::vector<std::uint8_t> publicKey;
    try {
        publicKey = crypto::ed25519PublicKeyFromPem(old.publicKeyPem);
    } catch (const std::invalid_argument&) {
        return failed("bad_signature", "the public key is not an Ed25519 key in PEM");
    }
    if (!StoreSigner::verify(publicKey, old.payload, old.signature)) {
        return failed("bad_signature", "the signature does not match the payload and public key");
    }
    const auto stored = m_signer.publicKeyById(old.keyId);
    if (!stored || stored->publicKey != publicKey || !m_stores.find(old.storeId)) {
        return failed("unknown_key", "the public key is not a signing key of this store");
    }
    AuditVerifier verifier(m_log);
    ChainVerification chain = verifier.verify(old.storeId);
    if (!chain.ok) {
        return failed("chain_broken", "the store's chain is broken at entry " + std::to_string(chain.firstBroken->seq),
                      std::move(chain));
    }
    if (old.length > chain.length) {
        return failed("beyond_chain",
                      "the chain has " + std::to_string(chain.length) + " entries, fewer than the checkpoint's " +
                          std::to_string(old.length),
                      std::move(chain));
    }
    const std::string atPosition =
        old.length == 0 ? std::string(64, '0') : m_log.entryAt(old.storeId, old.length)->hash;
    if (atPosition != old.headHash) {
        return failed("rewritten",
                      "entry " + std::to_string(old.length) +
                          " is not the one the checkpoint signed: the log was rewritten at or before it",
                      std::move(chain));
    }
    return CheckpointCheck{true, "ok",
                           "the chain still holds the signed head at entry " + std::to_string(old.length) +
                               " and verifies to entry " + std::to_string(chain.length),
                           std::move(chain)};
}

} // namespace kiroku::backend::services
