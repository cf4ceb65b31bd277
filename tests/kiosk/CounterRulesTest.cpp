// The kiosk's own checks before anything is sent: document entries, ages, review warnings, member scans, MRZ.
#include "core/Booth.h"
#include "core/CardInput.h"
#include "core/IdentityDraft.h"
#include "devices/parsers/Mrz.h"
#include "ui/Language.h"

#include "QtCatch.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kiroku::kiosk;
using core::IdentityDraft;

namespace {

const QDate kToday(2026, 11, 22);

IdentityDraft license() {
    IdentityDraft d;
    d.startWith(QStringLiteral("drivers_license"), core::ReadMethod::Visual);
    d.name = QStringLiteral("山田 太郎");
    d.address = QStringLiteral("東京都新宿区西新宿2-8-1");
    d.dateOfBirth = QDate(1990, 4, 1);
    d.number = QStringLiteral("1234 5678 9030");
    d.expiresOn = QDate(2028, 5, 1);
    d.staffAttested = true;
    return d;
}

QStringList fields(const QVector<core::FieldProblem>& problems) {
    QStringList list;
    for (const auto& p : problems) {
        list << p.field;
    }
    return list;
}

QStringList codes(const QVector<core::ReviewNote>& notes) {
    QStringList list;
    for (const auto& n : notes) {
        list << n.code;
    }
    return list;
}

QDateTime tokyo(int h, int m) {
    return QDateTime(kToday, QTime(h, m), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
}

struct English {
    English() { REQUIRE(language.use(QStringLiteral("en"))); }
    ui::Language language;
};

} // namespace

TEST_CASE("a complete license typed by staff passes and is sent with its number normalised", "[kiosk][core]") {
    const IdentityDraft d = license();
    CHECK(d.validate(kToday).isEmpty());
    const QJsonObject json = d.toJson();
    CHECK(json.value(QStringLiteral("method")).toString() == QStringLiteral("visual"));
    const QJsonObject document = json.value(QStringLiteral("document")).toObject();
    CHECK(document.value(QStringLiteral("number")).toString() == QStringLiteral("123456789030"));
    CHECK(document.value(QStringLiteral("address_on_document")).toBool());
    CHECK_FALSE(json.contains(QStringLiteral("supplementary_address_proof")));
    CHECK(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("date_of_birth")).toString() ==
          QStringLiteral("1990-04-01"));
}

TEST_CASE("manual entry needs the staff member's attestation", "[kiosk][core]") {
    IdentityDraft d = license();
    d.staffAttested = false;
    CHECK(fields(d.validate(kToday)) == QStringList{QStringLiteral("attestation")});
    d.method = core::ReadMethod::Mrz;
    CHECK(d.validate(kToday).isEmpty());
}

TEST_CASE("each missing or malformed field is reported under its API path", "[kiosk][core]") {
    IdentityDraft d;
    d.startWith(QStringLiteral("residence_card"), core::ReadMethod::Visual);
    d.number = QStringLiteral("AB1234567");
    const QStringList problems = fields(d.validate(kToday));
    CHECK(problems.contains(QStringLiteral("person.name")));
    CHECK(problems.contains(QStringLiteral("person.address")));
    CHECK(problems.contains(QStringLiteral("person.date_of_birth")));
    CHECK(problems.contains(QStringLiteral("document.number"))); // 2 letters + 8 digits + 2 letters
    CHECK(problems.contains(QStringLiteral("document.expires_on")));
    CHECK(problems.contains(QStringLiteral("attestation")));
    d.number = QStringLiteral("ab12345678cd");
    CHECK_FALSE(fields(d.validate(kToday)).contains(QStringLiteral("document.number")));
}

TEST_CASE("a My Number card's number is never sent, and a 12-digit number in any field is refused", "[kiosk][core]") {
    IdentityDraft d = license();
    d.kind = QStringLiteral("my_number_card");
    d.number = QStringLiteral("123456789012");
    CHECK(d.validate(kToday).isEmpty()); // the form has no number field for this kind: the value is ignored
    CHECK_FALSE(d.toJson().value(QStringLiteral("document")).toObject().contains(QStringLiteral("number")));
    CHECK(QJsonDocument(d.toJson()).toJson().indexOf("123456789012") < 0);
    CHECK(d.maskedNumber().isEmpty());
    d.address = QStringLiteral("東京都新宿区 1234-5678-9012");
    CHECK(fields(d.validate(kToday)) == QStringList{QStringLiteral("person.address")});
}

