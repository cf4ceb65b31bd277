#include "services/rules/IdentityDocument.h"

#include "RulesTestSupport.h"

#include <algorithm>

using namespace kiroku::backend::rules;
using kiroku::domain::AddressProofKind;
using kiroku::domain::CivilDate;
using kiroku::domain::DocumentKind;
using kiroku::domain::RuleViolation;
using kiroku::domain::StoreRules;
using kiroku::domain::ValidationError;
using kiroku::tests::thrownBy;

namespace {

const CivilDate kToday(2026, 11, 22);

IdentityDocumentInput license() {
    IdentityDocumentInput input;
    input.kind = "drivers_license";
    input.number = "123456789030"; // check digit 3 is right
    input.issuedOn = "2024-05-01";
    input.expiresOn = "2029-06-02";
    input.dateOfBirth = "1990-06-02";
    return input;
}

IdentityDocumentInput withKind(const char* kind, IdentityDocumentInput input = license()) {
    input.kind = kind;
    input.number.clear();
    return input;
}

IdentityDocumentInput japanesePassport(const char* issuedOn) {
    IdentityDocumentInput input = license();
    input.kind = "passport";
    input.number = "TK1234567";
    input.nationality = "JPN";
    input.issuedOn = issuedOn;
    input.expiresOn = "2030-01-01";
    return input;
}

AddressProofInput receipt(const char* date, const char* kind = "utility_bill") {
    return AddressProofInput{kind, date};
}

IdentityDocumentDecision check(const IdentityDocumentInput& input, const StoreRules& rules = StoreRules::defaults()) {
    return checkIdentityDocument(input, rules, kToday);
}

RuleViolation refusal(const IdentityDocumentInput& input, const StoreRules& rules = StoreRules::defaults()) {
    return thrownBy<RuleViolation>([&] { check(input, rules); });
}

ValidationError invalid(const IdentityDocumentInput& input, const StoreRules& rules = StoreRules::defaults()) {
    return thrownBy<ValidationError>([&] { check(input, rules); });
}

bool hasWarning(const IdentityDocumentDecision& decision, const std::string& code) {
    return std::find(decision.warnings.begin(), decision.warnings.end(), code) != decision.warnings.end();
}

} // namespace

TEST_CASE("a valid driver's license is accepted with its number, dates and the holder's age", "[rules]") {
    const auto decision = check(license());
    CHECK(decision.kind == DocumentKind::DriversLicense);
    CHECK(decision.number == "123456789030");
    CHECK(decision.expiresOn == CivilDate(2029, 6, 2));
    CHECK(decision.issuedOn == CivilDate(2024, 5, 1));
    CHECK(decision.dateOfBirth == CivilDate(1990, 6, 2));
    CHECK(decision.age == 36);
    CHECK(decision.warnings.empty());
    CHECK_FALSE(decision.addressNotOnDocument);
    CHECK_FALSE(decision.supplementaryAddressProof.has_value());
}

TEST_CASE("the document kind must be a known code accepted by the store", "[rules]") {
    const auto unknown = invalid(withKind("library_card"));
    CHECK(unknown.field() == "document.kind");
    CHECK(invalid(withKind("")).field() == "document.kind");

    StoreRules rules = StoreRules::defaults();
    rules.acceptedDocuments = {DocumentKind::DriversLicense, DocumentKind::MyNumberCard};
    const auto refused = refusal(withKind("student_id"), rules);
    CHECK(refused.code() == "document_not_accepted");
    CHECK(refused.field() == "document.kind");
    CHECK_NOTHROW(check(license(), rules));
}

TEST_CASE("a My Number card's individual number is never recorded", "[rules]") {
    IdentityDocumentInput input = withKind("my_number_card");
    const auto accepted = check(input);
    CHECK(accepted.kind == DocumentKind::MyNumberCard);
    CHECK(accepted.number.empty());

    for (const char* number : {"123456789012", "1234 5678 9012", "ABC"}) {
        input.number = number;
        const auto error = refusal(input);
        CHECK(error.code() == "number_not_allowed");
        CHECK(error.field() == "document.number");
        CHECK(std::string(error.what()).find("1234") == std::string::npos);
    }
}

TEST_CASE("a 12-digit number anywhere in a My Number card's input is an input error", "[rules]") {
    IdentityDocumentInput input = withKind("my_number_card");
    input.issuer = "１２３４ ５６７８ ９０１２"; // full-width, with spaces
    auto error = invalid(input);
    CHECK(error.code() == "my_number_not_allowed");
    CHECK(error.field() == "document.issuer");

    input.issuer = "Shibuya City";
    input.supplementaryAddressProof = receipt("2026-11-01", "123456789012");
    error = invalid(input);
    CHECK(error.code() == "my_number_not_allowed");
    CHECK(error.field() == "supplementary_address_proof.kind");

    input.supplementaryAddressProof.reset();
    input.dateOfBirth = "123456789012";
    error = invalid(input);
    CHECK(error.code() == "my_number_not_allowed");
    CHECK(error.field() == "person.date_of_birth");
}

