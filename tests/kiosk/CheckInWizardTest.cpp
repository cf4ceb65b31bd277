// The new-customer check-in wizard, driven as staff would: document → entry → review → notice → booth → done.
#include "KioskHarness.h"

#include "ui/CheckInWizard.h"
#include "ui/HomeScreen.h"
#include "ui/QrCode.h"

#include <ZXing/ReadBarcode.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;
using Step = ui::CheckInWizard::Step;

namespace {

void click(QWidget& root, const char* name) {
    auto* button = find<QAbstractButton>(root, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Opens the wizard from the booth map (booth preselected when given) and chooses the document kind.
ui::CheckInWizard& openWizard(Kiosk& kiosk, const char* kind, const char* booth = nullptr) {
    QWidget& w = kiosk.window;
    if (booth != nullptr) {
        REQUIRE(waitUntil([&] { return w.findChild<QPushButton*>(QString::fromLatin1(booth)) != nullptr; }));
        click(w, booth);
        click(w, "checkInHereButton");
    } else {
        click(w, "newCustomerButton");
    }
    auto* wizard = kiosk.window.wizard();
    REQUIRE(kiosk.window.currentScreen() == wizard);
    CHECK(wizard->step() == Step::Document);
    click(*wizard, kind);
    CHECK(wizard->step() == Step::Entry);
    return *wizard;
}

bool errorShown(QWidget& root, const char* field) {
    auto* label = root.findChild<QLabel*>(QStringLiteral("error_") + QLatin1String(field));
    return label != nullptr && label->isVisible() && !label->text().isEmpty();
}

/// A kiosk whose backend is a closed port: offline from the start, with a journal.
struct OfflineKiosk {
    KioskFiles files;
    Kiosk kiosk{QUrl(QStringLiteral("https://127.0.0.1:9")), {}, &files};
    OfflineKiosk() {
        kiosk.window.show();
        kiosk.api.setToken("offline-test-token");
        kiosk.window.homeScreen()->showSession({});
    }
};

} // namespace

TEST_CASE("the wizard refuses an empty form field by field, then reviews a typed license", "[kiosk][ui][wizard]") {
    OfflineKiosk offline;
    Kiosk& kiosk = offline.kiosk;
    emit kiosk.window.homeScreen()->checkInRequested(QString());
    auto& wizard = *kiosk.window.wizard();
    click(wizard, "kind_drivers_license");
    click(wizard, "entryNextButton");
    CHECK(wizard.step() == Step::Entry);
    for (const char* field : {"person.name", "person.address", "person.date_of_birth", "document.number",
                              "document.expires_on", "attestation"}) {
        INFO(field);
        CHECK(errorShown(wizard, field));
    }
    CHECK_FALSE(errorShown(wizard, "person.name_kana")); // optional
    CHECK(find<QLineEdit>(wizard, "numberField")->echoMode() == QLineEdit::PasswordEchoOnEdit);

    fillAdultLicense(wizard);
    find<QCheckBox>(wizard, "attestationCheck")->setChecked(false);
    click(wizard, "entryNextButton");
    CHECK(wizard.step() == Step::Entry);
    CHECK(errorShown(wizard, "attestation"));
    CHECK_FALSE(errorShown(wizard, "person.name"));
    find<QCheckBox>(wizard, "attestationCheck")->setChecked(true);
    click(wizard, "entryNextButton");
    REQUIRE(wizard.step() == Step::Review);

    CHECK(find<QLabel>(wizard, "reviewName")->text() == QStringLiteral("山田 太郎"));
    CHECK(find<QLabel>(wizard, "reviewKana")->text() == QStringLiteral("ヤマダ タロウ"));
    CHECK(find<QLabel>(wizard, "reviewAddress")->text() == QStringLiteral("東京都新宿区西新宿2-8-1"));
    CHECK(find<QLabel>(wizard, "reviewBirth")->text().contains(QStringLiteral("(age ")));
    CHECK(find<QLabel>(wizard, "reviewKind")->text() == QStringLiteral("Driver's license"));
    CHECK(find<QLabel>(wizard, "reviewNumber")->text() == QStringLiteral("••••••••9030"));
    CHECK(find<QLabel>(wizard, "reviewExpiry")->text() != QStringLiteral("—"));
    // The full number is nowhere on the review screen.
    for (auto* label : wizard.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            CHECK_FALSE(label->text().contains(QStringLiteral("123456789030")));
        }
    }
    CHECK(find<QLabel>(wizard, "note_typed_by_staff")->isVisible());
    click(wizard, "reviewConfirmButton");
    REQUIRE(wizard.step() == Step::Notice);
    const QString notice = find<QLabel>(wizard, "noticeText")->text();
    CHECK(notice.contains(QStringLiteral("¥200,000")));
    CHECK(notice.contains(QStringLiteral("passwords")));
    CHECK(notice.contains(QStringLiteral("history")));
    click(wizard, "noticeAckButton");
    CHECK(wizard.step() == Step::Booth);
}

TEST_CASE("the review shows the warnings that matter and refuses an expired document", "[kiosk][ui][wizard]") {
    OfflineKiosk offline;
    Kiosk& kiosk = offline.kiosk;
    emit kiosk.window.homeScreen()->checkInRequested(QString());
    auto& wizard = *kiosk.window.wizard();
    click(wizard, "kind_drivers_license");
    fillAdultLicense(wizard);
    find<QLineEdit>(wizard, "birthField")->setText(QDate::currentDate().addYears(-16).toString(Qt::ISODate));
    find<QLineEdit>(wizard, "expiresField")->setText(QDate::currentDate().addDays(-3).toString(Qt::ISODate));
    click(wizard, "entryNextButton");
    REQUIRE(wizard.step() == Step::Review);
    CHECK(find<QLabel>(wizard, "note_document_expired")->text().contains(QStringLiteral("cannot be accepted")));
    CHECK((wizard.findChild<QLabel*>(QStringLiteral("note_minor")) != nullptr ||
           wizard.findChild<QLabel*>(QStringLiteral("note_minor_at_night")) != nullptr));
    CHECK(find<QLabel>(wizard, "reviewBirth")->text().contains(QStringLiteral("(age 16)")));
    CHECK_FALSE(find<QPushButton>(wizard, "reviewConfirmButton")->isEnabled());
    click(wizard, "reviewEditButton");
    CHECK(wizard.step() == Step::Entry);
    find<QLineEdit>(wizard, "expiresField")->setText(QDate::currentDate().addYears(1).toString(Qt::ISODate));
    click(wizard, "entryNextButton");
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("note_document_expired")) == nullptr);
    CHECK(find<QPushButton>(wizard, "reviewConfirmButton")->isEnabled());
}

