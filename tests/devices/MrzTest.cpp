#include "devices/parsers/Mrz.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using namespace std::chrono;

namespace {

const year_month_day kToday = year{2025} / June / 1;

const std::string kSpecimenLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kSpecimenLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
const std::string kSpecimen = kSpecimenLine1 + "\n" + kSpecimenLine2;

// ICAO 9303 part 5 and part 6 specimens.
const std::string kTd1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
                         "7408122F1204159UTO<<<<<<<<<<<6\n"
                         "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
const std::string kTd2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
                         "D231458907UTO7408122F1204159<<<<<<<6";

std::string withCharacter(std::string text, std::size_t at, char c) {
    text[at] = c;
    return text;
}

ParseErrorCode failureOf(const std::string& text) {
    auto record = parseMrz(text, kToday);
    REQUIRE_FALSE(record.ok());
    return record.error().code;
}

} // namespace

TEST_CASE("the ICAO specimen passport parses with every check digit valid", "[devices][mrz]") {
    auto record = parseMrz(kSpecimen, kToday);
    REQUIRE(record.ok());
    CHECK(record->layout == MrzLayout::TD3);
    CHECK(record->documentCode == "P");
    CHECK(record->issuingState == "UTO");
    CHECK(record->documentNumber == "L898902C3");
    CHECK(record->nationality == "UTO");
    CHECK(record->name.family == "ERIKSSON");
    CHECK(record->name.given == "ANNA MARIA");
    CHECK(record->birthDate == year{1974} / August / 12);
    REQUIRE(record->expiryDate.has_value());
    CHECK(*record->expiryDate == year{2012} / April / 15);
    CHECK(record->sex == Sex::Female);
    CHECK(record->optionalData1 == "ZE184226B");
}

TEST_CASE("a wrong document-number check digit is reported as such", "[devices][mrz]") {
    auto record = parseMrz(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 9, '5'), kToday);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MrzDocumentNumberCheckDigit);
    CHECK(record.error().message == "MRZ check digit of the document number does not match (read 5, computed 6): "
                                    "scan again or check the document");
}

TEST_CASE("a wrong birth-date check digit is reported as such", "[devices][mrz]") {
    auto record = parseMrz(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 19, '3'), kToday);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MrzBirthDateCheckDigit);
    CHECK_THAT(record.error().message, Catch::StartsWith("MRZ check digit of the birth date does not match"));
}

TEST_CASE("a wrong expiry check digit is reported as such", "[devices][mrz]") {
    auto record = parseMrz(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 27, '8'), kToday);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MrzExpiryDateCheckDigit);
    CHECK_THAT(record.error().message, Catch::StartsWith("MRZ check digit of the expiry date does not match"));
}

TEST_CASE("a wrong personal-number check digit is reported as such", "[devices][mrz]") {
    auto record = parseMrz(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 42, '2'), kToday);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MrzOptionalDataCheckDigit);
    CHECK_THAT(record.error().message, Catch::Contains("optional data (personal number)"));
}

TEST_CASE("a wrong composite check digit is reported as such", "[devices][mrz]") {
    auto record = parseMrz(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 43, '1'), kToday);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MrzCompositeCheckDigit);
    CHECK_THAT(record.error().message, Catch::StartsWith("MRZ check digit of the whole zone does not match"));
}

TEST_CASE("a misread character inside a field fails that field's check digit", "[devices][mrz]") {
    CHECK(failureOf(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 2, '0')) ==
          ParseErrorCode::MrzDocumentNumberCheckDigit);
    CHECK(failureOf(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 15, '5')) ==
          ParseErrorCode::MrzBirthDateCheckDigit);
    CHECK(failureOf(kSpecimenLine1 + "\n" + withCharacter(kSpecimenLine2, 30, 'Z')) ==
          ParseErrorCode::MrzOptionalDataCheckDigit);
    // A birth date changed together with its own check digit is caught by the composite only.
    std::string consistent = kSpecimenLine2;
    consistent.replace(13, 6, "740912");
    consistent[19] = static_cast<char>('0' + mrzCheckDigit("740912"));
    CHECK(failureOf(kSpecimenLine1 + "\n" + consistent) == ParseErrorCode::MrzCompositeCheckDigit);
}

