#pragma once

#include "domain/Audit.h"
#include "domain/Idempotency.h"
#include "domain/IdentityRecord.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// Storage of identity verification records. Implementations translate database errors into domain errors and
/// never see plaintext personal data.
class IdentityRepository {
public:
    virtual ~IdentityRepository() = default;

    /// Stores a new record and appends `audit` to the audit log, in one transaction. Throws NotFound when the store
    /// or staff member does not exist, Conflict when the id is taken, Unavailable when the database is unreachable.
    virtual void insert(const StoredIdentityRecord& record, const AuditEntry& audit) = 0;

    /// As insert(), at most once per idempotency key, in one transaction: claims `key` (waiting while another
    /// transaction holds it); when an answer is already recorded under it, inserts nothing and returns that answer;
    /// otherwise inserts the record, records `answer` and appends `audit` with it and returns nothing.
    virtual std::optional<RecordedResponse> insertOnce(const StoredIdentityRecord& record, const IdempotencyKey& key,
                                                       const StoredResponse& answer, const AuditEntry& audit) = 0;

    /// The record `id` (a canonical UUID) of store `storeId`; nothing when it is absent or in another store.
    virtual std::optional<StoredIdentityRecord> find(std::int64_t storeId, const std::string& id) = 0;

    /// As find(), for a read whose personal data will be shown to someone: when the record exists, appends `audit`
    /// (naming who reads which record and why) to the audit log in the same transaction as the read.
    virtual std::optional<StoredIdentityRecord> read(std::int64_t storeId, const std::string& id,
                                                     const AuditEntry& audit) = 0;
};

} // namespace kiroku::domain
