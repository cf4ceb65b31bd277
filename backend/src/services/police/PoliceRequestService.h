#pragma once

#include "domain/NatLookup.h"
#include "domain/PoliceRepository.h"
#include "domain/PoliceRequest.h"
#include "domain/Principal.h"
#include "domain/StoreRepository.h"
#include "services/keys/KeyService.h"
#include "services/police/PoliceQuery.h"
#include "services/police/PoliceRequestView.h"
#include "services/signing/StoreSigner.h"
#include "services/visits/Clock.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::backend::services {

/// Who is calling: a staff member (bearer token on the main listener) or a police client (certificate on the
/// mutual-TLS listener). Exactly one is set.
struct PoliceCaller {
    std::optional<domain::StaffPrincipal> staff;
    std::optional<domain::AgencyPrincipal> agency;
};

/// What the TLS layer read from a verified client certificate.
struct ClientCertificateIdentity {
    std::string organization; ///< subject O
    std::string commonName;   ///< subject CN
    std::string description;  ///< subject, issuer and serial number, for the record
};

/// The Idempotency-Key of a submission and the SHA-256 of the request it came with.
struct SubmissionKey {
    std::string key;
    std::string requestHash;
};

/// A signed answer: the exact document bytes, the detached signature and the public key that verifies it.
struct PoliceAnswer {
    std::string requestId;
    std::string number;
    std::string document;
    domain::ByteString signature; ///< Ed25519 over `document`, with the store's signing key
    std::string publicKeyPem;     ///< the store's public key that verifies it
    std::string signatureAlgorithm = "Ed25519";
    domain::Instant answeredAt;
};

/// Lawful requests from police (domain.md §3): received → approved → answered, or rejected, or expired. A manager
/// enters a paper request at the kiosk, or police submit one over mutual TLS; a manager other than the one who
/// entered it approves it (any manager of the store for a submitted one; an emergency to protect life may be
/// approved by the manager who entered it, and is flagged for review); a manager has it answered: the question runs
/// against the store's records in the scope window, and the answer is stored as a numbered document signed with the
/// store's key, carrying the audit chain's head. Every step is written to the store's audit chain in the same
/// transaction (police.request_received, police.approve, police.reject, police.expire, police.answer with the
/// records disclosed).
/// Staff see their store's requests; a police client sees only its own agency's. Every call throws NotFound for a
/// request outside the caller's reach.
class PoliceRequestService {
public:
    PoliceRequestService(domain::PoliceRepository& requests, domain::StoreRepository& stores, domain::NatLookup& nat,
                         KeyService& keys, const Clock& clock, StoreSigner& signer);

    /// The agency of a verified client certificate: its organization (else its common name), with the registered
    /// name when police_agencies knows it. Throws Forbidden when the agency is disabled or the certificate names
    /// neither.
    domain::AgencyPrincipal agencyOf(const ClientCertificateIdentity& certificate);

    /// Records a new request (status received). Throws ValidationError naming the field, RuleViolation
    /// ("warrant_expired") for a warrant already past its expiry, Forbidden for staff other than managers. With a
    /// key, a retry by the same submitter returns the first request; the same key with another request is
    /// RuleViolation("idempotency_key_reused").
    PoliceRequestView submit(const PoliceCaller& caller, const domain::PoliceRequestInput& input,
                             const std::optional<SubmissionKey>& key);

    /// Newest first; the personal fields of person questions are left out.
    std::vector<PoliceRequestView> list(const PoliceCaller& caller);
    PoliceRequestView get(const PoliceCaller& caller, const std::string& id);

    /// Throws Conflict (already_approved, already_answered, request_rejected, request_expired, warrant_expired —
    /// the request is then marked expired), RuleViolation("second_manager_required") under the two-person rule.
    PoliceRequestView approve(const domain::StaffPrincipal& manager, const std::string& id);
    /// Rejects a received or approved request. Throws Conflict (already_answered, request_rejected,
    /// request_expired).
    PoliceRequestView reject(const domain::StaffPrincipal& manager, const std::string& id, const std::string& reason);
    /// Runs the question and stores the signed answer; a retry returns the same document. Throws Conflict
    /// (not_approved, request_rejected, request_expired, warrant_expired).
    PoliceAnswer answer(const domain::StaffPrincipal& manager, const std::string& id);
    /// The stored answer. Throws Conflict("not_answered") before it exists.
    PoliceAnswer answerOf(const PoliceCaller& caller, const std::string& id);

    PoliceQuery& query() { return m_query; }

private:
    domain::Store storeOf(std::int64_t storeId);
    domain::CivilDate today(const domain::Store& store, domain::Instant now) const;
    PoliceRequestView view(const domain::StoredPoliceRequest& stored, bool withPersonFields);
    domain::StoredPoliceRequest reachable(const PoliceCaller& caller, const std::string& id);
    void requireManager(const domain::StaffPrincipal& staff) const;
    QueryResult run(domain::PoliceLookup& lookup, const PoliceRequestView& request);

    domain::PoliceRepository& m_requests;
    domain::StoreRepository& m_stores;
    domain::NatLookup& m_nat;
    KeyService& m_keys;
    const Clock& m_clock;
    StoreSigner& m_signer;
    PoliceQuery m_query;
};

} // namespace kiroku::backend::services