TEST_CASE("a TD1 identity card parses with its three lines", "[devices][mrz]") {
    auto record = parseMrz(kTd1, kToday);
    REQUIRE(record.ok());
    CHECK(record->layout == MrzLayout::TD1);
    CHECK(record->documentCode == "I");
    CHECK(record->documentNumber == "D23145890");
    CHECK(record->name.family == "ERIKSSON");
    CHECK(record->name.given == "ANNA MARIA");
    CHECK(record->birthDate == year{1974} / August / 12);
    CHECK(*record->expiryDate == year{2012} / April / 15);
    CHECK(record->nationality == "UTO");
    CHECK(failureOf(withCharacter(kTd1, 14, '8')) == ParseErrorCode::MrzDocumentNumberCheckDigit);
    CHECK(failureOf(withCharacter(kTd1, 31 + 29, '7')) == ParseErrorCode::MrzCompositeCheckDigit);
}

TEST_CASE("a TD1 document number longer than nine characters continues in the optional data", "[devices][mrz]") {
    const std::string td1 = "I<UTOD23145890<1233<<<<<<<<<<<\n"
                            "7408122F1204159UTO<<<<<<<<<<<2\n"
                            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    auto record = parseMrz(td1, kToday);
    REQUIRE(record.ok());
    CHECK(record->documentNumber == "D23145890123");
    CHECK(record->optionalData1.empty());
    CHECK(failureOf(withCharacter(td1, 18, '4')) == ParseErrorCode::MrzDocumentNumberCheckDigit);
}

TEST_CASE("a TD1 card without an expiry date parses with none", "[devices][mrz]") {
    auto record = parseMrz("IDUTOAB12345671<<<<<<<<<<<<<<<\n"
                           "0002299X<<<<<<<UTO<<<<<<<<<<<6\n"
                           "DOE<<JANE<<<<<<<<<<<<<<<<<<<<<",
                           kToday);
    REQUIRE(record.ok());
    CHECK_FALSE(record->expiryDate.has_value());
    CHECK(record->sex == Sex::Unspecified);
    CHECK(record->birthDate == year{2000} / February / 29);
    CHECK(record->documentCode == "ID");
}

TEST_CASE("a TD2 document parses with its two lines of 36", "[devices][mrz]") {
    auto record = parseMrz(kTd2, kToday);
    REQUIRE(record.ok());
    CHECK(record->layout == MrzLayout::TD2);
    CHECK(record->documentNumber == "D23145890");
    CHECK(record->name.full == "ERIKSSON ANNA MARIA");
    CHECK(record->birthDate == year{1974} / August / 12);
    CHECK(failureOf(withCharacter(kTd2, 37 + 27, '0')) == ParseErrorCode::MrzExpiryDateCheckDigit);
    CHECK(failureOf(withCharacter(kTd2, 37 + 35, '5')) == ParseErrorCode::MrzCompositeCheckDigit);
}

TEST_CASE("an empty personal number may carry a filler as its check digit", "[devices][mrz]") {
    auto record = parseMrz("P<JPNYAMADA<<TARO<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                           "TR12345672JPN8504157M3001019<<<<<<<<<<<<<<<0",
                           kToday);
    REQUIRE(record.ok());
    CHECK(record->name.family == "YAMADA");
    CHECK(record->name.given == "TARO");
    CHECK(record->sex == Sex::Male);
    CHECK(*record->expiryDate == year{2030} / January / 1);
    CHECK(record->optionalData1.empty());
}

