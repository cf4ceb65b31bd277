#pragma once

#include "devices/parsers/ParseError.h"
#include "devices/parsers/PersonFields.h"
#include "devices/parsers/Result.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::kiosk::devices {

/// ICAO 9303 machine-readable zone layouts: TD1 (cards, 3×30), TD2 (2×36), TD3 (passports, 2×44).
enum class MrzLayout { TD1, TD2, TD3 };

/// A machine-readable zone whose check digits all hold. The MRZ never holds an address.
struct MrzRecord {
    MrzLayout layout = MrzLayout::TD3;
    std::string documentCode;   ///< "P", "ID", "I", "AC"…, fillers removed
    std::string issuingState;   ///< "JPN", "D"…, fillers removed
    std::string documentNumber; ///< fillers removed; long TD1/TD2 numbers joined from the optional data
    std::string nationality;
    PersonName name; ///< family = primary identifier, given = secondary identifier, '<' read as space
    std::chrono::year_month_day birthDate{};
    std::optional<std::chrono::year_month_day> expiryDate; ///< absent when the MRZ shows none (all '<')
    Sex sex = Sex::Unspecified;
    std::string optionalData1; ///< TD3 personal number / TD1 line 1 / TD2 optional data, fillers trimmed
    std::string optionalData2; ///< TD1 line 2 optional data
};

/// Parses a machine-readable zone as typed by an MRZ reader. Input handling:
/// - spaces, tabs and CR are dropped; lines are separated by LF, or the whole zone may come on one line
///   (90, 72 or 88 characters);
/// - lower-case letters are upper-cased (keyboard-wedge readers follow the host's Caps Lock), anything else
///   outside A–Z, 0–9 and '<' is refused (MrzBadCharacter).
/// Every check digit is verified (weights 7,3,1; A–Z = 10–35; '<' = 0), in this order, each with its own
/// code: document number, birth date, expiry, optional data (TD3 personal number; '<' accepted when the field
/// is empty), composite.
/// Two-digit years: the birth year is the latest one not after `today`; the expiry year is placed in
/// [today − 70 years, today + 29 years] (no document is valid 30 years ahead; expired ones stay readable).
/// Errors: MrzUnknownLayout (including visas, which are not identity documents), MrzBadCharacter,
/// the five check-digit codes, MrzBadField (impossible date, unknown sex code, birth date with unknown parts).
Result<MrzRecord, ParseError> parseMrz(std::string_view text, std::chrono::year_month_day today);

/// The ICAO 9303 check digit of `field`, or -1 when it holds a character outside A–Z, 0–9 and '<'.
int mrzCheckDigit(std::string_view field) noexcept;

} // namespace kiroku::kiosk::devices
