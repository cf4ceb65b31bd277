#include "devices/parsers/Mrz.h"

#include <array>
#include <vector>

namespace kiroku::kiosk::devices {

namespace {

using std::chrono::year_month_day;

ParseError error(ParseErrorCode code, std::string message, std::size_t offset = 0) {
    return ParseError{code, std::move(message), offset};
}

int characterValue(char c) noexcept {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return c == '<' ? 0 : -1;
}

std::string withoutFillers(std::string_view field) {
    std::string out;
    for (char c : field) {
        if (c != '<') {
            out.push_back(c);
        }
    }
    return out;
}

// Trailing fillers dropped, inner fillers read as spaces (optional data such as "AB<12" keeps its shape).
std::string trimFillers(std::string_view field) {
    while (!field.empty() && field.back() == '<') {
        field.remove_suffix(1);
    }
    std::string out(field);
    for (char& c : out) {
        if (c == '<') {
            c = ' ';
        }
    }
    return out;
}

bool allFillers(std::string_view field) noexcept {
    return field.find_first_not_of('<') == std::string_view::npos;
}

// Splits "ERIKSSON<<ANNA<MARIA<<<" into primary and secondary identifiers.
PersonName mrzName(std::string_view field) {
    PersonName name;
    const std::size_t separator = field.find("<<");
    const std::string_view primary = field.substr(0, separator);
    const std::string_view secondary =
        separator == std::string_view::npos ? std::string_view{} : field.substr(separator + 2);
    name.family = trimFillers(primary);
    name.given = trimFillers(secondary);
    name.full = name.given.empty() ? name.family : name.family + " " + name.given;
    return name;
}

struct CheckSpec {
    ParseErrorCode code;
    const char* what;
};

// Verifies one check digit; `allowFillerWhenEmpty` lets an empty field carry '<' instead of 0.
std::optional<ParseError> verify(std::string_view field, char checkCharacter, CheckSpec spec,
                                 bool allowFillerWhenEmpty = false) {
    if (allowFillerWhenEmpty && checkCharacter == '<' && allFillers(field)) {
        return std::nullopt;
    }
    const int expected = mrzCheckDigit(field);
    const int actual = checkCharacter >= '0' && checkCharacter <= '9' ? checkCharacter - '0' : -1;
    if (expected >= 0 && expected == actual) {
        return std::nullopt;
    }
    std::string read = actual >= 0 ? std::string(1, checkCharacter) : std::string("'") + checkCharacter + "'";
    return error(spec.code, std::string("MRZ check digit of the ") + spec.what + " does not match (read " + read +
                                ", computed " + std::to_string(expected) + "): scan again or check the document");
}

Result<year_month_day, ParseError> mrzDate(std::string_view yymmdd, bool birth, year_month_day today,
                                           const char* what) {
    for (char c : yymmdd) {
        if (c < '0' || c > '9') {
            return Failure{error(ParseErrorCode::MrzBadField,
                                 std::string("the ") + what + " has unknown or non-digit parts: enter it by hand")};
        }
    }
    const int yy = (yymmdd[0] - '0') * 10 + (yymmdd[1] - '0');
    const unsigned mm = static_cast<unsigned>((yymmdd[2] - '0') * 10 + (yymmdd[3] - '0'));
    const unsigned dd = static_cast<unsigned>((yymmdd[4] - '0') * 10 + (yymmdd[5] - '0'));
    const int thisYear = static_cast<int>(today.year());
    const auto make = [&](int y) {
        return year_month_day{std::chrono::year{y}, std::chrono::month{mm}, std::chrono::day{dd}};
    };
    year_month_day date{};
    if (birth) {
        date = make(thisYear / 100 * 100 + yy);
        if (!date.ok() || date > today) {
            date = make(thisYear / 100 * 100 + yy - 100);
        }
    } else {
        int y = thisYear / 100 * 100 + yy;
        if (y > thisYear + 29) {
            y -= 100;
        } else if (y < thisYear - 70) {
            y += 100;
        }
        date = make(y);
    }
    if (!date.ok()) {
        return Failure{error(ParseErrorCode::MrzBadField, std::string("the ") + what + " is not a real date")};
    }
    return date;
}

struct Fields {
    std::string_view documentCode, issuingState, nameField, number, numberCheck, nationality, birth, sex, expiry,
        optional1, optional2;
    char birthCheck = 0, expiryCheck = 0, optionalCheck = 0, compositeCheck = 0;
    bool hasOptionalCheck = false;
    std::string composite;
};

// TD1 and TD2 put the tail of a document number longer than 9 characters at the start of the optional data,
// followed by its check digit and a filler, and leave a filler in the check-digit position.
void joinLongDocumentNumber(Fields& f, std::string& number, char& check, std::string_view& optional) {
    number = std::string(f.number);
    check = f.numberCheck.empty() ? '<' : f.numberCheck[0];
    if (check != '<' || optional.empty() || optional[0] == '<') {
        return;
    }
    const std::size_t end = optional.find('<');
    const std::size_t tail = end == std::string_view::npos ? optional.size() : end;
    number += std::string(optional.substr(0, tail - 1));
    check = optional[tail - 1];
    optional = optional.substr(tail);
}

} // namespace

int mrzCheckDigit(std::string_view field) noexcept {
    static constexpr std::array<int, 3> kWeights{7, 3, 1};
    int sum = 0;
    for (std::size_t i = 0; i < field.size(); ++i) {
        const int value = characterValue(field[i]);
        if (value < 0) {
            return -1;
        }
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

Result<MrzRecord, ParseError> parseMrz(std::string_view text, year_month_day today) {
    std::vector<std::string> lines(1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            continue;
        }
        if (c == '\n') {
            if (!lines.back().empty()) {
                lines.emplace_back();
            }
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (characterValue(c) < 0) {
            return Failure{
                error(ParseErrorCode::MrzBadCharacter, "the MRZ holds a character other than A-Z, 0-9 and '<'", i)};
        }
        lines.back().push_back(c);
    }
    if (lines.back().empty()) {
        lines.pop_back();
    }
    if (lines.size() == 1) {
        const std::string joined = lines[0];
        const std::size_t width = joined.size() == 90 ? 30 : joined.size() == 72 ? 36 : joined.size() == 88 ? 44 : 0;
        if (width != 0) {
            lines.clear();
            for (std::size_t at = 0; at < joined.size(); at += width) {
                lines.push_back(joined.substr(at, width));
            }
        }
    }

    MrzRecord record;
    Fields f;
    if (lines.size() == 3 && lines[0].size() == 30 && lines[1].size() == 30 && lines[2].size() == 30) {
        record.layout = MrzLayout::TD1;
        const std::string_view l1 = lines[0], l2 = lines[1], l3 = lines[2];
        f.documentCode = l1.substr(0, 2);
        f.issuingState = l1.substr(2, 3);
        f.number = l1.substr(5, 9);
        f.numberCheck = l1.substr(14, 1);
        f.optional1 = l1.substr(15, 15);
        f.birth = l2.substr(0, 6);
        f.sex = l2.substr(7, 1);
        f.expiry = l2.substr(8, 6);
        f.nationality = l2.substr(15, 3);
        f.optional2 = l2.substr(18, 11);
        f.nameField = l3;
        f.birthCheck = l2[6];
        f.expiryCheck = l2[14];
        f.compositeCheck = l2[29];
        f.composite = std::string(l1.substr(5, 25)) + std::string(l2.substr(0, 7)) + std::string(l2.substr(8, 7)) +
                      std::string(l2.substr(18, 11));
    } else if (lines.size() == 2 && lines[0].size() == lines[1].size() &&
               (lines[0].size() == 36 || lines[0].size() == 44)) {
        const bool td3 = lines[0].size() == 44;
        record.layout = td3 ? MrzLayout::TD3 : MrzLayout::TD2;
        const std::string_view l1 = lines[0], l2 = lines[1];
        const std::size_t optionalLength = td3 ? 14 : 7;
        f.documentCode = l1.substr(0, 2);
        f.issuingState = l1.substr(2, 3);
        f.nameField = l1.substr(5);
        f.number = l2.substr(0, 9);
        f.numberCheck = l2.substr(9, 1);
        f.nationality = l2.substr(10, 3);
        f.birth = l2.substr(13, 6);
        f.sex = l2.substr(20, 1);
        f.expiry = l2.substr(21, 6);
        f.optional1 = l2.substr(28, optionalLength);
        f.birthCheck = l2[19];
        f.expiryCheck = l2[27];
        f.hasOptionalCheck = td3;
        f.optionalCheck = td3 ? l2[42] : '<';
        f.compositeCheck = l2.back();
        f.composite =
            std::string(l2.substr(0, 10)) + std::string(l2.substr(13, 7)) + std::string(l2.substr(21, td3 ? 22 : 14));
    } else {
        std::string shape = std::to_string(lines.size()) + " line(s) of";
        for (const std::string& line : lines) {
            shape += " " + std::to_string(line.size());
        }
        return Failure{error(ParseErrorCode::MrzUnknownLayout,
                             "not an ICAO 9303 MRZ (3x30, 2x36 or 2x44): got " + shape + " characters")};
    }
    if (f.documentCode[0] == 'V') {
        return Failure{error(ParseErrorCode::MrzUnknownLayout, "a visa MRZ is not an identity document")};
    }

    std::string number;
    char numberCheck = '<';
    std::string_view optional1 = f.optional1;
    if (record.layout == MrzLayout::TD3) {
        number = std::string(f.number);
        numberCheck = f.numberCheck[0];
    } else {
        joinLongDocumentNumber(f, number, numberCheck, optional1);
    }

    std::optional<ParseError> failure =
        verify(number, numberCheck, {ParseErrorCode::MrzDocumentNumberCheckDigit, "document number"});
    if (!failure) {
        failure = verify(f.birth, f.birthCheck, {ParseErrorCode::MrzBirthDateCheckDigit, "birth date"});
    }
    const bool noExpiry = allFillers(f.expiry);
    if (!failure) {
        failure = verify(f.expiry, f.expiryCheck, {ParseErrorCode::MrzExpiryDateCheckDigit, "expiry date"}, true);
    }
    if (!failure && f.hasOptionalCheck) {
        failure = verify(f.optional1, f.optionalCheck,
                         {ParseErrorCode::MrzOptionalDataCheckDigit, "optional data (personal number)"}, true);
    }
    if (!failure) {
        failure = verify(f.composite, f.compositeCheck, {ParseErrorCode::MrzCompositeCheckDigit, "whole zone"});
    }
    if (failure) {
        return Failure{std::move(*failure)};
    }

    auto birth = mrzDate(f.birth, true, today, "birth date");
    if (!birth) {
        return Failure{std::move(birth).error()};
    }
    record.birthDate = birth.value();
    if (!noExpiry) {
        auto expiry = mrzDate(f.expiry, false, today, "expiry date");
        if (!expiry) {
            return Failure{std::move(expiry).error()};
        }
        record.expiryDate = expiry.value();
    }
    switch (f.sex[0]) {
    case 'M':
        record.sex = Sex::Male;
        break;
    case 'F':
        record.sex = Sex::Female;
        break;
    case 'X':
    case '<':
        record.sex = Sex::Unspecified;
        break;
    default:
        return Failure{error(ParseErrorCode::MrzBadField, "the sex field is not M, F, X or '<'")};
    }
    record.documentCode = withoutFillers(f.documentCode);
    record.issuingState = withoutFillers(f.issuingState);
    record.documentNumber = withoutFillers(number);
    record.nationality = withoutFillers(f.nationality);
    record.name = mrzName(f.nameField);
    record.optionalData1 = trimFillers(optional1);
    record.optionalData2 = trimFillers(f.optional2);
    return record;
}

} // namespace kiroku::kiosk::devices