TEST_CASE("scanner noise is cleaned: spaces, CR, lower case and a single-line zone", "[devices][mrz]") {
    std::string noisy = "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\r\n  " + kSpecimenLine2 + "\r\n";
    auto record = parseMrz(noisy, kToday);
    REQUIRE(record.ok());
    CHECK(record->name.family == "ERIKSSON");
    CHECK(parseMrz(kSpecimenLine1 + kSpecimenLine2, kToday).ok());
}

TEST_CASE("characters outside the MRZ alphabet and unknown layouts are refused", "[devices][mrz]") {
    CHECK(failureOf(withCharacter(kSpecimen, 3, '*')) == ParseErrorCode::MrzBadCharacter);
    CHECK(failureOf(kSpecimenLine1) == ParseErrorCode::MrzUnknownLayout);
    CHECK(failureOf(kSpecimenLine1 + "\n" + kSpecimenLine2.substr(0, 40)) == ParseErrorCode::MrzUnknownLayout);
    CHECK(failureOf("") == ParseErrorCode::MrzUnknownLayout);
    CHECK(failureOf(withCharacter(kSpecimen, 0, 'V')) == ParseErrorCode::MrzUnknownLayout);
}

TEST_CASE("two-digit birth years resolve to the latest year not in the future", "[devices][mrz]") {
    const auto birthOf = [](const std::string& yymmdd, year_month_day today) {
        std::string line2 =
            "L898902C36UTO" + yymmdd + std::to_string(mrzCheckDigit(yymmdd)) + "F1204159" + "ZE184226B<<<<<1";
        line2 += std::to_string(mrzCheckDigit(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22)));
        auto record = parseMrz(kSpecimenLine1 + "\n" + line2, today);
        REQUIRE(record.ok());
        return record->birthDate;
    };
    CHECK(birthOf("250101", kToday) == year{2025} / January / 1);
    CHECK(birthOf("250701", kToday) == year{1925} / July / 1);
    CHECK(birthOf("000229", kToday) == year{2000} / February / 29);
    CHECK(birthOf("991231", kToday) == year{1999} / December / 31);
}

TEST_CASE("two-digit expiry years resolve within 70 years back and 29 years ahead", "[devices][mrz]") {
    const auto expiryOf = [](const std::string& yymmdd) {
        std::string line2 =
            "L898902C36UTO7408122F" + yymmdd + std::to_string(mrzCheckDigit(yymmdd)) + "ZE184226B<<<<<1";
        line2 += std::to_string(mrzCheckDigit(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22)));
        auto record = parseMrz(kSpecimenLine1 + "\n" + line2, kToday);
        REQUIRE(record.ok());
        return *record->expiryDate;
    };
    CHECK(expiryOf("540101") == year{2054} / January / 1);
    CHECK(expiryOf("550101") == year{1955} / January / 1);
    CHECK(expiryOf("120415") == year{2012} / April / 15);
}

TEST_CASE("impossible dates and sex codes behind valid check digits are refused", "[devices][mrz]") {
    std::string line2 = "L898902C36UTO7413122F1204159ZE184226B<<<<<1";
    line2[19] = static_cast<char>('0' + mrzCheckDigit("741312"));
    line2 += std::to_string(mrzCheckDigit(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22)));
    CHECK(failureOf(kSpecimenLine1 + "\n" + line2) == ParseErrorCode::MrzBadField);

    std::string sex = kSpecimenLine2;
    sex[20] = 'Q';
    CHECK(failureOf(kSpecimenLine1 + "\n" + sex) == ParseErrorCode::MrzBadField);
}

TEST_CASE("the check digit uses weights 7,3,1 with letters 10-35 and fillers 0", "[devices][mrz]") {
    CHECK(mrzCheckDigit("L898902C3") == 6);
    CHECK(mrzCheckDigit("740812") == 2);
    CHECK(mrzCheckDigit("<<<<") == 0);
    CHECK(mrzCheckDigit("") == 0);
    CHECK(mrzCheckDigit("a") == -1);
}
