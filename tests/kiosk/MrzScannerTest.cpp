// A serial passport reader in the check-in wizard: the real QSerialPort on a pseudo-terminal the test writes to.
#include "KioskHarness.h"

#include "core/KioskSettings.h"
#include "core/MrzScanner.h"
#include "support/PseudoTerminal.h"
#include "ui/IdentityEntryPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;
using kiroku::kiosk::devices::test::PseudoTerminal;

TEST_CASE("a passport scanned on the serial reader fills the form, and a bad check digit is named",
          "[kiosk][ui][serial]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    PseudoTerminal pty;
    core::MrzScanner scanner(QString::fromStdString(pty.slavePath), 9600);
    ui::IdentityEntryPage page(core::CounterRules{}, nullptr);
    page.setMrzScanner(&scanner);
    page.begin(QStringLiteral("passport"));
    page.resize(1280, 800);
    page.show();
    scanner.start();
    REQUIRE(scanner.isOpen());
    auto* status = find<QLabel>(page, "mrzScannerStatus");
    CHECK(status->isVisible());
    CHECK(status->text().contains(QStringLiteral("is ready")));

    // The birth date's check digit is wrong: the parser's message, nothing filled in.
    pty.send("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408123F1204159ZE184226B<<<<<10\r\n");
    auto* message = find<QLabel>(page, "mrzMessage");
    REQUIRE(waitUntil([&] { return !message->text().isEmpty(); }, 5000));
    CHECK(message->text().contains(QStringLiteral("date of birth")));
    CHECK(find<QLineEdit>(page, "nameField")->text().isEmpty());

    pty.send("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F3004157ZE184226B<<<<<16\r\n");
    auto* name = find<QLineEdit>(page, "nameField");
    REQUIRE(waitUntil([&] { return !name->text().isEmpty(); }, 5000));
    CHECK(name->text() == QStringLiteral("ERIKSSON ANNA MARIA"));
    CHECK(name->isReadOnly());
    CHECK(find<QLineEdit>(page, "birthField")->text() == QStringLiteral("1974-08-12"));
    CHECK(find<QPlainTextEdit>(page, "mrzField")->toPlainText().isEmpty()); // not kept on screen
    CHECK_FALSE(find<QCheckBox>(page, "attestationCheck")->isVisible());    // read, not typed
    CHECK(page.draft().method == core::ReadMethod::Mrz);

    // A license page waits for no MRZ: a zone scanned now is dropped.
    page.begin(QStringLiteral("drivers_license"));
    pty.send("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F3004157ZE184226B<<<<<16\r\n");
    QTest::qWait(400);
    CHECK(find<QLineEdit>(page, "nameField")->text().isEmpty());
}

TEST_CASE("the serial MRZ reader's port and speed come from the kiosk configuration", "[kiosk][settings][serial]") {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
    {
        QFile file(ini);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nmrz_serial_port=/dev/ttyACM0\nmrz_baud=115200\n");
    }
    core::KioskSettings settings;
    CHECK(settings.loadFrom(ini).isEmpty());
    CHECK(settings.mrzSerialPort == QStringLiteral("/dev/ttyACM0"));
    CHECK(settings.mrzBaud == 115200);
    {
        QFile file(ini);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[kiosk]\nmrz_serial_port=/dev/ttyACM0\nmrz_baud=12345\n");
    }
    core::KioskSettings refused;
    CHECK(refused.loadFrom(ini).startsWith(QStringLiteral("kiosk/mrz_baud")));
}
