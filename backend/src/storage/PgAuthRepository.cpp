#include "storage/PgAuthRepository.h"

#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

std::optional<domain::StaffCredentials> PgAuthRepository::findStaffByLogin(const std::string& login) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::StaffCredentials> {
        const auto rows = tx.exec_prepared(std::string(sql::kFindStaffByLogin.name), login);
        if (rows.empty()) {
            return std::nullopt;
        }
        const auto& r = rows[0];
        domain::StaffCredentials c;
        c.principal.staffId = r["id"].as<std::int64_t>();
        c.principal.storeId = r["store_id"].as<std::int64_t>();
        c.principal.role = domain::roleFromCode(r["role"].as<std::string>()).value_or(domain::Role::Clerk);
        c.principal.login = r["login"].as<std::string>();
        c.displayName = r["display_name"].as<std::string>();
        c.passwordHash = r["password_hash"].as<std::string>();
        c.disabled = r["disabled"].as<bool>();
        c.failedLogins = r["failed_logins"].as<int>();
        if (!r["locked_until_us"].is_null()) {
            c.lockedUntil = fromEpochMicros(r["locked_until_us"].as<std::int64_t>());
        }
        c.storeCode = r["store_code"].as<std::string>();
        c.storeName = r["store_name"].as<std::string>();
        return c;
    });
}

void PgAuthRepository::recordFailedLogin(std::int64_t staffId, int threshold, domain::Clock::time_point lockUntil,
                                         const domain::AuditEntry& audit) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(std::string(sql::kRecordFailedLogin), staffId, threshold, toEpochMicros(lockUntil));
        appendAudit(tx, audit);
    });
}

void PgAuthRepository::createSession(std::int64_t staffId, const std::string& tokenHash,
                                     domain::Clock::time_point expiresAt, const domain::AuditEntry& audit) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(std::string(sql::kResetFailedLogins), staffId);
        tx.exec_params(std::string(sql::kInsertSession), staffId, tokenHash, toEpochMicros(expiresAt));
        appendAudit(tx, audit);
    });
}

std::optional<domain::StaffPrincipal> PgAuthRepository::findSession(const std::string& tokenHash,
                                                                    domain::Clock::time_point now) {
    return withSingleStatement(m_pool, [&](pqxx::nontransaction& tx) -> std::optional<domain::StaffPrincipal> {
        const auto rows = tx.exec_prepared(std::string(sql::kFindSession.name), tokenHash, toEpochMicros(now));
        if (rows.empty()) {
            return std::nullopt;
        }
        domain::StaffPrincipal p;
        p.staffId = rows[0]["id"].as<std::int64_t>();
        p.storeId = rows[0]["store_id"].as<std::int64_t>();
        p.role = domain::roleFromCode(rows[0]["role"].as<std::string>()).value_or(domain::Role::Clerk);
        p.login = rows[0]["login"].as<std::string>();
        return p;
    });
}

bool PgAuthRepository::revokeSession(const std::string& tokenHash, domain::Clock::time_point now) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params(std::string(sql::kRevokeSession), tokenHash, toEpochMicros(now)).affected_rows() > 0;
    });
}

} // namespace kiroku::backend::storage
