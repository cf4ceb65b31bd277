#include "services/identity/IdentityService.h"

#include "domain/Errors.h"
#include "services/identity/IdentityFields.h"
#include "services/identity/Uuid.h"
#include "services/members/MemberToken.h"
#include "services/rules/DocumentText.h"
#include "services/rules/Retention.h"
#include "services/rules/ZoneTime.h"
#include "services/visits/Idempotent.h"
#include "text/Normalizer.h"

namespace kiroku::backend::services {

namespace fields = identity_fields;
using domain::ByteString;
using domain::CivilDate;

namespace {

constexpr std::size_t kMyNumberDigits = 12;
// Domain separation for the keyed request hash (the bearer-token pepper hashes only random tokens otherwise).
const std::string kRequestHashLabel = "kiroku/idempotency/identity-verification/v1\n";

std::chrono::sys_seconds toSeconds(std::chrono::system_clock::time_point t) {
    return std::chrono::floor<std::chrono::seconds>(t);
}

ByteString encrypt(const KeyService& keys, const char* column, const std::string& id, std::uint32_t keyId,
                   const std::string& plaintext) {
    return keys.cipher().encrypt(fields::context(column, id, keyId), plaintext);
}

/// The 個人番号 must not reach storage through the free-text fields of a My Number card's record either.
void refuseMyNumberInPerson(const IdentityVerificationInput& input) {
    const std::pair<const std::optional<std::string>, const char*> texts[] = {
        {input.name, "person.name"}, {input.nameKana, "person.name_kana"}, {input.address, "person.address"}};
    for (const auto& [text, field] : texts) {
        if (text && rules::containsDigitRun(*text, kMyNumberDigits)) {
            throw domain::ValidationError("my_number_not_allowed",
                                          "an individual number (My Number) must never be entered", field);
        }
    }
}

void checkMethod(const std::string& method) {
    if (method != "ic_chip" && method != "mrz" && method != "visual") {
        throw domain::ValidationError("method", "must be one of: ic_chip, mrz, visual");
    }
}

} // namespace

IdentityService::IdentityService(domain::IdentityRepository& records, domain::MemberRepository& members,
                                 domain::StoreRepository& stores, KeyService& keys, Clock clock)
    : m_records(records), m_members(members), m_stores(stores), m_keys(keys), m_clock(std::move(clock)) {}

domain::Store IdentityService::storeOf(std::int64_t storeId) {
    auto store = m_stores.find(storeId);
    if (!store) {
        throw domain::NotFound("your store does not exist any more");
    }
    return std::move(*store);
}

std::string IdentityService::warningMessage(const std::string& code, const domain::StoreRules& rules) {
    if (code == "minor") {
        return "the customer is under " + std::to_string(rules.minorAge) +
               ": no admission during night hours, and filtering applies";
    }
    if (code == "license_check_digit_mismatch") {
        return "the license number's check digit does not match: compare the number with the card";
    }
    if (code == "address_declared") {
        return "the address was declared by the customer and is not shown on the document";
    }
    return "check this verification";
}

IdentityService::Prepared IdentityService::prepare(const domain::StaffPrincipal& staff,
                                                   const IdentityVerificationInput& input) {
    checkMethod(input.method);
    const domain::Store store = storeOf(staff.storeId);
    const auto now = m_clock();
    const std::string& zone = store.rules.timeZone;
    const CivilDate today = rules::localDateAt(toSeconds(now), zone);

    if (input.document.kind == domain::toCode(domain::DocumentKind::MyNumberCard)) {
        refuseMyNumberInPerson(input);
    }
    const rules::IdentityDocumentDecision decision = rules::checkIdentityDocument(input.document, store.rules, today);
    if (!input.address) {
        // The ordinance records the residential address whatever the document: when the document does not show it
        // (a recent Japanese passport, an MRZ), staff enter it from the supplementary proof or the declaration.
        throw domain::ValidationError("person.address",
                                      decision.addressNotOnDocument
                                          ? "the residential address is required: enter it from the address proof"
                                          : "the residential address is required");
    }

    const rules::Retention retention = rules::computeRetention(toSeconds(now), zone, store.rules.retentionYears);
    domain::StoredIdentityRecord record;
    record.id = newUuidV4();
    record.storeId = staff.storeId;
    record.verifiedAt = now;
    record.verifiedBy = staff.staffId;
    record.method = input.method;
    record.documentKind = std::string(domain::toCode(decision.kind));
    if (!decision.issuer.empty()) {
        record.documentIssuer = decision.issuer;
    }
    record.documentExpiresOn = decision.expiresOn;
    record.documentIssuedOn = decision.issuedOn;
    if (!decision.nationality.empty()) {
        record.nationality = decision.nationality;
    }
    record.addressOnDocument = !decision.addressNotOnDocument;
    if (decision.supplementaryAddressProof) {
        record.addressProofKind = std::string(domain::toCode(decision.supplementaryAddressProof->kind));
        record.addressProofDate = decision.supplementaryAddressProof->date;
    }
    record.lastServiceOn = today;
    record.retentionUntil = retention.retentionUntil;

    const std::uint32_t keyId = m_keys.personalKeyFor(fields::retentionMonth(record.retentionUntil));
    const std::string dob = decision.dateOfBirth.toString();
    auto& f = record.fields;
    f.keyId = keyId;
    f.name = encrypt(m_keys, fields::kName, record.id, keyId, input.name);
    if (input.nameKana) {
        f.nameKana = encrypt(m_keys, fields::kNameKana, record.id, keyId, *input.nameKana);
    }
    f.address = encrypt(m_keys, fields::kAddress, record.id, keyId, *input.address);
    f.dateOfBirth = encrypt(m_keys, fields::kDateOfBirth, record.id, keyId, dob);
    record.nameDobIndex = m_keys.nameDobIndex().compute({text::normalizeName(input.name), dob});
    // decision.number is empty for the kinds whose number must never be recorded.
    if (!decision.number.empty()) {
        f.documentNumber = encrypt(m_keys, fields::kDocumentNumber, record.id, keyId, decision.number);
        record.documentNumberIndex =
            m_keys.documentNumberIndex().compute({record.documentKind, text::normalizeDocumentNumber(decision.number)});
    }
    IdentityVerificationResult result;
    result.id = record.id;
    result.age = decision.age;
    result.minor = decision.age < store.rules.minorAge;
    result.retentionUntil = record.retentionUntil;
    for (const auto& code : decision.warnings) {
        result.warnings.push_back({code, warningMessage(code, store.rules)});
    }
    return {std::move(record), std::move(result)};
}

domain::AuditEntry IdentityService::verificationEntry(const domain::StoredIdentityRecord& record) {
    domain::AuditEntry entry;
    entry.storeId = record.storeId;
    entry.action = domain::audit_action::kIdentityVerified;
    entry.actor = domain::AuditActor::staff(record.verifiedBy);
    entry.reason = "identity_verification";
    entry.at = record.verifiedAt;
    entry.subjects.push_back({"identity_record", record.id});
    entry.details["method"] = record.method;
    entry.details["document_kind"] = record.documentKind;
    entry.details["address_on_document"] = record.addressOnDocument;
    return entry;
}

IdentityVerificationResult IdentityService::verify(const domain::StaffPrincipal& staff,
                                                   const IdentityVerificationInput& input) {
    Prepared prepared = prepare(staff, input);
    m_records.insert(prepared.record, verificationEntry(prepared.record));
    return std::move(prepared.result);
}

domain::StoredResponse IdentityService::verifyOnce(const domain::StaffPrincipal& staff,
                                                   const IdentityVerificationInput& input, domain::IdempotencyKey key,
                                                   domain::IdempotencyStore& answers, const Render& render) {
    key.requestHash = m_keys.bearerTokens().hash(kRequestHashLabel + key.requestHash);
    // A retry is answered before the rules run again: the first answer stands even if the document expired since.
    if (auto answer = recordedAnswer(answers, key)) {
        return std::move(*answer);
    }
    const Prepared prepared = prepare(staff, input);
    domain::StoredResponse answer = render(prepared.result);
    if (auto recorded = m_records.insertOnce(prepared.record, key, answer, verificationEntry(prepared.record))) {
        return replayOrRefuse(*recorded, key); // a concurrent retry won
    }
    return answer;
}

domain::IdentitySummary IdentityService::summaryOf(const domain::StoredIdentityRecord& record) {
    const std::uint32_t keyId = record.fields.keyId;
    m_keys.ensureLoaded(keyId);
    domain::IdentitySummary summary;
    summary.id = record.id;
    summary.storeId = record.storeId;
    summary.name = m_keys.cipher().decrypt(fields::context(fields::kName, record.id, keyId), record.fields.name);
    const std::string dob =
        m_keys.cipher().decrypt(fields::context(fields::kDateOfBirth, record.id, keyId), record.fields.dateOfBirth);
    summary.dateOfBirth = CivilDate::parse(dob, "date_of_birth");
    summary.verifiedAt = record.verifiedAt;
    summary.retentionUntil = record.retentionUntil;
    return summary;
}

std::optional<domain::IdentitySummary> IdentityService::find(std::int64_t storeId, const std::string& identityId) {
    const auto id = canonicalUuid(identityId);
    if (!id) {
        return std::nullopt;
    }
    const auto record = m_records.find(storeId, *id);
    if (!record) {
        return std::nullopt;
    }
    return summaryOf(*record);
}

std::optional<domain::MemberCardHolder> IdentityService::liveCard(std::int64_t storeId, const std::string& token) {
    refusePossibleMyNumber(token, "token");
    if (token.empty() || token.size() > kMaxCardTokenLength) {
        return std::nullopt;
    }
    return m_members.findLiveCard(storeId, m_keys.memberCardTokens().hash(token));
}

std::optional<domain::MemberCardMatch> IdentityService::findByCardToken(std::int64_t storeId,
                                                                        const std::string& token) {
    const auto holder = liveCard(storeId, token);
    if (!holder) {
        return std::nullopt;
    }
    auto identity = find(storeId, holder->identityRecordId);
    if (!identity) {
        return std::nullopt;
    }
    return domain::MemberCardMatch{holder->memberId, std::move(*identity)};
}

std::optional<domain::MemberCardMatch> IdentityService::readByCardToken(std::int64_t storeId, const std::string& token,
                                                                        const domain::DataAccess& access) {
    const auto holder = liveCard(storeId, token);
    if (!holder) {
        return std::nullopt;
    }
    domain::AuditEntry entry;
    entry.storeId = storeId;
    entry.action = domain::audit_action::kIdentityRead;
    entry.actor = domain::AuditActor::staff(access.staffId);
    entry.reason = access.reason;
    entry.at = m_clock();
    entry.subjects.push_back({"identity_record", holder->identityRecordId});
    entry.subjects.push_back({"member", holder->memberId});
    entry.details["fields"] = std::string("name,date_of_birth");
    const auto record = m_records.read(storeId, holder->identityRecordId, entry);
    if (!record) {
        return std::nullopt;
    }
    return domain::MemberCardMatch{holder->memberId, summaryOf(*record)};
}

} // namespace kiroku::backend::services
