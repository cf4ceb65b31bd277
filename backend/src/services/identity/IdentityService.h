#pragma once

#include "domain/Idempotency.h"
#include "domain/IdentityDirectory.h"
#include "domain/IdentityRepository.h"
#include "domain/MemberRepository.h"
#include "domain/Principal.h"
#include "domain/StoreRepository.h"
#include "services/keys/KeyService.h"
#include "services/rules/IdentityDocument.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// A new identity verification (本人確認) as received. Text is already checked for UTF-8, NFC, control
/// characters and length (the HTTP layer's JsonReader); the ordinance's rules are checked here.
struct IdentityVerificationInput {
    std::string method;                  ///< "method": ic_chip, mrz, visual
    std::string name;                    ///< "person.name"
    std::optional<std::string> nameKana; ///< "person.name_kana"
    std::optional<std::string> address;  ///< "person.address": required for the record
    /// "document.*", "person.date_of_birth" and "supplementary_address_proof", for rules::checkIdentityDocument.
    rules::IdentityDocumentInput document;
};

/// A note for staff about an accepted verification.
struct IdentityWarning {
    std::string code; ///< minor, license_check_digit_mismatch, address_declared
    std::string message;
};

struct IdentityVerificationResult {
    std::string id;
    int age = 0;
    bool minor = false;
    domain::CivilDate retentionUntil;
    std::vector<IdentityWarning> warnings;
};

/// Makes identity verification records — personal fields encrypted under the key of their retention month, with
/// blind indexes for search — and reads them back for other workflows (domain::IdentityDirectory).
class IdentityService : public domain::IdentityDirectory {
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    IdentityService(
        domain::IdentityRepository& records, domain::MemberRepository& members, domain::StoreRepository& stores,
        KeyService& keys, Clock clock = [] { return std::chrono::system_clock::now(); });

    /// Checks the document with rules::checkIdentityDocument under the store's rules on today's local date, and
    /// records it for `staff`'s store. Throws ValidationError (400) or RuleViolation (422) naming the field —
    /// among them number_not_allowed for a My Number / health insurance / 資格確認書 number, and person.address
    /// when no residential address was entered; nothing is written then. Unavailable when the database is down.
    IdentityVerificationResult verify(const domain::StaffPrincipal& staff, const IdentityVerificationInput& input);

    /// Renders a result as the answer to send (and to replay to retries).
    using Render = std::function<domain::StoredResponse(const IdentityVerificationResult&)>;

    /// As verify(), at most once per idempotency key: a retry with the same key and request gets the first answer
    /// again, byte for byte, and nothing more is written (even if the document has expired since); the same key with
    /// another request is RuleViolation("idempotency_key_reused"). `key.requestHash` is stored only after keying it
    /// with a server secret (the request holds personal data, so a plain hash of it must not be kept).
    domain::StoredResponse verifyOnce(const domain::StaffPrincipal& staff, const IdentityVerificationInput& input,
                                      domain::IdempotencyKey key, domain::IdempotencyStore& answers,
                                      const Render& render);

    std::optional<domain::IdentitySummary> find(std::int64_t storeId, const std::string& identityId) override;
    std::optional<domain::MemberCardMatch> findByCardToken(std::int64_t storeId, const std::string& token) override;
    std::optional<domain::MemberCardMatch> readByCardToken(std::int64_t storeId, const std::string& token,
                                                           const domain::DataAccess& access) override;

    /// The human-readable text of a warning code from rules::checkIdentityDocument.
    static std::string warningMessage(const std::string& code, const domain::StoreRules& rules);

private:
    struct Prepared {
        domain::StoredIdentityRecord record;
        IdentityVerificationResult result;
    };
    Prepared prepare(const domain::StaffPrincipal& staff, const IdentityVerificationInput& input);
    domain::Store storeOf(std::int64_t storeId);
    domain::IdentitySummary summaryOf(const domain::StoredIdentityRecord& record);
    std::optional<domain::MemberCardHolder> liveCard(std::int64_t storeId, const std::string& token);
    static domain::AuditEntry verificationEntry(const domain::StoredIdentityRecord& record);

    domain::IdentityRepository& m_records;
    domain::MemberRepository& m_members;
    domain::StoreRepository& m_stores;
    KeyService& m_keys;
    Clock m_clock;
};

} // namespace kiroku::backend::services
