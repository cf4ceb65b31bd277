// The signed answer to police: read from its exact bytes, verified before anything is rendered, printed as PDF (read
// back with pdftotext) and saved with its JSON, detached signature and public key, which openssl verifies.
#include "KioskHarness.h"
#include "PdfText.h"
#include "PoliceFixture.h"

#include "core/AnswerSignature.h"
#include "core/PoliceAnswer.h"
#include "ui/PoliceAnswerPdf.h"
#include "ui/PoliceDeskScreen.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

core::CounterRules tokyo() {
    return core::CounterRules{};
}

} // namespace

TEST_CASE("a signed police answer is read field by field from its exact bytes, and a malformed one names the field",
          "[kiosk][police]") {
    QString problem;
    const auto d = core::PoliceAnswerDocument::parse(kAnswerDocument, &problem);
    INFO(problem.toStdString());
    REQUIRE(d.has_value());
    CHECK(d->number == QStringLiteral("K-2026-000123"));
    CHECK(d->storeId == QStringLiteral("3"));
    CHECK(d->storeName == QStringLiteral("新宿東口店"));
    CHECK(d->agencyName == QStringLiteral("警視庁新宿警察署"));
    CHECK(d->officerBadge == QStringLiteral("123456"));
    CHECK(d->basisKind == QStringLiteral("ccp_197_2"));
    CHECK(d->documentReference == QStringLiteral("新宿署刑第123号"));
    CHECK(d->documentDate == QDate(2026, 11, 22));
    CHECK(d->scopeFrom == QDateTime(QDate(2026, 11, 22), QTime(4, 0), Qt::UTC));
    CHECK(d->questionKind == QStringLiteral("terminal_at_time"));
    // Null fields of the question are left out; the others keep the document's order.
    REQUIRE(d->questionFields.size() == 1);
    CHECK(d->questionFields[0] == std::pair{QStringLiteral("terminal"), QStringLiteral("PC-01")});
    CHECK(d->approvedBy == QStringLiteral("8"));
    CHECK(d->approvedByName == QStringLiteral("佐藤 花子"));
    CHECK_FALSE(d->reviewRequired);
    CHECK(d->answeredBy == QStringLiteral("7"));
    CHECK(d->answeredByName == QStringLiteral("鈴木 一郎"));
    // Instants carry microseconds; they are read to the millisecond.
    CHECK(d->answeredAt == QDateTime(QDate(2026, 11, 22), QTime(5, 10, 0, 123), Qt::UTC));
    CHECK(d->chainLength == 48213);
    CHECK(d->chainHash == QStringLiteral("9f2c41d07ab3e5c2aa"));
    REQUIRE(d->records.size() == 1);
    const core::AnswerRecord& r = d->records[0];
    CHECK(r.name == QStringLiteral("山田 太郎"));
    CHECK(r.dateOfBirth == QDate(1990, 5, 1));
    CHECK(r.documentNumber == QStringLiteral("123456789030"));
    CHECK(r.nationality.isEmpty());
    REQUIRE(r.visits.size() == 1);
    REQUIRE(r.visits[0].segments.size() == 2);
    CHECK(r.visits[0].segments[0].terminal == QStringLiteral("PC-01"));
    CHECK(r.visits[0].segments[1].terminal.isEmpty());
    CHECK_FALSE(r.visits[0].segments[1].to.isValid());

    // Documents signed before answers named the managers carry only their staff ids.
    const auto unnamed = core::PoliceAnswerDocument::parse(unnamedDocument(), &problem);
    INFO(problem.toStdString());
    REQUIRE(unnamed.has_value());
    CHECK(unnamed->approvedBy == QStringLiteral("8"));
    CHECK(unnamed->approvedByName.isEmpty());
    CHECK(unnamed->answeredBy == QStringLiteral("7"));
    CHECK(unnamed->answeredByName.isEmpty());
    QByteArray numberName = kAnswerDocument;
    numberName.replace(R"("approved_by_name":"佐藤 花子")", R"("approved_by_name":8)");
    CHECK_FALSE(core::PoliceAnswerDocument::parse(numberName, &problem).has_value());
    CHECK(problem == QStringLiteral("approval.approved_by_name must be a string"));

    QByteArray miscounted = kAnswerDocument;
    miscounted.replace("\"record_count\":1", "\"record_count\":2");
    CHECK_FALSE(core::PoliceAnswerDocument::parse(miscounted, &problem).has_value());
    CHECK(problem == QStringLiteral("answer.record_count (2) does not match the 1 records"));
    QByteArray badDate = kAnswerDocument;
    badDate.replace("\"date_of_birth\":\"1990-05-01\"", "\"date_of_birth\":\"1990-13-01\"");
    CHECK_FALSE(core::PoliceAnswerDocument::parse(badDate, &problem).has_value());
    CHECK(problem == QStringLiteral("answer.records.identity_record.date_of_birth must be a date YYYY-MM-DD"));
    QByteArray otherFormat = kAnswerDocument;
    otherFormat.replace("kiroku/police-answer/v1", "kiroku/police-answer/v2");
    CHECK_FALSE(core::PoliceAnswerDocument::parse(otherFormat, &problem).has_value());
    CHECK(problem == QStringLiteral("format must be kiroku/police-answer/v1"));
}

