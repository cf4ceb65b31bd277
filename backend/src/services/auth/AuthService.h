#pragma once

#include "crypto/PasswordHasher.h"
#include "domain/AuthRepository.h"
#include "services/keys/KeyService.h"

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace kiroku::backend::services {

struct LoginResult {
    std::string token; ///< shown to the client once; only its hash is stored
    domain::Clock::time_point expiresAt;
    domain::StaffCredentials staff;
};

struct AuthPolicy {
    std::chrono::minutes sessionLifetime{12 * 60};
    int lockoutThreshold = 5;
    std::chrono::minutes lockoutDuration{15};
    /// How long a checked session is trusted without asking the database again: a logout on this
    /// server takes effect at once, a revocation elsewhere (another server, a disabled account)
    /// within this time.
    std::chrono::seconds sessionCacheTtl{5};
};

/// Staff login with scrypt-hashed passwords, lockout after repeated failures, and random bearer
/// tokens stored only as keyed hashes.
class AuthService {
public:
    AuthService(domain::AuthRepository& repository, const crypto::PasswordHasher& hasher, KeyService& keys,
                AuthPolicy policy = {});

    /// Throws Unauthenticated ("invalid_credentials", the same for an unknown login and a wrong
    /// password), Unauthenticated("locked") while locked out, or Forbidden for a disabled account.
    LoginResult login(const std::string& login, const std::string& password);

    /// The principal of a bearer token; throws Unauthenticated when missing, unknown or expired.
    domain::StaffPrincipal authenticate(const std::string& token);

    /// Ends the session of `token` (idempotent).
    void logout(const std::string& token);

private:
    domain::AuthRepository& m_repository;
    const crypto::PasswordHasher& m_hasher;
    KeyService& m_keys;
    AuthPolicy m_policy;
    std::string m_dummyHash; ///< verified against for unknown logins, so timing doesn't tell them apart

    struct CachedSession {
        domain::StaffPrincipal principal;
        std::chrono::steady_clock::time_point checkedAt;
    };
    std::mutex m_cacheMutex;
    std::unordered_map<std::string, CachedSession> m_sessions; ///< by token hash
};

} // namespace kiroku::backend::services
