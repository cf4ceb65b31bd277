#include "core/IdentityDraft.h"

#include "devices/parsers/LicenseRecord.h"

#include <QLocale>
#include <QRegularExpression>

namespace kiroku::kiosk::core {

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxAddress = 400;
constexpr int kMaxNumber = 32;
constexpr int kMaxIssuer = 100;
const QDate kPassportWithoutAddressFrom(2020, 2, 4);

bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return true;
        }
    }
    return false;
}

/// True when the text holds a run of exactly 12 digits (spaces and hyphens between them ignored): it may be a
/// 個人番号 and must not be typed for a My Number card.
bool holdsTwelveDigitNumber(const QString& text) {
    static const QRegularExpression run(QStringLiteral("[0-9][0-9 \\-]*[0-9]"));
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    auto matches = run.globalMatch(folded);
    while (matches.hasNext()) {
        const QString digits = matches.next().captured().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (digits.size() == 12) {
            return true;
        }
    }
    return false;
}

QString isoDate(QDate date) {
    return date.toString(Qt::ISODate);
}

} // namespace

QString maskIdentifier(const QString& value) {
    if (value.isEmpty()) {
        return {};
    }
    const qsizetype shown = value.size() >= 8 ? 4 : value.size() >= 5 ? 2 : 0;
    return QString(value.size() - shown, QChar(0x2022)) + value.right(shown);
}

void IdentityDraft::startWith(const QString& kindCode, ReadMethod readMethod) {
    clear();
    kind = kindCode;
    method = readMethod;
    const DocumentKindInfo* info = kindInfo();
    addressOnDocument = info == nullptr || info->showsAddress;
}

QString IdentityDraft::normalizedNumber() const {
    QString n = number.normalized(QString::NormalizationForm_KC).toUpper();
    n.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
    return n;
}

QString IdentityDraft::maskedNumber() const {
    const DocumentKindInfo* info = kindInfo();
    if (info == nullptr || !info->numberField) {
        return {};
    }
    return maskIdentifier(normalizedNumber());
}