TEST_CASE("a My Number card's form has no number field at all", "[kiosk][ui][wizard]") {
    OfflineKiosk offline;
    Kiosk& kiosk = offline.kiosk;
    emit kiosk.window.homeScreen()->checkInRequested(QString());
    auto& wizard = *kiosk.window.wizard();
    for (const char* kind : {"kind_my_number_card", "kind_health_insurance_card", "kind_qualification_certificate"}) {
        INFO(kind);
        click(wizard, kind);
        CHECK_FALSE(find<QLineEdit>(wizard, "numberField")->isVisible());
        CHECK(find<QLabel>(wizard, "noNumberNote")->isVisible());
        click(wizard, "entryBackButton");
    }
    click(wizard, "kind_health_insurance_card");
    CHECK(find<QLineEdit>(wizard, "issuerField")->isVisible());
    click(wizard, "entryBackButton");
    click(wizard, "kind_residence_card");
    CHECK(find<QLineEdit>(wizard, "numberField")->isVisible());
    CHECK(find<QCheckBox>(wizard, "attestationCheck")->isVisible());
}

TEST_CASE("a passport's MRZ is checked digit by digit, then fills the form", "[kiosk][ui][wizard]") {
    OfflineKiosk offline;
    Kiosk& kiosk = offline.kiosk;
    emit kiosk.window.homeScreen()->checkInRequested(QString());
    auto& wizard = *kiosk.window.wizard();
    click(wizard, "kind_passport");
    auto* mrz = find<QPlainTextEdit>(wizard, "mrzField");
    CHECK(mrz->isVisible());
    // A keyboard-wedge reader types the lines; the birth date's check digit (line 2, character 20) is wrong here.
    mrz->setFocus();
    QTest::keyClicks(mrz, QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"));
    QTest::keyClick(mrz, Qt::Key_Return);
    QTest::keyClicks(mrz, QStringLiteral("L898902C36UTO7408123F1204159ZE184226B<<<<<10"));
    click(wizard, "readMrzButton");
    CHECK(find<QLabel>(wizard, "mrzMessage")->text().contains(QStringLiteral("date of birth")));
    CHECK(find<QLineEdit>(wizard, "nameField")->text().isEmpty());

    mrz->setPlainText(QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                     "L898902C36UTO7408122F3004157ZE184226B<<<<<16"));
    click(wizard, "readMrzButton");
    INFO(find<QLabel>(wizard, "mrzMessage")->text().toStdString());
    auto* name = find<QLineEdit>(wizard, "nameField");
    REQUIRE(name->text() == QStringLiteral("ERIKSSON ANNA MARIA"));
    CHECK(name->isReadOnly());
    CHECK(find<QLineEdit>(wizard, "birthField")->text() == QStringLiteral("1974-08-12"));
    CHECK(find<QLineEdit>(wizard, "nationalityField")->text() == QStringLiteral("UTO"));
    CHECK_FALSE(find<QCheckBox>(wizard, "attestationCheck")->isVisible()); // read, not typed
    CHECK_FALSE(find<QCheckBox>(wizard, "addressOnDocumentCheck")->isChecked());
    CHECK(mrz->toPlainText().isEmpty());
    click(wizard, "entryNextButton");
    CHECK(errorShown(wizard, "person.address"));
    CHECK(errorShown(wizard, "supplementary_address_proof.date"));
    find<QLineEdit>(wizard, "addressField")->setText(QStringLiteral("東京都新宿区西新宿2-8-1"));
    find<QLineEdit>(wizard, "proofDateField")->setText(QDate::currentDate().addMonths(-1).toString(Qt::ISODate));
    click(wizard, "entryNextButton");
    REQUIRE(wizard.step() == Step::Review);
    CHECK(find<QLabel>(wizard, "reviewMethod")->text() == QStringLiteral("MRZ (machine-readable zone)"));
    CHECK(find<QLabel>(wizard, "reviewNumber")->text() == QStringLiteral("•••••02C3"));
    CHECK(find<QLabel>(wizard, "note_address_proof")
              ->text()
              .contains(QStringLiteral("does not show the current address")));
}