TEST_CASE("a health insurance card or qualification certificate keeps the insurer's name and never a number",
          "[rules]") {
    for (const char* kind : {"health_insurance_card", "qualification_certificate"}) {
        INFO(kind);
        IdentityDocumentInput input = withKind(kind);
        input.issuer = "  全国健康保険協会\u3000";
        const auto accepted = check(input);
        CHECK(accepted.number.empty());
        CHECK(accepted.issuer == "全国健康保険協会");

        input.number = "12-3456";
        const auto refused = refusal(input);
        CHECK(refused.code() == "number_not_allowed");
        CHECK(refused.field() == "document.number");

        input.number.clear();
        input.issuer = " ";
        CHECK(invalid(input).field() == "document.issuer");
    }
}

TEST_CASE("a residence card number is 2 letters, 8 digits and 2 letters", "[rules]") {
    IdentityDocumentInput input = withKind("residence_card");
    input.number = "AB12345678CD";
    CHECK(check(input).number == "AB12345678CD");
    input.number = "ab 1234-5678 cd";
    CHECK(check(input).number == "AB12345678CD");
    input.number = "ＡＢ１２３４５６７８ＣＤ";
    CHECK(check(input).number == "AB12345678CD");
    for (const char* bad : {"AB1234567CD", "A123456789CD", "AB12345678C1", "AB12345678CDE"}) {
        INFO(bad);
        input.number = bad;
        CHECK(invalid(input).field() == "document.number");
    }
    input.number.clear();
    CHECK(invalid(input).field() == "document.number");
}

TEST_CASE("a driver's license number is 12 digits and a check-digit mismatch is only a warning", "[rules]") {
    IdentityDocumentInput input = license();
    input.number = "123456789040";
    const auto decision = check(input);
    CHECK(decision.number == "123456789040");
    CHECK(hasWarning(decision, "license_check_digit_mismatch"));

    for (const char* bad : {"12345678903", "1234567890301", "12345678903A", ""}) {
        INFO(bad);
        input.number = bad;
        CHECK(invalid(input).field() == "document.number");
    }
    input.number = "12345678*030";
    CHECK(invalid(input).field() == "document.number");
}

TEST_CASE("an expired document is refused and one expiring today is accepted", "[rules]") {
    IdentityDocumentInput input = license();
    input.expiresOn = "2026-11-21";
    const auto refused = refusal(input);
    CHECK(refused.code() == "document_expired");
    CHECK(refused.field() == "document.expires_on");
    input.expiresOn = "2026-11-22";
    CHECK_NOTHROW(check(input));
}

TEST_CASE("a document without an expiry date counts only when issued within the last 6 months", "[rules]") {
    for (const char* kind : {"koseki", "resident_record"}) {
        INFO(kind);
        IdentityDocumentInput input = withKind(kind);
        input.expiresOn.clear();
        input.issuedOn = "2026-05-22";
        CHECK(check(input).issuedOn == CivilDate(2026, 5, 22));
        input.issuedOn = "2026-05-21";
        const auto refused = refusal(input);
        CHECK(refused.code() == "document_too_old");
        CHECK(refused.field() == "document.issued_on");
        input.issuedOn.clear();
        CHECK(invalid(input).field() == "document.issued_on");
    }

    // A document that gives no expiry date is held to the same rule.
    IdentityDocumentInput card = withKind("student_id");
    card.expiresOn.clear();
    card.issuedOn = "2026-04-01";
    CHECK(refusal(card).field() == "document.issued_on");
    card.issuedOn.clear();
    CHECK(invalid(card).field() == "document.expires_on");
}

TEST_CASE("six months before the last day of a month is the last day of the month six months earlier", "[rules]") {
    IdentityDocumentInput input = withKind("resident_record");
    input.expiresOn.clear();
    input.issuedOn = "2026-02-28";
    CHECK_NOTHROW(checkIdentityDocument(input, StoreRules::defaults(), CivilDate(2026, 8, 31)));
    input.issuedOn = "2026-02-27";
    const auto refused =
        thrownBy<RuleViolation>([&] { checkIdentityDocument(input, StoreRules::defaults(), CivilDate(2026, 8, 31)); });
    CHECK(refused.field() == "document.issued_on");
}

TEST_CASE("an issue date in the future or after the expiry date is an input error", "[rules]") {
    IdentityDocumentInput input = license();
    input.issuedOn = "2026-11-23";
    CHECK(invalid(input).field() == "document.issued_on");
    input.issuedOn = "2026-01-10";
    input.expiresOn = "2026-01-09";
    CHECK(invalid(input).field() == "document.expires_on");
}

TEST_CASE("malformed dates are refused naming the field", "[rules]") {
    IdentityDocumentInput input = license();
    input.expiresOn = "2029/06/02";
    CHECK(invalid(input).field() == "document.expires_on");
    input = license();
    input.issuedOn = "2024-02-30";
    CHECK(invalid(input).field() == "document.issued_on");
    input = license();
    input.dateOfBirth = "02-06-1990";
    CHECK(invalid(input).field() == "person.date_of_birth");
    input = license();
    input.dateOfBirth.clear();
    CHECK(invalid(input).field() == "person.date_of_birth");
}