TEST_CASE("health insurance kinds record the insurer's name and never a number", "[kiosk][core]") {
    IdentityDraft d = license();
    d.kind = QStringLiteral("health_insurance_card");
    d.number = QStringLiteral("12345678");
    CHECK(fields(d.validate(kToday)) == QStringList{QStringLiteral("document.issuer")});
    d.issuer = QStringLiteral("全国健康保険協会");
    CHECK(d.validate(kToday).isEmpty());
    const QJsonObject document = d.toJson().value(QStringLiteral("document")).toObject();
    CHECK_FALSE(document.contains(QStringLiteral("number")));
    CHECK(document.value(QStringLiteral("issuer")).toString() == QStringLiteral("全国健康保険協会"));
}

TEST_CASE("a passport needs an address proof of the last 6 months with its kind and date", "[kiosk][core]") {
    IdentityDraft d;
    d.startWith(QStringLiteral("passport"), core::ReadMethod::Mrz);
    CHECK_FALSE(d.addressOnDocument);
    d.name = QStringLiteral("ERIKSSON ANNA MARIA");
    d.address = QStringLiteral("東京都新宿区西新宿2-8-1");
    d.dateOfBirth = QDate(1974, 8, 12);
    d.number = QStringLiteral("L898902C3");
    d.nationality = QStringLiteral("UTO");
    d.expiresOn = QDate(2030, 4, 15);
    QStringList problems = fields(d.validate(kToday));
    CHECK(problems == QStringList{QStringLiteral("supplementary_address_proof.kind"),
                                  QStringLiteral("supplementary_address_proof.date")});
    d.proofKind = QStringLiteral("utility_bill");
    d.proofDate = kToday.addMonths(-7);
    CHECK(fields(d.validate(kToday)) == QStringList{QStringLiteral("supplementary_address_proof.date")});
    d.proofDate = kToday.addMonths(-1);
    CHECK(d.validate(kToday).isEmpty());
    const QJsonObject proof = d.toJson().value(QStringLiteral("supplementary_address_proof")).toObject();
    CHECK(proof.value(QStringLiteral("kind")).toString() == QStringLiteral("utility_bill"));
    CHECK(proof.value(QStringLiteral("date")).toString() == kToday.addMonths(-1).toString(Qt::ISODate));
    d.addressOnDocument = true; // a foreign passport never shows one
    CHECK(fields(d.validate(kToday)).contains(QStringLiteral("document.address_on_document")));
}

TEST_CASE("the document number is masked for the screen", "[kiosk][core]") {
    const IdentityDraft d = license();
    CHECK(d.maskedNumber() == QStringLiteral("••••••••9030"));
    CHECK(core::maskIdentifier(QStringLiteral("L898902C3")) == QStringLiteral("•••••02C3"));
    CHECK(core::maskIdentifier(QStringLiteral("1234")) == QStringLiteral("••••"));
}

TEST_CASE("ages are counted the Japanese way, a 29 February birthday counting from 1 March", "[kiosk][core]") {
    CHECK(core::ageOn(QDate(2008, 11, 22), kToday) == 18);
    CHECK(core::ageOn(QDate(2008, 11, 23), kToday) == 17);
    CHECK(core::ageOn(QDate(2008, 2, 29), QDate(2026, 2, 28)) == 17);
    CHECK(core::ageOn(QDate(2008, 2, 29), QDate(2026, 3, 1)) == 18);
    CHECK(core::ageOn(QDate(2030, 1, 1), kToday) == -1);
}

TEST_CASE("the review warns in plain words: expired, address proof, minor and night hours", "[kiosk][core]") {
    English english;
    const core::CounterRules rules;
    IdentityDraft d = license();
    CHECK(codes(d.review(tokyo(14, 0), rules)).contains(QStringLiteral("typed_by_staff")));

    d.expiresOn = kToday.addDays(-1);
    auto notes = d.review(tokyo(14, 0), rules);
    REQUIRE(codes(notes).contains(QStringLiteral("document_expired")));
    CHECK(notes.first().level == core::ReviewNote::Level::Blocking);
    CHECK(notes.first().text.contains(QStringLiteral("expired")));

    d = license();
    d.dateOfBirth = QDate(2010, 1, 1); // 16
    notes = d.review(tokyo(14, 0), rules);
    REQUIRE(codes(notes).contains(QStringLiteral("minor")));
    CHECK(notes.first().text.contains(QStringLiteral("must leave by 23:00")));
    notes = d.review(tokyo(23, 30), rules);
    REQUIRE(codes(notes).contains(QStringLiteral("minor_at_night")));
    CHECK(notes.first().text.contains(QStringLiteral("refuse the check-in")));
    CHECK(codes(d.review(tokyo(3, 59), rules)).contains(QStringLiteral("minor_at_night")));
    CHECK(codes(d.review(tokyo(4, 0), rules)).contains(QStringLiteral("minor")));

    d = license();
    d.number = QStringLiteral("123456789040"); // check digit should be 3
    CHECK(codes(d.review(tokyo(14, 0), rules)).contains(QStringLiteral("license_check_digit")));

    d = license();
    d.kind = QStringLiteral("resident_record");
    d.expiresOn = {};
    d.issuedOn = kToday.addMonths(-7);
    notes = d.review(tokyo(14, 0), rules);
    CHECK(codes(notes).contains(QStringLiteral("document_too_old")));
}

