#pragma once

#include "crypto/KeyEncryptionKey.h"
#include "crypto/SecretKey.h"
#include "domain/Audit.h"
#include "domain/SigningKeyRepository.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::backend::services {

/// A signature and what a reader needs to check it.
struct StoreSignature {
    std::uint32_t keyId = 0;
    std::vector<std::uint8_t> signature; ///< 64 bytes, Ed25519
    std::string publicKeyPem;
};

/// A store's public signing key, for export.
struct StorePublicKey {
    std::uint32_t keyId = 0;
    std::vector<std::uint8_t> publicKey; ///< 32 raw bytes
    std::string publicKeyPem;
};

/// Signs bytes with a store's Ed25519 key: audit checkpoints now, answers to police later. Each store's key is made
/// on first use, its private half wrapped by the key-encryption key (scope "store-signing:<store id>") and kept
/// unwrapped in memory afterwards. Thread-safe.
class StoreSigner {
public:
    StoreSigner(domain::SigningKeyRepository& keys, const crypto::KeyEncryptionKey& kek);

    /// Signs `bytes` with the store's current key (made when the store has none). Throws crypto::DecryptionError when
    /// the stored key does not unwrap with the KEK, Unavailable when the database is unreachable.
    StoreSignature sign(std::int64_t storeId, std::string_view bytes);

    /// The store's current public key (made when the store has none).
    StorePublicKey publicKey(std::int64_t storeId);

    /// The public key with id `keyId`, if it exists (for checking old signatures).
    std::optional<StorePublicKey> publicKeyById(std::uint32_t keyId);

    /// True when `signature` is a valid Ed25519 signature of `bytes` under the raw `publicKey`.
    static bool verify(const std::vector<std::uint8_t>& publicKey, std::string_view bytes,
                       const std::vector<std::uint8_t>& signature);

    /// Re-wraps every signing key from KEK `from` to KEK `to` (kirokuctl rotate-keys), each with an entry for `actor`
    /// in the global audit chain; keys already under `to` are left. Returns how many were re-wrapped. Throws
    /// crypto::DecryptionError when a key recorded under `from`'s version does not unwrap with it. Keys under other
    /// versions are left unchanged.
    static std::size_t rewrapAll(domain::SigningKeyRepository& keys, const crypto::KeyEncryptionKey& from,
                                 const crypto::KeyEncryptionKey& to, const domain::AuditActor& actor);

private:
    struct Loaded {
        std::uint32_t keyId = 0;
        crypto::SecretKey privateKey;
        std::vector<std::uint8_t> publicKey;
    };
    const Loaded& load(std::int64_t storeId);

    domain::SigningKeyRepository& m_keys;
    const crypto::KeyEncryptionKey& m_kek;
    std::mutex m_mutex;
    std::map<std::int64_t, Loaded> m_loaded;
};

/// The scope a store's signing key is wrapped under.
std::string signingKeyScope(std::int64_t storeId);

} // namespace kiroku::backend::services