TEST_CASE("a Japanese passport issued on or after 2020-02-04 needs a supplementary address proof", "[rules]") {
    const auto refused = refusal(japanesePassport("2020-02-04"));
    CHECK(refused.code() == "address_proof_required");
    CHECK(refused.field() == "supplementary_address_proof");

    IdentityDocumentInput input = japanesePassport("2024-03-01");
    input.supplementaryAddressProof = receipt("2026-10-31", "tax_receipt");
    const auto accepted = check(input);
    CHECK(accepted.addressNotOnDocument);
    REQUIRE(accepted.supplementaryAddressProof.has_value());
    CHECK(accepted.supplementaryAddressProof->kind == AddressProofKind::TaxReceipt);
    CHECK(accepted.supplementaryAddressProof->date == CivilDate(2026, 10, 31));
    CHECK(accepted.nationality == "JPN");
}

TEST_CASE("a Japanese passport issued before 2020-02-04 shows the address", "[rules]") {
    const auto accepted = check(japanesePassport("2020-02-03"));
    CHECK_FALSE(accepted.addressNotOnDocument);
    CHECK(accepted.number == "TK1234567");
}

TEST_CASE("a Japanese passport without an issue date needs a supplementary address proof", "[rules]") {
    CHECK(refusal(japanesePassport("")).field() == "supplementary_address_proof");
}

TEST_CASE("a document flagged as lacking the address needs a supplementary address proof", "[rules]") {
    IdentityDocumentInput input = license();
    input.lacksAddress = true;
    CHECK(refusal(input).field() == "supplementary_address_proof");
    input.supplementaryAddressProof = receipt("2026-11-22", "social_insurance_receipt");
    CHECK(check(input).addressNotOnDocument);
}

TEST_CASE("a supplementary address proof is a known receipt dated within 6 months and not in the future", "[rules]") {
    IdentityDocumentInput input = japanesePassport("2023-01-01");
    input.supplementaryAddressProof = receipt("2026-05-22", "other_public_receipt");
    CHECK_NOTHROW(check(input));

    input.supplementaryAddressProof = receipt("2026-05-21");
    const auto tooOld = refusal(input);
    CHECK(tooOld.code() == "address_proof_too_old");
    CHECK(tooOld.field() == "supplementary_address_proof.date");

    input.supplementaryAddressProof = receipt("2026-11-23");
    CHECK(invalid(input).field() == "supplementary_address_proof.date");
    input.supplementaryAddressProof = receipt("");
    CHECK(invalid(input).field() == "supplementary_address_proof.date");
    input.supplementaryAddressProof = receipt("2026-11-01", "bank_statement");
    CHECK(invalid(input).field() == "supplementary_address_proof.kind");
}

TEST_CASE("a foreign passport needs an address proof unless the store accepts the declared address", "[rules]") {
    IdentityDocumentInput input = japanesePassport("2022-01-01");
    input.nationality = "UTO";
    const auto refused = refusal(input);
    CHECK(refused.code() == "address_proof_required");
    CHECK(refused.field() == "supplementary_address_proof");

    StoreRules rules = StoreRules::defaults();
    rules.foreignPassportAddress = kiroku::domain::ForeignPassportAddress::AcceptDeclared;
    const auto declared = check(input, rules);
    CHECK(declared.addressNotOnDocument);
    CHECK(hasWarning(declared, "address_declared"));
}

TEST_CASE("a passport needs an ICAO nationality code", "[rules]") {
    IdentityDocumentInput input = japanesePassport("2020-01-01");
    input.nationality = "";
    CHECK(invalid(input).field() == "document.nationality");
    input.nationality = "J1N";
    CHECK(invalid(input).field() == "document.nationality");
    input.nationality = "jpn";
    CHECK(check(input).nationality == "JPN");
    input.number.clear();
    CHECK(invalid(input).field() == "document.number");
}

TEST_CASE("the date of birth must be in the past and give an age of at most 130", "[rules]") {
    IdentityDocumentInput input = license();
    input.dateOfBirth = "2026-11-22";
    CHECK(invalid(input).field() == "person.date_of_birth");
    input.dateOfBirth = "2027-01-01";
    CHECK(invalid(input).field() == "person.date_of_birth");
    input.dateOfBirth = "1895-11-21";
    CHECK(invalid(input).field() == "person.date_of_birth");
    input.dateOfBirth = "1896-11-22";
    CHECK(check(input).age == 130);
}

TEST_CASE("a minor's document is accepted with the age and a minor warning", "[rules]") {
    IdentityDocumentInput input = withKind("student_id");
    input.dateOfBirth = "2008-11-23";
    const auto minor = check(input);
    CHECK(minor.age == 17);
    CHECK(hasWarning(minor, "minor"));
    input.dateOfBirth = "2008-11-22";
    CHECK_FALSE(hasWarning(check(input), "minor"));
}