TEST_CASE("offline, a check-in from the wizard goes to the journal and the header counts it", "[kiosk][ui][wizard]") {
    OfflineKiosk offline;
    Kiosk& kiosk = offline.kiosk;
    core::Booth booth;
    booth.id = QJsonValue(7);
    booth.label = QStringLiteral("B07");
    booth.status = QStringLiteral("free");
    kiosk.window.wizard()->start({booth}, QStringLiteral("7"));
    auto& wizard = *kiosk.window.wizard();
    click(wizard, "kind_drivers_license");
    fillAdultLicense(wizard);
    click(wizard, "entryNextButton");
    click(wizard, "reviewConfirmButton");
    click(wizard, "noticeAckButton");
    CHECK(find<QPushButton>(wizard, "booth_B07")->isChecked()); // preselected
    click(wizard, "submitButton");
    REQUIRE(waitUntil([&] { return wizard.step() == Step::Result; }));
    CHECK(find<QLabel>(wizard, "resultTitle")->text() == QStringLiteral("Recorded offline"));
    CHECK(kiosk.counter.pendingCount() == 1);
    kiosk.monitor.checkNow();
    auto* header = find<QLabel>(kiosk.window, "journalStatus");
    CHECK(waitUntil([&] { return header->text() == QStringLiteral("Offline, 1 pending"); }));
    REQUIRE(kiosk.language.use(QStringLiteral("ja")));
    CHECK(waitUntil([&] { return header->text() == QStringLiteral("オフライン、未送信 1 件"); }));
}

