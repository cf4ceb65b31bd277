#pragma once

#include "domain/CivilDate.h"
#include "domain/DocumentKind.h"
#include "domain/StoreRules.h"

#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::rules {

/// The receipt that adds the current address to a document that lacks it, as received. JSON path
/// "supplementary_address_proof".
struct AddressProofInput {
    std::string kind; ///< "supplementary_address_proof.kind": tax_receipt, social_insurance_receipt, utility_bill,
                      ///< other_public_receipt
    std::string date; ///< "supplementary_address_proof.date": YYYY-MM-DD
};

/// An identity document as received from the kiosk or staff. Empty strings mean "not given".
struct IdentityDocumentInput {
    std::string kind;          ///< "document.kind": a DocumentKind code
    std::string number;        ///< "document.number": the 記号番号; must be empty for My Number and insurance kinds
    std::string issuer;        ///< "document.issuer": the insurer's name (保険者名称) for health-insurance kinds
    std::string nationality;   ///< "document.nationality": ICAO 9303 code (JPN, UTO, D), passports
    std::string issuedOn;      ///< "document.issued_on": YYYY-MM-DD
    std::string expiresOn;     ///< "document.expires_on": YYYY-MM-DD
    bool lacksAddress = false; ///< "document.lacks_address": the document does not show the current address
    std::string dateOfBirth;   ///< "person.date_of_birth": YYYY-MM-DD
    std::optional<AddressProofInput> supplementaryAddressProof; ///< "supplementary_address_proof"
};

struct AddressProof {
    domain::AddressProofKind kind;
    domain::CivilDate date;
};

/// What may be recorded about an accepted document: normalised, and never a number the law forbids.
struct IdentityDocumentDecision {
    domain::DocumentKind kind{};
    /// Normalised (NFKC, no separators, upper case); always empty for My Number, health insurance and 資格確認書.
    std::string number;
    /// Trimmed; the insurer's name for health-insurance kinds, else as given.
    std::string issuer;
    /// Upper case without '<' fillers; empty when not given.
    std::string nationality;
    std::optional<domain::CivilDate> issuedOn;
    std::optional<domain::CivilDate> expiresOn;
    domain::CivilDate dateOfBirth;
    int age = 0;
    /// True when the address comes from the supplementary proof (or, for a foreign passport under
    /// "accept_declared", from the customer's declaration) rather than from the document.
    bool addressNotOnDocument = false;
    std::optional<AddressProof> supplementaryAddressProof;
    /// Codes for staff: "minor", "license_check_digit_mismatch", "address_declared".
    std::vector<std::string> warnings;
};

/// Japanese passports issued from this date have no address field (domain.md §1.8).
inline constexpr int kPassportWithoutAddressYear = 2020;
inline constexpr int kPassportWithoutAddressMonth = 2;
inline constexpr int kPassportWithoutAddressDay = 4;

/// Checks an identity document against the ordinance (domain.md §1.4, §1.8) and the store's rules, on the store's
/// local date `todayLocal`, and returns what may be recorded plus warnings for staff.
///
/// Throws ValidationError(field, message) for malformed or impossible input, and RuleViolation(code, message, field)
/// when a rule refuses the document; `field` is the JSON path of the input ("document.expires_on"). Codes:
/// "document_not_accepted", "number_not_allowed" (a number given for My Number / health insurance / 資格確認書),
/// "my_number_not_allowed" (a 12-digit number anywhere in a My Number card's input, a ValidationError),
/// "document_expired", "document_too_old" (no expiry and issued over 6 months ago), "address_proof_required",
/// "address_proof_too_old". Messages never repeat the input.
IdentityDocumentDecision checkIdentityDocument(const IdentityDocumentInput& input, const domain::StoreRules& rules,
                                               domain::CivilDate todayLocal);

} // namespace kiroku::backend::rules