TEST_CASE("a member scan of 12 digits is refused on the spot as a possible My Number", "[kiosk][core]") {
    English english;
    for (const QString& scan :
         {QStringLiteral("123456789012"), QStringLiteral("1234-5678-9012\r\n"), QStringLiteral("1234 5678 9012")}) {
        const auto result = core::CardInput::checkMemberScan(scan);
        CHECK_FALSE(result.ok);
        CHECK(result.possibleMyNumber);
        CHECK(result.token.isEmpty());
        CHECK_FALSE(result.problem.contains(QStringLiteral("1234")));
    }
    const auto card = core::CardInput::checkMemberScan(QStringLiteral("  kc_9f8e7d6c5b4a3928\r\n"));
    CHECK(card.ok);
    CHECK(card.token == QStringLiteral("kc_9f8e7d6c5b4a3928"));
    CHECK_FALSE(core::CardInput::checkMemberScan(QStringLiteral("1234567890123")).possibleMyNumber);
}

TEST_CASE("the ICAO specimen MRZ fills a passport draft without an address", "[kiosk][core]") {
    IdentityDraft d;
    const auto reading = core::CardInput::readMrz(QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                                                 "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
                                                  kToday, d);
    REQUIRE(reading.ok);
    CHECK(d.method == core::ReadMethod::Mrz);
    CHECK(d.kind == QStringLiteral("passport"));
    CHECK(d.name == QStringLiteral("ERIKSSON ANNA MARIA"));
    CHECK(d.dateOfBirth == QDate(1974, 8, 12));
    CHECK(d.number == QStringLiteral("L898902C3"));
    CHECK(d.nationality == QStringLiteral("UTO"));
    CHECK(d.expiresOn == QDate(2012, 4, 15));
    CHECK_FALSE(d.addressOnDocument);
}

TEST_CASE("each failing MRZ check digit gets its own message", "[kiosk][core]") {
    English english;
    const QString line1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n");
    const QString good = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    const struct {
        int position;
        const char* code;
        const char* words;
    } cases[] = {{9, "MrzDocumentNumberCheckDigit", "document number"},
                 {19, "MrzBirthDateCheckDigit", "date of birth"},
                 {27, "MrzExpiryDateCheckDigit", "expiry date"},
                 {43, "MrzCompositeCheckDigit", "composite"}};
    for (const auto& c : cases) {
        QString bad = good;
        bad[c.position] = bad[c.position] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        IdentityDraft d = license();
        const auto reading = core::CardInput::readMrz(line1 + bad, kToday, d);
        INFO(c.code);
        CHECK_FALSE(reading.ok);
        CHECK(reading.errorCode == QLatin1String(c.code));
        CHECK(reading.problem.contains(QLatin1String(c.words)));
        CHECK(d.kind == QStringLiteral("drivers_license")); // left untouched
    }
}

TEST_CASE("the booth list is read from the API's JSON, visits and minors included", "[kiosk][core]") {
    const QByteArray body = R"({"booths":[
        {"id":1,"label":"A01","kind":"open_seat","status":"free","terminal":{"id":7,"number":"PC-01"},"visit":null},
        {"id":2,"label":"A02","kind":"flat","status":"occupied","terminal":null,
         "visit":{"id":"0b1d7c52-8f0e-4d43-9a57-3c8f1e2a9b10","started_at":"2026-11-22T05:00:00Z","minor":true,
                  "minor_must_leave_at":"2026-11-22T14:00:00Z"}},
        {"label":"broken"}]})";
    QString problem;
    const auto booths = core::Booths::parse(QJsonDocument::fromJson(body).object(), &problem);
    CHECK(problem.isEmpty());
    REQUIRE(booths.size() == 2);
    CHECK(booths[0].isFree());
    CHECK(booths[0].terminalNumber == QStringLiteral("PC-01"));
    CHECK(booths[0].key() == QStringLiteral("1"));
    REQUIRE(booths[1].visit.has_value());
    CHECK(booths[1].visit->minor);
    CHECK(booths[1].visit->minorMustLeaveAt == QDateTime(QDate(2026, 11, 22), QTime(14, 0), Qt::UTC));
    CHECK(core::Booths::formatDuration(2 * 3600 + 5 * 60 + 59) == QStringLiteral("2:05"));
    core::Booths::parse(QJsonObject{}, &problem);
    CHECK_FALSE(problem.isEmpty());
}