TEST_CASE("the answer's Ed25519 signature verifies over the exact bytes and fails for one changed byte or another key",
          "[kiosk][police]") {
    const SignedFixture f = signFixture(kAnswerDocument);
    const auto answer = core::SignedPoliceAnswer::fromApi(f.api);
    REQUIRE(answer.has_value());
    const core::SignatureCheck ok = core::verifySignature(*answer);
    INFO(ok.problem.toStdString());
    CHECK(ok.valid);
    CHECK(ok.documentSha256 ==
          QString::fromLatin1(QCryptographicHash::hash(kAnswerDocument, QCryptographicHash::Sha256).toHex()));
    CHECK(ok.keyFingerprint == f.fingerprint);

    core::SignedPoliceAnswer altered = *answer;
    altered.document.replace("K-2026-000123", "K-2026-000124");
    CHECK_FALSE(core::verifySignature(altered).valid);
    core::SignedPoliceAnswer otherKey = *answer;
    otherKey.publicKeyPem = signFixture(kAnswerDocument).api.value(QStringLiteral("public_key_pem")).toString();
    CHECK_FALSE(core::verifySignature(otherKey).valid);
    core::SignedPoliceAnswer otherAlgorithm = *answer;
    otherAlgorithm.algorithm = QStringLiteral("RSA-PSS");
    CHECK(core::verifySignature(otherAlgorithm).failure == core::SignatureCheck::Failure::Algorithm);
    core::SignedPoliceAnswer garbledKey = *answer;
    garbledKey.publicKeyPem = QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    CHECK(core::verifySignature(garbledKey).failure == core::SignatureCheck::Failure::PublicKey);
    CHECK(core::verifySignature(garbledKey).problem ==
          QStringLiteral("the public key is not an Ed25519 PEM public key"));
}

