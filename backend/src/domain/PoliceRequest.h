#pragma once

#include "domain/CivilDate.h"
#include "domain/IdentityRecord.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace kiroku::domain {

using Instant = std::chrono::system_clock::time_point;

/// The legal basis of a police request (domain.md §3).
enum class LegalBasis {
    OrdinanceReport,     ///< ordinance_report: the ordinance's request for reports or documents
    OrdinanceInspection, ///< ordinance_inspection: an on-site inspection under the ordinance
    Ccp1972Inquiry,      ///< ccp_197_2: 捜査関係事項照会, Code of Criminal Procedure art. 197(2)
    Warrant,             ///< warrant: 差押許可状 / 記録命令付差押許可状, with a court and an expiry
    EmergencyLife,       ///< emergency_life: an emergency to protect life, answered at once, reviewed afterwards
};

inline constexpr std::array<std::pair<LegalBasis, std::string_view>, 5> kLegalBasisCodes{{
    {LegalBasis::OrdinanceReport, "ordinance_report"},
    {LegalBasis::OrdinanceInspection, "ordinance_inspection"},
    {LegalBasis::Ccp1972Inquiry, "ccp_197_2"},
    {LegalBasis::Warrant, "warrant"},
    {LegalBasis::EmergencyLife, "emergency_life"},
}};

/// The life of a request: received → approved → answered, or rejected (with a reason), or expired (a warrant past
/// its expiry when it was to be approved or answered).
enum class PoliceRequestStatus { Received, Approved, Answered, Rejected, Expired };

inline constexpr std::array<std::pair<PoliceRequestStatus, std::string_view>, 5> kPoliceRequestStatusCodes{{
    {PoliceRequestStatus::Received, "received"},
    {PoliceRequestStatus::Approved, "approved"},
    {PoliceRequestStatus::Answered, "answered"},
    {PoliceRequestStatus::Rejected, "rejected"},
    {PoliceRequestStatus::Expired, "expired"},
}};

/// What the police ask.
enum class QuestionKind {
    TerminalAtTime, ///< terminal_at_time: who used booth/terminal X at time T (or in the window)
    Person,         ///< person: the visits of a person (name + date of birth, or document number) in the window
    PublicEndpoint, ///< public_endpoint: who was behind the cafe's public IP and source port at time T
};

inline constexpr std::array<std::pair<QuestionKind, std::string_view>, 3> kQuestionKindCodes{{
    {QuestionKind::TerminalAtTime, "terminal_at_time"},
    {QuestionKind::Person, "person"},
    {QuestionKind::PublicEndpoint, "public_endpoint"},
}};

/// Where a request came from: entered by a manager from a paper request, or submitted by police over mutual TLS.
enum class RequestSource { Kiosk, Api };

template <typename E, std::size_t N>
constexpr std::string_view codeOf(const std::array<std::pair<E, std::string_view>, N>& codes, E value) {
    for (const auto& [v, code] : codes) {
        if (v == value) {
            return code;
        }
    }
    return {};
}

