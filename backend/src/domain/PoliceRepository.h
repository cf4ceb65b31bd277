#pragma once

#include "domain/Audit.h"
#include "domain/IdentityRecord.h"
#include "domain/LegalHold.h"
#include "domain/PoliceRequest.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A visit segment that a question matched: which booth and terminal a visit used, from when to when (ended_at
/// empty while the visit is still in that booth).
struct MatchedSegment {
    std::int64_t segmentId = 0;
    std::string visitId;
    std::string identityRecordId;
    std::int64_t boothId = 0;
    std::string boothLabel;
    std::optional<std::int64_t> terminalId;
    std::optional<std::string> terminalNumber;
    Instant startedAt;
    std::optional<Instant> endedAt;
};

/// The look-ups of an answer, limited to one store. A segment matches a window [from, to] when it started at or
/// before `to` and had not ended by `from` (segments are half-open: a move at T ends one segment and starts the
/// next at T, and an instant T belongs to the second). Records come back encrypted.
class PoliceLookup {
public:
    virtual ~PoliceLookup() = default;

    virtual std::vector<MatchedSegment> segmentsOfBooth(std::int64_t storeId, std::int64_t boothId, Instant from,
                                                        Instant to) = 0;
    virtual std::vector<MatchedSegment> segmentsOfTerminal(std::int64_t storeId, std::int64_t terminalId, Instant from,
                                                           Instant to) = 0;
    /// Segments of the visits of these identity records.
    virtual std::vector<MatchedSegment> segmentsOfIdentities(std::int64_t storeId,
                                                             const std::vector<std::string>& identityRecordIds,
                                                             Instant from, Instant to) = 0;
    /// Candidates of a name and date-of-birth blind index (to be re-checked by decrypting).
    virtual std::vector<StoredIdentityRecord> identitiesByNameDob(std::int64_t storeId, const ByteString& index) = 0;
    /// Candidates of any of these document-number blind indexes (to be re-checked by decrypting).
    virtual std::vector<StoredIdentityRecord> identitiesByDocument(std::int64_t storeId,
                                                                   const std::vector<ByteString>& indexes) = 0;
    virtual std::vector<StoredIdentityRecord> identities(std::int64_t storeId, const std::vector<std::string>& ids) = 0;
};

/// The steps of a request's life, inside one database transaction.
class PoliceTransaction : public PoliceLookup {
public:
    /// The request submitted earlier by `submitter` under this Idempotency-Key.
    virtual std::optional<StoredPoliceRequest> findBySubmitterKey(const std::string& submitter,
                                                                  const std::string& key) = 0;
    /// Throws Conflict("idempotency_key_race") when a concurrent request took the same submitter and key.
    virtual void insert(const StoredPoliceRequest& request) = 0;
    /// Locks the request for the rest of the transaction.
    virtual std::optional<StoredPoliceRequest> lock(const std::string& id) = 0;
    virtual void approve(const std::string& id, std::int64_t staffId, Instant at, bool reviewRequired) = 0;
    virtual void reject(const std::string& id, std::int64_t staffId, Instant at, const std::string& reason) = 0;
    virtual void expire(const std::string& id, Instant at) = 0;
    /// The display name of a staff member of the store (the approving and answering managers named in an answer).
    /// Throws NotFound when the store has no such staff member.
    virtual std::string staffDisplayName(std::int64_t storeId, std::int64_t staffId) = 0;
    /// The next answer number of the store in `year` (1, 2, …), counted under a row lock.
    virtual std::int64_t nextAnswerNumber(std::int64_t storeId, int year) = 0;
    virtual void storeAnswer(const std::string& id, std::int64_t staffId, Instant at, const StoredAnswer& answer) = 0;
    virtual void recordDisclosures(const std::string& requestId, std::int64_t storeId,
                                   const std::vector<Disclosure>& disclosures) = 0;
    /// Locks the store's audit chain head for the rest of the transaction and says where the chain stands.
    virtual AuditHead lockAuditHead(std::int64_t storeId) = 0;
    /// Appends `entry` to the audit log in this transaction (call it last: it holds the chain head until the end).
    virtual AuditHead audit(const AuditEntry& entry) = 0;
    /// Legal holds in this transaction: an answer places a hold on what it disclosed and matched.
    virtual LegalHoldLedger& holds() = 0;
};

/// A registered agency (police_agencies).
struct RegisteredAgency {
    std::int64_t id = 0;
    std::string organization;
    std::string name;
    bool disabled = false;
};

/// Police requests and their answers. Implementations translate database errors into domain errors.
class PoliceRepository {
public:
    virtual ~PoliceRepository() = default;

    /// Runs `body` in one transaction and commits when it returns; rolls back when it throws.
    virtual void transact(const std::function<void(PoliceTransaction&)>& body) = 0;
    /// Runs `body` in a read-only transaction (the query benchmark).
    virtual void read(const std::function<void(PoliceLookup&)>& body) = 0;

    virtual std::optional<StoredPoliceRequest> find(const std::string& id) = 0;
    virtual std::optional<StoredAnswer> findAnswer(const std::string& id) = 0;
    /// Newest first, at most `limit`.
    virtual std::vector<StoredPoliceRequest> listForStore(std::int64_t storeId, std::size_t limit) = 0;
    /// Requests submitted over mutual TLS by the agency, newest first, at most `limit`.
    virtual std::vector<StoredPoliceRequest> listForAgency(const std::string& agencyKey, std::size_t limit) = 0;

    virtual std::optional<std::int64_t> storeIdByCode(const std::string& code) = 0;
    virtual std::optional<std::int64_t> boothByLabel(std::int64_t storeId, const std::string& label) = 0;
    virtual std::optional<std::int64_t> terminalByNumber(std::int64_t storeId, const std::string& number) = 0;
    virtual std::optional<RegisteredAgency> findAgency(const std::string& organization) = 0;
};

} // namespace kiroku::domain
