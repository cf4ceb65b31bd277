#pragma once

#include "crypto/PasswordHasher.h"
#include "services/keys/KeyService.h"
#include "domain/AuthRepository.h"

#include <chrono>
#include <string>

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
};

} // namespace kiroku::backend::services
