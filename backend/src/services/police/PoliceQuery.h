#pragma once

#include "domain/CivilDate.h"
#include "domain/NatLookup.h"
#include "domain/PoliceRepository.h"
#include "domain/PoliceRequest.h"
#include "services/keys/KeyService.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// One segment in an answer: the booth and terminal a visit used, with the segment's own times (not clipped to the
/// window: the record is what it is).
struct DisclosedSegment {
    std::string boothLabel;
    std::optional<std::string> terminalNumber;
    domain::Instant startedAt;
    std::optional<domain::Instant> endedAt;
};

struct DisclosedVisit {
    std::string id;
    std::vector<DisclosedSegment> segments; ///< only those that matched the question and the window
};

/// An identity record in an answer, decrypted: the 本人特定事項 and the document it was checked against.
struct DisclosedIdentity {
    std::string id;
    std::string name;
    std::optional<std::string> nameKana;
    std::string address;
    domain::CivilDate dateOfBirth;
    std::string documentKind;
    std::optional<std::string> documentNumber;
    std::optional<std::string> documentIssuer;
    std::optional<std::string> nationality;
    domain::Instant verifiedAt;
    std::string method;
    std::vector<DisclosedVisit> visits;
};

/// A gateway NAT mapping a public_endpoint answer went through: how the public address and port led to a terminal.
/// No personal data: addresses and ports of the store's own network, and the terminal's number.
struct DisclosedMapping {
    std::uint8_t protocol = 0; ///< IANA protocol number (6 TCP, 17 UDP)
    std::string privateIp;
    std::uint16_t privatePort = 0;
    std::string publicIp;
    std::uint16_t publicPort = 0;
    std::optional<domain::Instant> startedAt; ///< none: the log showed only its end
    bool startEstimated = false;
    std::optional<domain::Instant> endedAt;    ///< none: still open when the gateway last uploaded
    std::optional<std::string> terminalNumber; ///< none: no terminal had the private address then
    std::optional<std::string> addressSource;  ///< "ip_assigned" (a terminal event) or "configured" (terminals)
    domain::Instant keyAt{}; ///< its start, or when the log first showed it: the NAT log's month (what a hold keeps)
};

/// What an answer found: the records to disclose, and every match (disclosed or not) for the record of disclosures
/// and the legal hold; for a public_endpoint question, the NAT mappings it went through.
struct QueryResult {
    std::vector<DisclosedIdentity> records;
    std::vector<domain::Disclosure> matches;
    std::vector<DisclosedMapping> mappings;
};

/// The three questions, limited to one store and a time window, answered from the usage records (visit segments)
/// and the identity records. Only the records that match are decrypted: a person is found through the blind indexes
/// and the candidates are re-checked by decrypting their name and date of birth (or document number), never by
/// decrypting every record.
class PoliceQuery {
public:
    explicit PoliceQuery(KeyService& keys) : m_keys(keys) {}

    /// Who used the booth (or terminal) at some time in [from, to]. Exactly one of the two ids is set.
    QueryResult terminalAtTime(domain::PoliceLookup& lookup, std::int64_t storeId, std::optional<std::int64_t> boothId,
                               std::optional<std::int64_t> terminalId, domain::Instant from, domain::Instant to);

    /// The visits in [from, to] of the person: name and date of birth, or a document number (with its kind, or of
    /// any kind whose number is recorded); every field given must match.
    QueryResult person(domain::PoliceLookup& lookup, std::int64_t storeId, const domain::PersonQuestion& question,
                       domain::Instant from, domain::Instant to);

    /// Who was behind the store's public address and source port at `at` ± `tolerance`, through the gateway's NAT
    /// log: for each mapping of that endpoint, the terminal that had its private address, and on it the visit
    /// segment in which the connection began (the customer who opened it, even if the mapping outlived their
    /// checkout); for a mapping whose start the log did not show, or that began while the terminal was free, the
    /// segments on it during the asked time. Only segments overlapping [scopeFrom, scopeTo] are returned.
    QueryResult publicEndpoint(domain::PoliceLookup& lookup, domain::NatLookup& nat, std::int64_t storeId,
                               const std::string& publicIp, std::uint16_t port, domain::Instant at,
                               std::chrono::seconds tolerance, domain::Instant scopeFrom, domain::Instant scopeTo);

    /// The identity records matching the person (decrypting candidates' name, date of birth, kana and document
    /// number as needed), without their visits.
    std::vector<domain::StoredIdentityRecord> matchPerson(domain::PoliceLookup& lookup, std::int64_t storeId,
                                                          const domain::PersonQuestion& question);

private:
    QueryResult assemble(domain::PoliceLookup& lookup, std::int64_t storeId,
                         const std::vector<domain::MatchedSegment>& segments,
                         const std::vector<domain::StoredIdentityRecord>& knownRecords);
    DisclosedIdentity decrypt(const domain::StoredIdentityRecord& record);
    std::string decryptField(const domain::StoredIdentityRecord& record, const char* column,
                             const domain::ByteString& blob);

    KeyService& m_keys;
};

} // namespace kiroku::backend::services
