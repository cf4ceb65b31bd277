#include "services/keys/KeyService.h"

#include "crypto/Envelope.h"
#include "crypto/Errors.h"
#include "crypto/KeyDerivation.h"

namespace kiroku::backend::services {

namespace {
constexpr const char* kPersonal = "personal_fields";
constexpr const char* kPolice = "police_fields";
constexpr const char* kIndexRoot = "index_root";
} // namespace

KeyService::KeyService(domain::KeyRepository& repository, crypto::KeyEncryptionKey kek,
                       std::optional<crypto::KeyVault> vault)
    : m_repository(repository), m_kek(std::move(kek)), m_vault(std::move(vault)), m_cipher(m_ring) {}

KeyService::Derived& KeyService::loadRoot() {
    // call_once retries when the first attempt throws (e.g. the database is not migrated yet).
    std::call_once(m_rootOnce, [this] {
        std::uint32_t rootId = 0;
        const crypto::SecretKey root = loadOrCreate(kIndexRoot, "global", &rootId);
        m_derived.reset(new Derived{crypto::BlindIndex::derive(root, crypto::labels::kBlindIndexNameDob),
                                    crypto::BlindIndex::derive(root, crypto::labels::kBlindIndexDocumentNumber),
                                    crypto::TokenHasher::derive(root, crypto::labels::kBearerTokenPepper),
                                    crypto::TokenHasher::derive(root, crypto::labels::kMemberCardTokenPepper)});
    });
    return *m_derived;
}

crypto::SecretKey KeyService::material(const domain::StoredDataKey& stored) {
    crypto::SecretKey half =
        crypto::unwrapDataKey(m_kek, stored.wrapped, stored.id, stored.purpose + "/" + stored.scope);
    if (!stored.vault) {
        return half;
    }
    if (!m_vault) {
        throw crypto::KeyFileError(
            "data key " + std::to_string(stored.id) +
            " has a half in the key vault, and no key vault is configured (crypto.key_vault_dir)");
    }
    return crypto::combineSplitKey(half, m_vault->load(stored.id, stored.scope), stored.id, stored.scope);
}

crypto::SecretKey KeyService::loadOrCreate(const std::string& purpose, const std::string& scope, std::uint32_t* idOut) {
    auto stored = m_repository.findCurrent(purpose, scope);
    if (!stored) {
        domain::StoredDataKey fresh;
        fresh.id = m_repository.nextKeyId();
        fresh.purpose = purpose;
        fresh.scope = scope;
        fresh.kekVersion = m_kek.version();
        // Only the retention months' keys (customers' and police requests') are ever destroyed, so only they are
        // split.
        fresh.vault = (purpose == kPersonal || purpose == kPolice) && m_vault.has_value();
        if (fresh.vault) {
            m_vault->create(fresh.id, scope).wipe(); // on disk before any row names it
        }
        const crypto::SecretKey key = crypto::generateDataKey();
        fresh.wrapped = crypto::wrapDataKey(m_kek, key, fresh.id, purpose + "/" + scope);
        stored = m_repository.insertCurrent(fresh); // another process may have won: use its key
        if (fresh.vault && stored->id != fresh.id) {
            m_vault->destroy(fresh.id, scope);
        }
    }
    *idOut = stored->id;
    return material(*stored);
}

std::uint32_t KeyService::personalKeyFor(const std::string& retentionMonth) {
    return currentKeyFor(kPersonal, "retention:" + retentionMonth);
}

std::uint32_t KeyService::policeKeyFor(const std::string& retentionMonth) {
    return currentKeyFor(kPolice, "police:" + retentionMonth);
}

std::uint32_t KeyService::currentKeyFor(const std::string& purpose, const std::string& scope) {
    const std::string cacheKey = purpose + "/" + scope;
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_currentByScope.find(cacheKey); it != m_currentByScope.end() &&
                                                             now - it->second.checkedAt < kCurrentKeyRecheck &&
                                                             m_ring.contains(it->second.id)) {
            return it->second.id;
        }
    }
    std::uint32_t id = 0;
    crypto::SecretKey key = loadOrCreate(purpose, scope, &id);
    if (!m_ring.contains(id)) {
        m_ring.add(id, std::move(key));
    }
    std::lock_guard lock(m_mutex);
    m_currentByScope[cacheKey] = CachedKey{id, now};
    return id;
}

void KeyService::ensureLoaded(std::uint32_t id) {
    if (m_ring.contains(id)) {
        return;
    }
    const auto stored = m_repository.findById(id);
    if (!stored) {
        throw crypto::UnknownKeyError(id);
    }
    m_ring.add(id, material(*stored));
}

void KeyService::forget(std::uint32_t id) {
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_currentByScope.begin(); it != m_currentByScope.end();) {
            it = it->second.id == id ? m_currentByScope.erase(it) : std::next(it);
        }
    }
    m_ring.erase(id);
}

} // namespace kiroku::backend::services