QVector<FieldProblem> IdentityDraft::validate(QDate today) const {
    QVector<FieldProblem> problems;
    const auto add = [&](const char* field, const QString& message) {
        problems.append({QString::fromLatin1(field), message});
    };
    const DocumentKindInfo* info = kindInfo();
    if (info == nullptr) {
        add(field::kKind, tr("Choose the kind of document."));
        return problems;
    }
    const bool myNumberCard = kind == QLatin1String("my_number_card");
    const auto checkText = [&](const char* f, const QString& value, int maxLength, bool required) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            if (required) {
                add(f, tr("Required."));
            }
            return;
        }
        if (v.size() > maxLength) {
            add(f, tr("Too long (at most %1 characters).").arg(maxLength));
        } else if (hasControlCharacters(v)) {
            add(f, tr("Contains characters that cannot be recorded."));
        } else if (v.contains(QChar(0x3013))) {
            add(f, tr("Replace each 〓 with the character printed on the card."));
        } else if (myNumberCard && holdsTwelveDigitNumber(v)) {
            add(f, tr("A 12-digit number cannot be entered for a My Number card: the individual number is never "
                      "recorded."));
        }
    };
    checkText(field::kName, name, kMaxName, true);
    checkText(field::kNameKana, nameKana, kMaxName, false);
    checkText(field::kAddress, address, kMaxAddress, true);
    if (!dateOfBirth.isValid()) {
        add(field::kDateOfBirth, tr("Enter the date of birth (YYYY-MM-DD)."));
    } else if (dateOfBirth > today || dateOfBirth.year() < 1900) {
        add(field::kDateOfBirth, tr("This date of birth is not possible."));
    }

    if (info->numberField) {
        const QString n = normalizedNumber();
        if (n.isEmpty()) {
            if (info->numberRequired) {
                add(field::kNumber, tr("Enter the document number."));
            }
        } else if (n.size() > kMaxNumber || hasControlCharacters(n)) {
            add(field::kNumber, tr("This is not a document number."));
        } else if (kind == QLatin1String("drivers_license") &&
                   !QRegularExpression(QStringLiteral("^[0-9]{12}$")).match(n).hasMatch()) {
            add(field::kNumber, tr("A driver's license number has 12 digits."));
        } else if (kind == QLatin1String("residence_card") &&
                   !QRegularExpression(QStringLiteral("^[A-Z]{2}[0-9]{8}[A-Z]{2}$")).match(n).hasMatch()) {
            add(field::kNumber, tr("A residence card number is 2 letters, 8 digits and 2 letters."));
        } else if (kind == QLatin1String("passport") &&
                   !QRegularExpression(QStringLiteral("^[A-Z0-9]{1,9}$")).match(n).hasMatch()) {
            add(field::kNumber, tr("A passport number has at most 9 letters and digits."));
        } else if (!QRegularExpression(QStringLiteral("^[A-Z0-9]+$")).match(n).hasMatch()) {
            add(field::kNumber, tr("Use letters and digits only."));
        }
    }
    if (info->insurerField) {
        checkText(field::kIssuer, issuer, kMaxIssuer, true);
    }
    if (info->nationalityField &&
        !QRegularExpression(QStringLiteral("^[A-Z]{1,3}$")).match(nationality.trimmed().toUpper()).hasMatch()) {
        add(field::kNationality, tr("Enter the nationality as on the passport (e.g. JPN)."));
    }

    const bool expiryRequired = info->icChip || info->mrz || info->numberRequired;
    if (info->noExpiry) {
        if (!issuedOn.isValid()) {
            add(field::kIssuedOn, tr("Enter the date of issue: this document counts only when issued within the "
                                     "last 6 months."));
        }
    } else if (!expiresOn.isValid() && (expiryRequired || !issuedOn.isValid())) {
        add(field::kExpiresOn, expiryRequired ? tr("Enter the expiry date.")
                                              : tr("Enter the expiry date, or the date of issue if it has none."));
    }
    if (issuedOn.isValid() && issuedOn > today) {
        add(field::kIssuedOn, tr("The date of issue is in the future."));
    }

    if (kind == QLatin1String("passport") && addressOnDocument &&
        (nationality.trimmed().toUpper() != QLatin1String("JPN") || !issuedOn.isValid() ||
         issuedOn >= kPassportWithoutAddressFrom)) {
        add(field::kAddressOnDocument, tr("Passports issued since 4 February 2020, and foreign passports, show no "
                                          "address: add an address proof."));
    }
    if (!addressOnDocument) {
        if (!DocumentKinds::proofKindCodes().contains(proofKind)) {
            add(field::kProofKind, tr("Choose the receipt that shows the current address."));
        }
        if (!proofDate.isValid()) {
            add(field::kProofDate, tr("Enter the date on the receipt."));
        } else if (proofDate > today) {
            add(field::kProofDate, tr("The receipt's date is in the future."));
        } else if (proofDate < today.addMonths(-6)) {
            add(field::kProofDate, tr("The receipt must be dated within the last 6 months."));
        }
    }
    if (needsAttestation() && !staffAttested) {
        add(field::kAttestation, tr("Confirm that you checked the original document and that the entries match it."));
    }
    return problems;
}