TEST_CASE("a check-in through the wizard reaches the real backend and issues a member card as a QR code",
          "[kiosk][ui][wizard][e2e]") {
    Backend backend;
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    auto& wizard = openWizard(kiosk, "kind_drivers_license", "booth_B02");
    fillAdultLicense(wizard);
    click(wizard, "entryNextButton");
    click(wizard, "reviewConfirmButton");
    click(wizard, "noticeAckButton");
    find<QCheckBox>(wizard, "issueCardCheck")->setChecked(true);
    click(wizard, "submitButton");
    REQUIRE(waitUntil([&] { return wizard.step() == Step::Result; }));
    INFO(find<QLabel>(wizard, "resultDetails")->text().toStdString());
    CHECK(find<QLabel>(wizard, "resultTitle")->text() == QStringLiteral("Checked in"));
    CHECK(find<QLabel>(wizard, "resultDetails")->text().startsWith(QStringLiteral("Booth B02 from ")));
    auto* qr = find<QLabel>(wizard, "cardQr");
    REQUIRE(waitUntil([&] { return !qr->pixmap().isNull(); }));
    CHECK(backend.scalar("SELECT count(*) FROM identity_records") == 1);
    CHECK(backend.scalar("SELECT count(*) FROM visits WHERE ended_at IS NULL") == 1);
    CHECK(backend.scalar("SELECT count(*) FROM member_cards") == 1);
    // The code on screen decodes to a token the backend knows.
    QImage image = qr->pixmap().toImage().convertToFormat(QImage::Format_Grayscale8);
    const auto decoded =
        ZXing::ReadBarcode(ZXing::ImageView(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                            static_cast<int>(image.bytesPerLine())));
    REQUIRE(decoded.isValid());
    const QString token = QString::fromStdWString(decoded.text());
    bool looked = false;
    kiosk.counter.lookupMember(token, [&](const net::ApiResult& result, std::optional<net::KnownCard>) {
        CHECK(result.ok());
        CHECK(result.body.value(QStringLiteral("name")).toString() == QStringLiteral("山田 太郎"));
        looked = true;
    });
    CHECK(waitUntil([&] { return looked; }));
    click(wizard, "doneButton");
    CHECK(kiosk.window.currentScreen()->objectName() == QStringLiteral("homeScreen"));
}

TEST_CASE("a field the backend refuses is shown next to that field", "[kiosk][ui][wizard][e2e]") {
    Backend backend;
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    auto& wizard = openWizard(kiosk, "kind_drivers_license", "booth_B01");
    // Within the API contract's 200 characters, but longer than the backend stores (it refuses person.name).
    fillAdultLicense(wizard, QString(150, QChar(0x5C71)));
    click(wizard, "entryNextButton");
    click(wizard, "reviewConfirmButton");
    click(wizard, "noticeAckButton");
    click(wizard, "submitButton");
    REQUIRE(waitUntil([&] { return wizard.step() == Step::Entry; }));
    CHECK(errorShown(wizard, "person.name"));
    CHECK(find<QLabel>(wizard, "entryMessage")->text().startsWith(QStringLiteral("The server refused the record")));
    CHECK(backend.scalar("SELECT count(*) FROM identity_records") == 0);
}

TEST_CASE("a QR code made for a member card decodes to the same token", "[kiosk][ui]") {
    const QString token = QStringLiteral("kc_Zq3-9vX_4rT0pLmN8sWq2Y");
    const QImage image = ui::makeQrImage(token, 240).convertToFormat(QImage::Format_Grayscale8);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 240);
    const auto decoded =
        ZXing::ReadBarcode(ZXing::ImageView(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                            static_cast<int>(image.bytesPerLine())));
    REQUIRE(decoded.isValid());
    CHECK(QString::fromStdWString(decoded.text()) == token);
}
