#include "services/auth/AuthService.h"

#include "crypto/Random.h"
#include "domain/Errors.h"

namespace kiroku::backend::services {

namespace {

domain::AuditEntry loginEntry(const domain::StaffCredentials& staff, const char* action, domain::Clock::time_point at) {
    domain::AuditEntry entry;
    entry.storeId = staff.principal.storeId;
    entry.action = action;
    entry.actor = domain::AuditActor::staff(staff.principal.staffId);
    entry.reason = "staff_login";
    entry.at = at;
    entry.details["role"] = std::string(domain::toCode(staff.principal.role));
    return entry;
}

} // namespace

AuthService::AuthService(domain::AuthRepository& repository, const crypto::PasswordHasher& hasher, KeyService& keys,
                         AuthPolicy policy)
    : m_repository(repository), m_hasher(hasher), m_keys(keys), m_policy(policy),
      m_dummyHash(hasher.hash(crypto::randomToken(16))) {}

LoginResult AuthService::login(const std::string& login, const std::string& password) {
    const auto now = domain::Clock::now();
    auto staff = m_repository.findStaffByLogin(login);
    if (!staff) {
        (void)m_hasher.verify(password, m_dummyHash);
        throw domain::Unauthenticated("the login or password is wrong", "invalid_credentials");
    }
    if (staff->lockedUntil && *staff->lockedUntil > now) {
        throw domain::Unauthenticated("this account is locked after repeated failed logins; try later or ask a manager",
                                      "locked");
    }
    bool ok = false;
    try {
        ok = m_hasher.verify(password, staff->passwordHash);
    } catch (const std::invalid_argument&) {
        ok = false;
    }
    if (!ok) {
        auto entry = loginEntry(*staff, domain::audit_action::kLoginFailed, now);
        entry.details["failed_logins"] = std::int64_t{staff->failedLogins + 1};
        entry.details["locked"] = staff->failedLogins + 1 >= m_policy.lockoutThreshold;
        m_repository.recordFailedLogin(staff->principal.staffId, m_policy.lockoutThreshold,
                                       now + m_policy.lockoutDuration, entry);
        throw domain::Unauthenticated("the login or password is wrong", "invalid_credentials");
    }
    if (staff->disabled) {
        throw domain::Forbidden("this staff account is disabled");
    }
    LoginResult result;
    result.token = crypto::randomToken(32);
    result.expiresAt = now + m_policy.sessionLifetime;
    m_repository.createSession(staff->principal.staffId, m_keys.bearerTokens().hash(result.token), result.expiresAt,
                               loginEntry(*staff, domain::audit_action::kLogin, now));
    result.staff = std::move(*staff);
    result.staff.passwordHash.clear();
    return result;
}

domain::StaffPrincipal AuthService::authenticate(const std::string& token) {
    if (token.empty() || token.size() > 128) {
        throw domain::Unauthenticated("a valid bearer token is required");
    }
    const std::string tokenHash = m_keys.bearerTokens().hash(token);
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_cacheMutex);
        if (const auto it = m_sessions.find(tokenHash); it != m_sessions.end()) {
            if (now - it->second.checkedAt < m_policy.sessionCacheTtl) {
                return it->second.principal;
            }
            m_sessions.erase(it);
        }
    }
    auto principal = m_repository.findSession(tokenHash, domain::Clock::now());
    if (!principal) {
        throw domain::Unauthenticated("the session is unknown or has expired; log in again");
    }
    std::lock_guard lock(m_cacheMutex);
    if (m_sessions.size() > 10000) {
        std::erase_if(m_sessions,
                      [&](const auto& entry) { return now - entry.second.checkedAt >= m_policy.sessionCacheTtl; });
    }
    m_sessions[tokenHash] = CachedSession{*principal, now};
    return *principal;
}

void AuthService::logout(const std::string& token) {
    if (!token.empty() && token.size() <= 128) {
        const std::string tokenHash = m_keys.bearerTokens().hash(token);
        {
            std::lock_guard lock(m_cacheMutex);
            m_sessions.erase(tokenHash);
        }
        m_repository.revokeSession(tokenHash, domain::Clock::now());
    }
}

} // namespace kiroku::backend::services
