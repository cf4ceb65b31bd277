#pragma once

#include "domain/Audit.h"
#include "domain/CivilDate.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// What other workflows (check-in, visits) may learn about a verification record: never the address or the
/// document number.
struct IdentitySummary {
    std::string id;
    std::int64_t storeId = 0;
    std::string name;
    CivilDate dateOfBirth;
    std::chrono::system_clock::time_point verifiedAt;
    CivilDate retentionUntil;
};

/// A live member card resolved to its member and the member's verification record.
struct MemberCardMatch {
    std::string memberId;
    IdentitySummary identity;
};

/// Read access to identity verification records for other services. Every lookup is limited to one store.
class IdentityDirectory {
public:
    virtual ~IdentityDirectory() = default;

    /// The record `identityId` of store `storeId`, with name and date of birth decrypted; nothing when there is
    /// no such record in that store or when `identityId` is not a UUID. Throws DecryptionError-derived errors
    /// when a stored ciphertext fails authentication, Unavailable when the database is unreachable.
    virtual std::optional<IdentitySummary> find(std::int64_t storeId, const std::string& identityId) = 0;

    /// The member holding the live (unrevoked) card `token` in store `storeId`, with the member's record; nothing
    /// for an unknown, revoked or other store's card. Throws ValidationError("token") for a 12-digit numeric token
    /// (a possible My Number), which is never hashed or looked up.
    virtual std::optional<MemberCardMatch> findByCardToken(std::int64_t storeId, const std::string& token) = 0;

    /// As findByCardToken, for a lookup that shows the member's name to staff: the read of the record is appended
    /// to the audit log (who, which record, why) in the same transaction as the read.
    virtual std::optional<MemberCardMatch> readByCardToken(std::int64_t storeId, const std::string& token,
                                                           const DataAccess& access) = 0;
};

} // namespace kiroku::domain