QVector<ReviewNote> IdentityDraft::review(const QDateTime& now, const CounterRules& rules) const {
    QVector<ReviewNote> notes;
    const QDate today = rules.localDate(now);
    const QLocale locale;
    const auto dateText = [&](QDate d) { return locale.toString(d, QLocale::LongFormat); };
    const DocumentKindInfo* info = kindInfo();
    if (expiresOn.isValid() && expiresOn < today) {
        notes.append(
            {ReviewNote::Level::Blocking, QStringLiteral("document_expired"),
             tr("The document expired on %1. An expired document cannot be accepted.").arg(dateText(expiresOn))});
    }
    if (info != nullptr && info->noExpiry && issuedOn.isValid() && issuedOn < today.addMonths(-6)) {
        notes.append({ReviewNote::Level::Blocking, QStringLiteral("document_too_old"),
                      tr("The document was issued on %1, more than 6 months ago. It cannot be accepted.")
                          .arg(dateText(issuedOn))});
    }
    if (!addressOnDocument) {
        notes.append(
            {ReviewNote::Level::Warning, QStringLiteral("address_proof"),
             tr("The document does not show the current address. The address comes from the %1 dated %2: check "
                "that it shows this name and address.")
                 .arg(DocumentKinds::proofKindName(proofKind), proofDate.isValid() ? dateText(proofDate) : QString())});
    }
    const int age = ageOn(dateOfBirth, today);
    if (age >= 0 && age < rules.minorAge) {
        const QString window = tr("%1–%2").arg(rules.nightStart.toString(QStringLiteral("HH:mm")),
                                               rules.nightEnd.toString(QStringLiteral("HH:mm")));
        if (rules.isNight(now)) {
            notes.append({ReviewNote::Level::Warning, QStringLiteral("minor_at_night"),
                          tr("The customer is %1, a minor. Minors may not be admitted during night hours (%2), "
                             "and it is night hours now: refuse the check-in.")
                              .arg(age)
                              .arg(window)});
        } else {
            const QDateTime leave = rules.nextNightStart(now);
            notes.append({ReviewNote::Level::Warning, QStringLiteral("minor"),
                          tr("The customer is %1, a minor, and must leave by %2 (no minors during night hours, %3).")
                              .arg(age)
                              .arg(leave.isValid() ? leave.toString(QStringLiteral("HH:mm")) : QString(), window)});
        }
    }
    if (kind == QLatin1String("drivers_license") && info != nullptr) {
        const std::string n = normalizedNumber().toStdString();
        if (n.size() == 12 && !devices::licenseNumberCheckDigitValid(n)) {
            notes.append({ReviewNote::Level::Warning, QStringLiteral("license_check_digit"),
                          tr("The license number's check digit does not match. Compare the number with the card "
                             "once more.")});
        }
    }
    if (method == ReadMethod::Visual) {
        notes.append({ReviewNote::Level::Info, QStringLiteral("typed_by_staff"),
                      tr("Typed by staff from the document (not read from a chip or MRZ).")});
    }
    return notes;
}

QJsonObject IdentityDraft::toJson() const {
    QJsonObject person{{QStringLiteral("name"), name.trimmed()},
                       {QStringLiteral("address"), address.trimmed()},
                       {QStringLiteral("date_of_birth"), isoDate(dateOfBirth)}};
    if (!nameKana.trimmed().isEmpty()) {
        person.insert(QStringLiteral("name_kana"), nameKana.trimmed());
    }
    QJsonObject document{{QStringLiteral("kind"), kind}};
    const DocumentKindInfo* info = kindInfo();
    if (info != nullptr && info->numberField && !normalizedNumber().isEmpty()) {
        document.insert(QStringLiteral("number"), normalizedNumber());
    }
    if (!issuer.trimmed().isEmpty()) {
        document.insert(QStringLiteral("issuer"), issuer.trimmed());
    }
    if (expiresOn.isValid()) {
        document.insert(QStringLiteral("expires_on"), isoDate(expiresOn));
    }
    if (issuedOn.isValid()) {
        document.insert(QStringLiteral("issued_on"), isoDate(issuedOn));
    }
    if (info != nullptr && info->nationalityField && !nationality.trimmed().isEmpty()) {
        document.insert(QStringLiteral("nationality"), nationality.trimmed().toUpper());
    }
    document.insert(QStringLiteral("address_on_document"), addressOnDocument);
    QJsonObject body{{QStringLiteral("method"), methodCode(method)},
                     {QStringLiteral("person"), person},
                     {QStringLiteral("document"), document}};
    if (!addressOnDocument) {
        body.insert(QStringLiteral("supplementary_address_proof"),
                    QJsonObject{{QStringLiteral("kind"), proofKind}, {QStringLiteral("date"), isoDate(proofDate)}});
    }
    return body;
}

} // namespace kiroku::kiosk::core
