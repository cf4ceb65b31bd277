#include "services/signing/StoreSigner.h"

#include "crypto/Ed25519.h"
#include "crypto/Envelope.h"
#include "crypto/Errors.h"

namespace kiroku::backend::services {

std::string signingKeyScope(std::int64_t storeId) {
    return "store-signing:" + std::to_string(storeId);
}

StoreSigner::StoreSigner(domain::SigningKeyRepository& keys, const crypto::KeyEncryptionKey& kek)
    : m_keys(keys), m_kek(kek) {}

const StoreSigner::Loaded& StoreSigner::load(std::int64_t storeId) {
    if (const auto it = m_loaded.find(storeId); it != m_loaded.end()) {
        return it->second;
    }
    auto stored = m_keys.current(storeId);
    if (!stored) {
        auto pair = crypto::generateEd25519();
        domain::StoredSigningKey fresh;
        fresh.id = m_keys.nextId();
        fresh.storeId = storeId;
        fresh.publicKey = pair.publicKey;
        fresh.kekVersion = m_kek.version();
        fresh.wrappedPrivateKey = crypto::wrapDataKey(m_kek, pair.privateKey, fresh.id, signingKeyScope(storeId));
        stored = m_keys.insertCurrent(fresh); // another server may have made one first: use that one
    }
    Loaded loaded;
    loaded.keyId = stored->id;
    loaded.privateKey = crypto::unwrapDataKey(m_kek, stored->wrappedPrivateKey, stored->id, signingKeyScope(storeId));
    loaded.publicKey = stored->publicKey;
    if (crypto::ed25519PublicKey(loaded.privateKey) != loaded.publicKey) {
        throw crypto::DecryptionError("the signing key of store " + std::to_string(storeId) +
                                      " does not match its public key");
    }
    return m_loaded.emplace(storeId, std::move(loaded)).first->second;
}

StoreSignature StoreSigner::sign(std::int64_t storeId, std::string_view bytes) {
    std::lock_guard lock(m_mutex);
    const Loaded& key = load(storeId);
    return StoreSignature{key.keyId, crypto::ed25519Sign(key.privateKey, crypto::asBytes(bytes)),
                          crypto::ed25519PublicKeyPem(key.publicKey)};
}

StorePublicKey StoreSigner::publicKey(std::int64_t storeId) {
    std::lock_guard lock(m_mutex);
    const Loaded& key = load(storeId);
    return StorePublicKey{key.keyId, key.publicKey, crypto::ed25519PublicKeyPem(key.publicKey)};
}

std::optional<StorePublicKey> StoreSigner::publicKeyById(std::uint32_t keyId) {
    const auto stored = m_keys.byId(keyId);
    if (!stored) {
        return std::nullopt;
    }
    return StorePublicKey{stored->id, stored->publicKey, crypto::ed25519PublicKeyPem(stored->publicKey)};
}

bool StoreSigner::verify(const std::vector<std::uint8_t>& publicKey, std::string_view bytes,
                         const std::vector<std::uint8_t>& signature) {
    return crypto::ed25519Verify(publicKey, crypto::asBytes(bytes), signature);
}

std::size_t StoreSigner::rewrapAll(domain::SigningKeyRepository& keys, const crypto::KeyEncryptionKey& from,
                                   const crypto::KeyEncryptionKey& to, const domain::AuditActor& actor) {
    std::size_t rewrapped = 0;
    for (const auto& key : keys.all()) {
        if (key.kekVersion != from.version() || key.kekVersion == to.version()) {
            continue; // already moved, or under a KEK that is not at hand: left for a run with that KEK
        }
        const auto wrapped =
            crypto::rewrapDataKey(from, to, key.wrappedPrivateKey, key.id, signingKeyScope(key.storeId));
        domain::AuditEntry entry;
        entry.action = domain::audit_action::kKeyRewrap;
        entry.actor = actor;
        entry.reason = "kek_rotation";
        entry.at = std::chrono::system_clock::now();
        entry.subjects.push_back({"store_signing_key", std::to_string(key.id)});
        entry.details["store_id"] = key.storeId;
        entry.details["target_kek_version"] = std::int64_t{to.version()};
        keys.storeRewrapped(key.id, to.version(), wrapped, entry);
        ++rewrapped;
    }
    return rewrapped;
}

} // namespace kiroku::backend::services
