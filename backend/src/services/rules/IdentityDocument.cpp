#include "services/rules/IdentityDocument.h"

#include "domain/Errors.h"
#include "services/rules/Age.h"
#include "services/rules/DocumentText.h"
#include "services/rules/LicenseNumber.h"

#include <algorithm>

namespace kiroku::backend::rules {

using domain::CivilDate;
using domain::DocumentKind;
using domain::RuleViolation;
using domain::ValidationError;

namespace {

constexpr int kValidityMonthsWithoutExpiry = 6;
constexpr int kMaximumAge = 130;
constexpr std::size_t kMaximumNumberLength = 32;
constexpr std::size_t kMyNumberDigits = 12;

std::optional<CivilDate> optionalDate(const std::string& text, const std::string& field) {
    if (text.empty()) {
        return std::nullopt;
    }
    return CivilDate::parse(text, field);
}

void refuseFuture(CivilDate date, CivilDate today, const std::string& field) {
    if (date > today) {
        throw ValidationError(field, "must not be in the future");
    }
}

DocumentKind acceptedKind(const std::string& code, const domain::StoreRules& rules) {
    const auto kind = domain::documentKindFromCode(code);
    if (!kind) {
        throw ValidationError("document.kind",
                              code.empty() ? "the document kind is required" : "is not a known document kind");
    }
    if (!rules.accepts(*kind)) {
        throw RuleViolation("document_not_accepted", "this store does not accept this kind of document",
                            "document.kind");
    }
    return *kind;
}

/// The 個人番号 must never reach storage, whichever field it was typed into. (document.number has its own, stricter
/// rule: any number at all is refused for a My Number card.)
void refuseMyNumber(const IdentityDocumentInput& input) {
    static const std::string kNone;
    const auto* proof = input.supplementaryAddressProof ? &*input.supplementaryAddressProof : nullptr;
    const std::pair<const std::string*, const char*> fields[] = {
        {&input.issuer, "document.issuer"},
        {&input.nationality, "document.nationality"},
        {&input.issuedOn, "document.issued_on"},
        {&input.expiresOn, "document.expires_on"},
        {&input.dateOfBirth, "person.date_of_birth"},
        {proof ? &proof->kind : &kNone, "supplementary_address_proof.kind"},
        {proof ? &proof->date : &kNone, "supplementary_address_proof.date"},
    };
    for (const auto& [text, field] : fields) {
        if (containsDigitRun(*text, kMyNumberDigits)) {
            throw ValidationError("my_number_not_allowed", "an individual number (My Number) must never be entered",
                                  field);
        }
    }
}

bool numberRequired(DocumentKind kind) {
    return kind == DocumentKind::DriversLicense || kind == DocumentKind::DrivingHistoryCertificate ||
           kind == DocumentKind::ResidenceCard || kind == DocumentKind::SpecialPermanentResidentCertificate ||
           kind == DocumentKind::Passport;
}

bool isResidenceCardNumber(std::string_view n) {
    auto letters = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    return n.size() == 12 && letters(n.substr(0, 2)) && isDigits(n.substr(2, 8), 8) && letters(n.substr(10, 2));
}

/// The number that may be recorded, with warnings; refuses numbers the law forbids to keep.
std::string checkedNumber(const IdentityDocumentInput& input, DocumentKind kind, std::vector<std::string>& warnings) {
    const std::string number = normaliseDocumentNumber(input.number);
    if (domain::numberMustNotBeRecorded(kind)) {
        if (!number.empty()) {
            throw RuleViolation("number_not_allowed",
                                kind == DocumentKind::MyNumberCard
                                    ? "the individual number of a My Number card must never be recorded"
                                    : "the symbol and number of a health insurance document must never be recorded",
                                "document.number");
        }
        return {};
    }
    if (number.empty()) {
        if (numberRequired(kind)) {
            throw ValidationError("document.number", "the document number is required for this kind of document");
        }
        return {};
    }
    if (number.size() > kMaximumNumberLength || !isUpperAlphanumeric(number)) {
        throw ValidationError("document.number", "may contain only letters and digits, at most 32");
    }
    if (kind == DocumentKind::ResidenceCard && !isResidenceCardNumber(number)) {
        throw ValidationError("document.number", "a residence card number is 2 letters, 8 digits and 2 letters");
    }
    if (kind == DocumentKind::DriversLicense) {
        if (!isDigits(number, 12)) {
            throw ValidationError("document.number", "a driver's license number is 12 digits");
        }
        if (!licenseCheckDigitMatches(number)) {
            warnings.emplace_back("license_check_digit_mismatch");
        }
    }
    return number;
}

std::string checkedNationality(const IdentityDocumentInput& input, DocumentKind kind) {
    std::string nationality = normaliseDocumentNumber(input.nationality);
    std::erase(nationality, '<');
    if (nationality.empty()) {
        if (kind == DocumentKind::Passport) {
            throw ValidationError("document.nationality", "the nationality is required for a passport");
        }
        return {};
    }
    const bool letters =
        std::all_of(nationality.begin(), nationality.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!letters || nationality.size() > 3) {
        throw ValidationError("document.nationality", "must be an ICAO 9303 nationality code such as JPN");
    }
    return nationality;
}

/// Validity (domain.md §1.8): currently valid, or, without an expiry, issued within the last 6 months.
void checkValidity(IdentityDocumentDecision& decision, const IdentityDocumentInput& input, CivilDate today) {
    decision.issuedOn = optionalDate(input.issuedOn, "document.issued_on");
    decision.expiresOn = optionalDate(input.expiresOn, "document.expires_on");
    if (decision.issuedOn) {
        refuseFuture(*decision.issuedOn, today, "document.issued_on");
    }
    if (decision.expiresOn) {
        if (decision.issuedOn && *decision.expiresOn < *decision.issuedOn) {
            throw ValidationError("document.expires_on", "must not be before the issue date");
        }
        if (*decision.expiresOn < today) {
            throw RuleViolation("document_expired", "the document has expired", "document.expires_on");
        }
    }
    if (!domain::hasNoExpiry(decision.kind) && decision.expiresOn) {
        return;
    }
    if (!decision.issuedOn) {
        throw ValidationError(domain::hasNoExpiry(decision.kind) ? "document.issued_on" : "document.expires_on",
                              domain::hasNoExpiry(decision.kind)
                                  ? "the issue date is required for this kind of document"
                                  : "the expiry date is required, or the issue date for a document without expiry");
    }
    if (*decision.issuedOn < today.addMonths(-kValidityMonthsWithoutExpiry)) {
        throw RuleViolation("document_too_old", "a document without an expiry date must be issued within 6 months",
                            "document.issued_on");
    }
}

void checkDateOfBirth(IdentityDocumentDecision& decision, const IdentityDocumentInput& input,
                      const domain::StoreRules& rules, CivilDate today) {
    decision.dateOfBirth = CivilDate::parse(input.dateOfBirth, "person.date_of_birth");
    if (!(decision.dateOfBirth < today)) {
        throw ValidationError("person.date_of_birth", "must be in the past");
    }
    decision.age = ageOn(decision.dateOfBirth, today);
    if (decision.age > kMaximumAge) {
        throw ValidationError("person.date_of_birth", "implies an age over 130 years");
    }
    if (decision.age < rules.minorAge) {
        decision.warnings.emplace_back("minor");
    }
}

enum class AddressSource { Document, Proof, Declared };

AddressSource addressSource(const IdentityDocumentDecision& decision, const IdentityDocumentInput& input,
                            const domain::StoreRules& rules) {
    if (decision.kind == DocumentKind::Passport && decision.nationality != "JPN") {
        return rules.foreignPassportAddress == domain::ForeignPassportAddress::AcceptDeclared ? AddressSource::Declared
                                                                                              : AddressSource::Proof;
    }
    if (input.lacksAddress) {
        return AddressSource::Proof;
    }
    if (decision.kind == DocumentKind::Passport) {
        // Without an issue date we cannot tell an old passport (with its address field) from a new one.
        const CivilDate noAddressFrom(kPassportWithoutAddressYear, kPassportWithoutAddressMonth,
                                      kPassportWithoutAddressDay);
        return !decision.issuedOn || *decision.issuedOn >= noAddressFrom ? AddressSource::Proof
                                                                         : AddressSource::Document;
    }
    return AddressSource::Document;
}

std::optional<AddressProof> checkedProof(const IdentityDocumentInput& input, CivilDate today) {
    if (!input.supplementaryAddressProof) {
        return std::nullopt;
    }
    const AddressProofInput& proof = *input.supplementaryAddressProof;
    const auto kind = domain::addressProofKindFromCode(proof.kind);
    if (!kind) {
        throw ValidationError("supplementary_address_proof.kind",
                              "must be tax_receipt, social_insurance_receipt, utility_bill or other_public_receipt");
    }
    const CivilDate date = CivilDate::parse(proof.date, "supplementary_address_proof.date");
    refuseFuture(date, today, "supplementary_address_proof.date");
    if (date < today.addMonths(-kValidityMonthsWithoutExpiry)) {
        throw RuleViolation("address_proof_too_old", "the address proof must be dated within the last 6 months",
                            "supplementary_address_proof.date");
    }
    return AddressProof{*kind, date};
}

} // namespace

IdentityDocumentDecision checkIdentityDocument(const IdentityDocumentInput& input, const domain::StoreRules& rules,
                                               CivilDate todayLocal) {
    IdentityDocumentDecision decision;
    decision.kind = acceptedKind(input.kind, rules);
    if (decision.kind == DocumentKind::MyNumberCard) {
        refuseMyNumber(input);
    }
    decision.number = checkedNumber(input, decision.kind, decision.warnings);
    decision.issuer = trimText(input.issuer);
    if ((decision.kind == DocumentKind::HealthInsuranceCard ||
         decision.kind == DocumentKind::QualificationCertificate) &&
        decision.issuer.empty()) {
        throw ValidationError("document.issuer", "the insurer's name is required for a health insurance document");
    }
    decision.nationality = checkedNationality(input, decision.kind);
    checkValidity(decision, input, todayLocal);
    checkDateOfBirth(decision, input, rules, todayLocal);

    decision.supplementaryAddressProof = checkedProof(input, todayLocal);
    switch (addressSource(decision, input, rules)) {
    case AddressSource::Document:
        break;
    case AddressSource::Proof:
        decision.addressNotOnDocument = true;
        if (!decision.supplementaryAddressProof) {
            throw RuleViolation("address_proof_required",
                                "this document does not show the current address: a tax, social insurance or "
                                "utility receipt dated within 6 months is required",
                                "supplementary_address_proof");
        }
        break;
    case AddressSource::Declared:
        decision.addressNotOnDocument = true;
        if (!decision.supplementaryAddressProof) {
            decision.warnings.emplace_back("address_declared");
        }
        break;
    }
    return decision;
}

} // namespace kiroku::backend::rules
