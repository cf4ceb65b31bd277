#pragma once

#include "crypto/BlindIndex.h"
#include "crypto/FieldCipher.h"
#include "crypto/KeyEncryptionKey.h"
#include "crypto/KeyRing.h"
#include "crypto/KeyVault.h"
#include "crypto/TokenHasher.h"
#include "domain/KeyRepository.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace kiroku::backend::services {

/// The key hierarchy at run time. The key-encryption key (from a 0600 file or the environment)
/// wraps data keys stored in the database: one "index root" from which the blind-index and
/// token-hash keys are derived, and one personal-fields key per retention month, so that purging a
/// month can destroy its key. With a key vault, a personal-fields key is split: the database keeps one
/// half, the vault (outside the database) the other, so destroying the vault half shreds the month also
/// in old database backups. Unwrapped keys live only in memory, in the key ring.
class KeyService {
public:
    /// Touches no database: the index root is loaded (created on the very first use) when a derived
    /// key is first needed, so the server can start, and say it is not ready, before migrations.
    /// The server and kirokuctl always pass a vault; without one (tests of other workflows), new
    /// personal-fields keys live wholly in the database, as before the vault.
    KeyService(domain::KeyRepository& repository, crypto::KeyEncryptionKey kek,
               std::optional<crypto::KeyVault> vault = std::nullopt);

    /// The derived keys. The first call loads the index root; throws crypto::DecryptionError when
    /// the KEK is not the one that wrapped the stored keys.
    const crypto::BlindIndex& nameDobIndex() { return loadRoot().nameDob; }
    const crypto::BlindIndex& documentNumberIndex() { return loadRoot().documentNumber; }
    const crypto::TokenHasher& bearerTokens() { return loadRoot().bearerTokens; }
    const crypto::TokenHasher& memberCardTokens() { return loadRoot().memberCardTokens; }

    /// Id of the current key for personal fields whose retention ends in `retentionMonth`
    /// ("YYYY-MM"), created when missing, and loaded into the ring. The answer is cached for
    /// kCurrentKeyRecheck, so a key retired by `kirokuctl rotate-keys --reencrypt` stops being
    /// used for new records within that time without a restart.
    std::uint32_t personalKeyFor(const std::string& retentionMonth);

    /// Id of the current key for police requests whose retention ends in `retentionMonth` ("YYYY-MM"): purpose
    /// "police_fields", scope "police:YYYY-MM", split with the key vault like the customers' keys but never shared
    /// with them, so that purging a month of customers can destroy that month's key while the police requests of
    /// the month are kept. Created when missing, loaded, cached like personalKeyFor.
    std::uint32_t policeKeyFor(const std::string& retentionMonth);

    /// Makes sure key `id` is in the ring (unwrapping it from the database, with its vault half);
    /// throws crypto::UnknownKeyError when it does not exist or was destroyed in the database, and
    /// crypto::KeyDestroyedError when its vault half is gone (a database restored from an old backup).
    void ensureLoaded(std::uint32_t id);

    /// Drops key `id` from memory (after the purge destroyed it); its material is wiped once no
    /// operation holds it.
    void forget(std::uint32_t id);

    /// The key vault; nothing when the service has none.
    crypto::KeyVault* vault() { return m_vault ? &*m_vault : nullptr; }

    /// Encrypts and decrypts fields with keys from the ring.
    const crypto::FieldCipher& cipher() const { return m_cipher; }
    const crypto::KeyEncryptionKey& kek() const { return m_kek; }

private:
    struct Derived {
        crypto::BlindIndex nameDob;
        crypto::BlindIndex documentNumber;
        crypto::TokenHasher bearerTokens;
        crypto::TokenHasher memberCardTokens;
    };
    Derived& loadRoot();
    crypto::SecretKey loadOrCreate(const std::string& purpose, const std::string& scope, std::uint32_t* idOut);
    crypto::SecretKey material(const domain::StoredDataKey& stored);
    std::uint32_t currentKeyFor(const std::string& purpose, const std::string& scope);

    domain::KeyRepository& m_repository;
    crypto::KeyEncryptionKey m_kek;
    std::optional<crypto::KeyVault> m_vault;
    crypto::KeyRing m_ring;
    crypto::FieldCipher m_cipher;
    std::once_flag m_rootOnce;
    std::unique_ptr<Derived> m_derived;
    std::mutex m_mutex;
    struct CachedKey {
        std::uint32_t id = 0;
        std::chrono::steady_clock::time_point checkedAt;
    };
    std::map<std::string, CachedKey> m_currentByScope; ///< by "<purpose>/<scope>"

public:
    static constexpr std::chrono::seconds kCurrentKeyRecheck{30};
};

} // namespace kiroku::backend::services
