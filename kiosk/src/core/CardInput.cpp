#include "core/CardInput.h"

#include "devices/parsers/MemberCardPayload.h"
#include "devices/parsers/Mrz.h"

namespace kiroku::kiosk::core {

namespace {

QDate toQDate(const std::chrono::year_month_day& ymd) {
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

std::chrono::year_month_day toYmd(QDate date) {
    return std::chrono::year_month_day{std::chrono::year{date.year()},
                                       std::chrono::month{static_cast<unsigned>(date.month())},
                                       std::chrono::day{static_cast<unsigned>(date.day())}};
}

} // namespace

MemberScan CardInput::checkMemberScan(const QString& scanned) {
    MemberScan scan;
    const auto result = devices::checkMemberCardPayload(scanned.toStdString());
    if (result.ok()) {
        scan.ok = true;
        scan.token = QString::fromStdString(result.value().token);
        return scan;
    }
    switch (result.error().code) {
    case devices::ParseErrorCode::MemberPayloadLooksLikeMyNumber:
        scan.possibleMyNumber = true;
        scan.problem = tr("This looks like a My Number (12 digits), not a member card. It was discarded: scan the "
                          "member card.");
        break;
    case devices::ParseErrorCode::MemberPayloadEmpty:
        scan.problem = tr("Nothing was scanned.");
        break;
    case devices::ParseErrorCode::MemberPayloadTooLong:
        scan.problem = tr("This code is too long for a member card.");
        break;
    default:
        scan.problem = tr("This is not a member card code.");
        break;
    }
    return scan;
}

MrzReading CardInput::readMrz(const QString& text, QDate today, IdentityDraft& draft) {
    MrzReading reading;
    const auto parsed = devices::parseMrz(text.toStdString(), toYmd(today));
    if (!parsed.ok()) {
        const auto& error = parsed.error();
        reading.errorCode = QString::fromLatin1(devices::toString(error.code));
        switch (error.code) {
        case devices::ParseErrorCode::MrzDocumentNumberCheckDigit:
            reading.problem = tr("The check digit of the document number does not match. Scan again, or compare "
                                 "the document number characters with the document.");
            break;
        case devices::ParseErrorCode::MrzBirthDateCheckDigit:
            reading.problem = tr("The check digit of the date of birth does not match. Scan again, or compare the "
                                 "date of birth characters with the document.");
            break;
        case devices::ParseErrorCode::MrzExpiryDateCheckDigit:
            reading.problem = tr("The check digit of the expiry date does not match. Scan again, or compare the "
                                 "expiry date characters with the document.");
            break;
        case devices::ParseErrorCode::MrzOptionalDataCheckDigit:
            reading.problem = tr("The check digit of the personal number (optional data) does not match. Scan "
                                 "again.");
            break;
        case devices::ParseErrorCode::MrzCompositeCheckDigit:
            reading.problem = tr("The final (composite) check digit does not match. Scan again, or compare the "
                                 "whole second line with the document.");
            break;
        case devices::ParseErrorCode::MrzBadCharacter:
            reading.problem = tr("The MRZ holds a character other than A–Z, 0–9 and '<'.");
            break;
        case devices::ParseErrorCode::MrzUnknownLayout:
            reading.problem = tr("This is not a complete MRZ: a passport has 2 lines of 44 characters, an ID card "
                                 "3 lines of 30.");
            break;
        default:
            reading.problem = tr("A field of the MRZ is not valid (date or sex).");
            break;
        }
        return reading;
    }
    const devices::MrzRecord& mrz = parsed.value();
    const QString code = QString::fromStdString(mrz.documentCode);
    const QString kindCode =
        code.startsWith(QLatin1Char('P')) ? QStringLiteral("passport") : QStringLiteral("other_government_document");
    draft.startWith(kindCode, ReadMethod::Mrz);
    draft.name =
        QString::fromStdString(mrz.name.given.empty() ? mrz.name.family : mrz.name.family + " " + mrz.name.given);
    draft.dateOfBirth = toQDate(mrz.birthDate);
    draft.number = QString::fromStdString(mrz.documentNumber);
    if (mrz.expiryDate) {
        draft.expiresOn = toQDate(*mrz.expiryDate);
    }
    draft.nationality = QString::fromStdString(mrz.nationality);
    draft.addressOnDocument = false; // the MRZ never holds an address
    reading.ok = true;
    return reading;
}

} // namespace kiroku::kiosk::core
