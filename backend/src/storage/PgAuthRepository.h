#pragma once

#include "domain/AuthRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

class PgAuthRepository : public domain::AuthRepository {
public:
    explicit PgAuthRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::StaffCredentials> findStaffByLogin(const std::string& login) override;
    void recordFailedLogin(std::int64_t staffId, int threshold, domain::Clock::time_point lockUntil,
                           const domain::AuditEntry& audit) override;
    void createSession(std::int64_t staffId, const std::string& tokenHash, domain::Clock::time_point expiresAt,
                       const domain::AuditEntry& audit) override;
    std::optional<domain::StaffPrincipal> findSession(const std::string& tokenHash,
                                                      domain::Clock::time_point now) override;
    bool revokeSession(const std::string& tokenHash, domain::Clock::time_point now) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