template <typename E, std::size_t N>
constexpr std::optional<E> fromCode(const std::array<std::pair<E, std::string_view>, N>& codes, std::string_view c) {
    for (const auto& [v, code] : codes) {
        if (code == c) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr std::string_view toCode(LegalBasis v) {
    return codeOf(kLegalBasisCodes, v);
}
constexpr std::string_view toCode(PoliceRequestStatus v) {
    return codeOf(kPoliceRequestStatusCodes, v);
}
constexpr std::string_view toCode(QuestionKind v) {
    return codeOf(kQuestionKindCodes, v);
}
constexpr std::string_view toCode(RequestSource v) {
    return v == RequestSource::Api ? "api" : "kiosk";
}

/// The question's personal fields (a person question): personal data, encrypted at rest.
struct PersonQuestion {
    std::optional<std::string> name;
    std::optional<std::string> nameKana;
    std::optional<CivilDate> dateOfBirth;
    std::optional<std::string> documentKind; ///< a DocumentKind code; narrows a document-number search
    std::optional<std::string> documentNumber;
};

/// The question in clear, as received and as shown to the requester and to managers.
struct PoliceQuestion {
    QuestionKind kind = QuestionKind::TerminalAtTime;
    /// terminal_at_time: exactly one of booth and terminal; `at` (optional) narrows the scope window to an instant.
    std::optional<std::string> boothLabel;
    std::optional<std::string> terminalNumber;
    std::optional<Instant> at;
    /// public_endpoint: the cafe's public address and source port at `at` ± tolerance.
    std::optional<std::string> publicIp;
    std::optional<int> sourcePort;
    std::optional<int> toleranceSeconds;
    /// person
    PersonQuestion person;
};

/// A request as received, before it is stored.
struct PoliceRequestInput {
    std::optional<std::string> storeCode;  ///< required over mutual TLS; staff may only name their own store
    std::optional<std::string> agencyName; ///< required from staff; over mutual TLS the certificate names the agency
    std::string officerName;
    std::string officerBadge;
    std::string officerContact;
    LegalBasis basis = LegalBasis::Ccp1972Inquiry;
    std::optional<std::string> warrantCourt;
    std::optional<CivilDate> warrantExpiresOn;
    std::string documentReference;
    CivilDate documentDate;
    Instant scopeFrom;
    Instant scopeTo;
    PoliceQuestion question;
};

/// The personal fields of a person question as stored: ciphertexts under data key `keyId`, each bound to
/// ("police_requests", column, request id, keyId).
struct EncryptedPersonQuestion {
    std::optional<ByteString> name;
    std::optional<ByteString> nameKana;
    std::optional<ByteString> dateOfBirth;
    std::optional<ByteString> documentNumber;
};

/// One row of police_requests. The person fields of the question and the answer document are ciphertexts.
struct StoredPoliceRequest {
    std::string id;
    std::int64_t storeId = 0;
    std::string storeCode;
    RequestSource source = RequestSource::Kiosk;
    std::optional<std::int64_t> enteredBy;
    std::optional<std::string> agencyKey;
    std::optional<std::string> clientCertificate;
    std::string agencyName;
    std::string officerName;
    std::string officerBadge;
    std::string officerContact;
    LegalBasis basis = LegalBasis::Ccp1972Inquiry;
    std::optional<std::string> warrantCourt;
    std::optional<CivilDate> warrantExpiresOn;
    std::string documentReference;
    CivilDate documentDate;
    Instant scopeFrom;
    Instant scopeTo;
    QuestionKind questionKind = QuestionKind::TerminalAtTime;
    std::optional<Instant> questionAt;
    std::optional<std::int64_t> boothId;
    std::optional<std::string> boothLabel;
    std::optional<std::int64_t> terminalId;
    std::optional<std::string> terminalNumber;
    std::optional<std::string> publicIp;
    std::optional<int> sourcePort;
    std::optional<int> toleranceSeconds;
    std::optional<std::string> documentKind;
    std::uint32_t keyId = 0;
    EncryptedPersonQuestion person;
    PoliceRequestStatus status = PoliceRequestStatus::Received;
    Instant receivedAt;
    std::string submitter;
    std::optional<std::string> idempotencyKey;
    std::optional<std::string> requestHash;
    std::optional<Instant> approvedAt;
    std::optional<std::int64_t> approvedBy;
    bool reviewRequired = false;
    std::optional<Instant> rejectedAt;
    std::optional<std::int64_t> rejectedBy;
    std::optional<std::string> rejectionReason;
    std::optional<Instant> expiredAt;
    std::optional<Instant> answeredAt;
    std::optional<std::int64_t> answeredBy;
    std::optional<std::string> answerNumber;
    CivilDate retentionUntil;
    /// The display names of the staff members of the store who entered, approved, rejected and answered the
    /// request (read with the request; empty where no one did, or for a staff id the store no longer has).
    std::optional<std::string> enteredByName;
    std::optional<std::string> approvedByName;
    std::optional<std::string> rejectedByName;
    std::optional<std::string> answeredByName;
};

/// A signed answer as stored: the exact document bytes (encrypted at rest), the detached signature and the public
/// key that verifies it.
struct StoredAnswer {
    std::string number;
    ByteString documentEnc;
    ByteString signature;     ///< empty when no signing key was available
    std::string publicKeyPem; ///< empty when no signing key was available
};

/// What an answer matched: an identity record, and the visit and segment that made it match (none when the record
/// matched a person question but had no visit in the window). `disclosed` is false for a match left out of the
/// answer.
struct Disclosure {
    std::string identityRecordId;
    std::optional<std::string> visitId;
    std::optional<std::int64_t> segmentId;
    bool disclosed = true;
};

/// The police client behind a mutual-TLS request: its certificate's agency.
struct AgencyPrincipal {
    std::string agencyKey;   ///< the certificate's organization (O), else its common name
    std::string agencyName;  ///< the registered name in police_agencies, else agencyKey
    std::string certificate; ///< subject, issuer and serial of the client certificate, for the record
};

} // namespace kiroku::domain