TEST_CASE("a verified answer prints to PDF in Japanese with its number, basis, records, hash and signature, and is "
          "saved with the JSON, the .sig and the key, which openssl verifies",
          "[kiosk][police][ui]") {
    KioskFiles files;
    Kiosk kiosk(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, nullptr, QStringLiteral("ja"));
    const SignedFixture f = signFixture(kAnswerDocument);
    const ui::PoliceAnswerPdf document(*core::SignedPoliceAnswer::fromApi(f.api), tokyo());
    INFO(document.refusal().toStdString());
    REQUIRE(document.refusal().isEmpty());

    const QString pdf = files.dir.filePath(QStringLiteral("K-2026-000123.pdf"));
    REQUIRE(document.exportTo(pdf).isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("捜査関係事項照会")));
    CHECK(text.contains(QStringLiteral("K-2026-000123")));
    CHECK(text.contains(QStringLiteral("刑事訴訟法第197条第2項")));
    CHECK(text.contains(QStringLiteral("新宿署刑第123号")));
    CHECK(text.contains(QStringLiteral("警視庁新宿警察署")));
    CHECK(text.contains(QStringLiteral("山田 太郎")));
    CHECK(text.contains(QStringLiteral("123456789030")));
    CHECK(text.contains(QStringLiteral("PC-01")));
    CHECK(text.contains(QStringLiteral("2026-11-22 13:05:00"))); // the segment's start in the store's time
    CHECK(text.contains(QStringLiteral("9f2c41d07ab3e5c2aa")));
    // The managers by name and staff number (pdfText is NFKC: full-width brackets read as ASCII).
    CHECK(text.contains(QStringLiteral("鈴木 一郎（従業員 #7）").normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(QStringLiteral("佐藤 花子（従業員 #8）").normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(document.signature().documentSha256));
    CHECK(text.contains(f.fingerprint));
    CHECK(text.contains(QString::fromLatin1(f.signature.toBase64().left(40))));
    CHECK(text.contains(QStringLiteral("openssl pkeyutl -verify")));

    // A document signed before answers named the managers prints their staff numbers alone.
    const ui::PoliceAnswerPdf unnamed(*core::SignedPoliceAnswer::fromApi(signFixture(unnamedDocument()).api), tokyo());
    REQUIRE(unnamed.refusal().isEmpty());
    const QString unnamedHtml = unnamed.html();
    CHECK(unnamedHtml.contains(QStringLiteral("<td>従業員 #7</td>")));
    CHECK(unnamedHtml.contains(QStringLiteral("<td>従業員 #8</td>")));
    CHECK_FALSE(unnamedHtml.contains(QStringLiteral("鈴木")));

    // The pages, for people to look at (build/screenshots/police/answer-page-N.png).
    QDir().mkpath(QStringLiteral(KIROKU_SCREENSHOT_DIR "/police"));
    for (int n : {1, 2}) {
        CHECK(pdfPage(pdf, n, 100).save(QStringLiteral(KIROKU_SCREENSHOT_DIR "/police/answer-page-%1.png").arg(n)));
    }

    const QString base = files.dir.filePath(QStringLiteral("K-2026-000123"));
    CHECK(readAll(base + QStringLiteral(".json")) == kAnswerDocument);
    CHECK(readAll(base + QStringLiteral(".sig")) == f.signature);
    // The PDF and the JSON hold personal data: owner only.
    for (const QString& file : {pdf, base + QStringLiteral(".json")}) {
        CHECK(QFile::permissions(file) ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    std::string out;
    const auto q = [](const QString& s) { return kiroku::test::shellQuote(s.toStdString()); };
    const int status =
        kiroku::test::runCommand("openssl pkeyutl -verify -pubin -inkey " + q(base + ".pub.pem") + " -rawin -in " +
                                     q(base + ".json") + " -sigfile " + q(base + ".sig") + " 2>&1",
                                 &out);
    INFO(out);
    CHECK(status == 0);
    CHECK(out.find("Signature Verified Successfully") != std::string::npos);
}

TEST_CASE("a tampered answer is refused with a clear message and nothing is printed or saved", "[kiosk][police][ui]") {
    KioskFiles files;
    Kiosk kiosk(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, nullptr, QStringLiteral("en"));
    SignedFixture f = signFixture(kAnswerDocument);
    QByteArray tampered = kAnswerDocument;
    tampered.replace("山田 太郎", "山田 次郎");
    f.api.insert(QStringLiteral("document_base64"), QString::fromLatin1(tampered.toBase64()));

    const ui::PoliceAnswerPdf document(*core::SignedPoliceAnswer::fromApi(f.api), tokyo());
    CHECK_FALSE(document.document().has_value());
    CHECK(document.html().isEmpty());
    CHECK(document.refusal().startsWith(
        QStringLiteral("The answer's signature does not verify (the signature does not match the document)")));
    const QString pdf = files.dir.filePath(QStringLiteral("tampered.pdf"));
    CHECK(document.exportTo(pdf) == document.refusal());
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(QFileInfo::exists(files.dir.filePath(QStringLiteral("tampered.json"))));

    ui::PoliceDeskScreen& desk = *kiosk.window.policeDeskScreen();
    desk.resize(1280, 800);
    desk.show();
    CHECK_FALSE(desk.presentAnswer(f.api));
    auto* status = find<QLabel>(desk, "policeAnswerStatus");
    CHECK(status->text().contains(QStringLiteral("does not verify")));
    CHECK(status->styleSheet().contains(QStringLiteral("#b00000")));
    CHECK(find<QTextBrowser>(desk, "policeAnswerView")->toPlainText().isEmpty());
    CHECK_FALSE(find<QPushButton>(desk, "exportAnswerButton")->isEnabled());

    // The genuine answer on the same screen is shown and may be exported.
    CHECK(desk.presentAnswer(signFixture(kAnswerDocument).api));
    CHECK(status->text().startsWith(QStringLiteral("Answer K-2026-000123: signature verified")));
    CHECK(find<QTextBrowser>(desk, "policeAnswerView")->toPlainText().contains(QStringLiteral("山田 太郎")));
    CHECK(find<QPushButton>(desk, "exportAnswerButton")->isEnabled());
}

TEST_CASE("an answer to a public_endpoint question lists the NAT mappings it went through, in the document and the PDF",
          "[kiosk][police][ui]") {
    KioskFiles files;
    Kiosk kiosk(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, nullptr, QStringLiteral("en"));
    const QByteArray json = publicEndpointDocument();
    QString problem;
    const auto d = core::PoliceAnswerDocument::parse(json, &problem);
    INFO(problem.toStdString());
    REQUIRE(d.has_value());
    CHECK(d->questionKind == QStringLiteral("public_endpoint"));
    CHECK(d->questionFields.contains(std::pair{QStringLiteral("source_port"), QStringLiteral("40001")}));
    REQUIRE(d->hasNatMappings);
    REQUIRE(d->natMappings.size() == 2);
    CHECK(d->natMappings[0].protocol == QStringLiteral("tcp"));
    CHECK(d->natMappings[0].privatePort == 51515);
    CHECK(d->natMappings[0].terminal == QStringLiteral("PC-01"));
    CHECK(d->natMappings[1].startEstimated);
    CHECK_FALSE(d->natMappings[1].startedAt.isValid());
    CHECK_FALSE(core::PoliceAnswerDocument::parse(kAnswerDocument)->hasNatMappings);

    const ui::PoliceAnswerPdf document(*core::SignedPoliceAnswer::fromApi(signFixture(json).api), tokyo());
    REQUIRE(document.refusal().isEmpty());
    const QString pdf = files.dir.filePath(QStringLiteral("nat.pdf"));
    REQUIRE(document.writePdf(pdf).isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Who used a public IP address and port")));
    CHECK(text.contains(QStringLiteral("NAT mappings of the public address and port")));
    CHECK(text.contains(QStringLiteral("192.168.10.21:51515")));
    CHECK(text.contains(QStringLiteral("203.0.113.7:40001")));
    CHECK(text.contains(QStringLiteral("(estimated)")));
    CHECK(text.contains(QStringLiteral("2026-11-22 13:20:00")));
}

TEST_CASE("a kiosk configured with the store's signing keys refuses an answer signed with any other key",
          "[kiosk][police]") {
    const SignedFixture f = signFixture(kAnswerDocument);
    const auto answer = *core::SignedPoliceAnswer::fromApi(f.api);
    const QString other = QString(64, QLatin1Char('a'));
    CHECK(ui::PoliceAnswerPdf(answer, tokyo(), {other, f.fingerprint}).refusal().isEmpty());
    const ui::PoliceAnswerPdf untrusted(answer, tokyo(), {other});
    CHECK_FALSE(untrusted.document().has_value());
    CHECK(untrusted.refusal().contains(f.fingerprint));

    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
    {
        QFile file(ini);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[police]\nsigning_key_fingerprints=" + other.toLatin1() + ", " +
                   f.fingerprint.toUpper().toLatin1() + "\n");
    }
    core::KioskSettings settings;
    CHECK(settings.loadFrom(ini).isEmpty());
    CHECK(settings.policeKeyFingerprints == QStringList{other, f.fingerprint});
    {
        QFile file(ini);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[police]\nsigning_key_fingerprints=abc\n");
    }
    core::KioskSettings refused;
    CHECK(refused.loadFrom(ini).startsWith(QStringLiteral("police/signing_key_fingerprints")));
}
