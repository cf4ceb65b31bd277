#pragma once

#include "domain/Audit.h"
#include "domain/Principal.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

using Clock = std::chrono::system_clock;

struct StaffCredentials {
    StaffPrincipal principal;
    std::string displayName;
    std::string passwordHash;
    bool disabled = false;
    int failedLogins = 0;
    std::optional<Clock::time_point> lockedUntil;
    std::string storeCode;
    std::string storeName;
};

/// Staff credentials and bearer sessions. Tokens are never stored, only their keyed hashes.
class AuthRepository {
public:
    virtual ~AuthRepository() = default;
    virtual std::optional<StaffCredentials> findStaffByLogin(const std::string& login) = 0;
    /// Counts a failed attempt; locks the account until `lockUntil` when the count reaches `threshold`. Appends
    /// `audit` to the audit log in the same transaction.
    virtual void recordFailedLogin(std::int64_t staffId, int threshold, Clock::time_point lockUntil,
                                   const AuditEntry& audit) = 0;
    /// Resets the failure count, stores a new session and appends `audit` to the audit log, in one transaction.
    virtual void createSession(std::int64_t staffId, const std::string& tokenHash, Clock::time_point expiresAt,
                               const AuditEntry& audit) = 0;
    /// The principal of a live (not expired, not revoked, staff not disabled) session.
    virtual std::optional<StaffPrincipal> findSession(const std::string& tokenHash, Clock::time_point now) = 0;
    virtual bool revokeSession(const std::string& tokenHash, Clock::time_point now) = 0;
};

} // namespace kiroku::domain
