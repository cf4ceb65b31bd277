// The whole new-customer check-in as staff see it: the real kiosk window (under Xvfb when ctest finds it, offscreen
// otherwise), the emulated driver's license through the real pcscd, the real backend. Each wizard step is saved as a
// PNG under the build directory (screenshots/check-in/) and the time each step took is printed.
#include "KioskHarness.h"
#include "PdfText.h"

#include "core/ChipReader.h"
#include "support/EmulatedCard.h"
#include "ui/CheckInWizard.h"
#include "ui/HomeScreen.h"
#include "ui/MemberCardPrinter.h"

#include <ZXing/ReadBarcode.h>

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>

#include <iostream>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;
using kiroku::kiosk::devices::test::EmulatedCard;
using Step = ui::CheckInWizard::Step;

namespace {

/// Saves what is on screen and records how long the step took.
class Album {
public:
    explicit Album(QWidget& window) : m_window(window), m_dir(QStringLiteral(KIROKU_SCREENSHOT_DIR "/check-in")) {
        QDir(m_dir).removeRecursively();
        REQUIRE(QDir().mkpath(m_dir));
        m_clock.start();
    }

    /// The step `name` is on screen now: a screenshot, and the time since the previous step.
    void shoot(const QString& name) {
        const qint64 ms = m_clock.restart();
        QTest::qWait(50); // let the last paint reach the screen
        const bool onX = QGuiApplication::platformName() == QLatin1String("xcb");
        // Under Xvfb, what the X server shows (as a person would see it); offscreen, the widget's own rendering.
        const QPixmap shot = onX ? m_window.screen()->grabWindow(m_window.winId()) : m_window.grab();
        const QString file =
            QStringLiteral("%1/%2-%3.png").arg(m_dir).arg(++m_count, 2, 10, QLatin1Char('0')).arg(name);
        REQUIRE(shot.save(file));
        CHECK(shot.width() >= 1280);
        m_lines << QStringLiteral("%1 %2 ms (%3)").arg(name, -12).arg(ms).arg(QGuiApplication::platformName());
        m_clock.restart();
    }

    void report() const {
        QFile timings(m_dir + QStringLiteral("/timings.txt"));
        REQUIRE(timings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QString& line : m_lines) {
            std::cout << "check-in step " << line.toStdString() << '\n';
            timings.write(line.toUtf8() + '\n');
        }
    }

private:
    QWidget& m_window;
    QString m_dir;
    QElapsedTimer m_clock;
    QStringList m_lines;
    int m_count = 0;
};

void click(QWidget& root, const char* name) {
    auto* button = find<QAbstractButton>(root, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString decodeQr(const QImage& grey) {
    const auto decoded = ZXing::ReadBarcode(ZXing::ImageView(
        grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine())));
    return decoded.isValid() ? QString::fromStdWString(decoded.text()) : QString();
}

} // namespace

TEST_CASE("a new customer with a driver's license is checked in from the card reader to the booth, step by step",
          "[kiosk][screens][pcsc][e2e]") {
    const auto stack = kiroku::kiosk::devices::test::PcscTestStack::load();
    Backend backend;
    core::ChipReader chip(QString::fromStdString(stack.reader));
    Kiosk kiosk(backend.url(), backend.ca(), nullptr, QStringLiteral("ja"), &chip);
    QTemporaryDir printed;
    const QString cardPdf = printed.filePath(QStringLiteral("member-card.pdf"));
    kiosk.window.wizard()->setCardPrinter(ui::MemberCardPrinter({}, cardPdf));
    kiosk.window.resize(1280, 800);
    QWidget& w = kiosk.window;

    logIn(kiosk, backend.staff);
    Album album(w);
    REQUIRE(waitUntil([&] { return w.findChild<QPushButton*>(QStringLiteral("booth_B02")) != nullptr; }));
    album.shoot(QStringLiteral("booth-map"));

    // Booth map → the wizard with B02 chosen → the document.
    click(w, "booth_B02");
    click(w, "checkInHereButton");
    auto& wizard = *kiosk.window.wizard();
    REQUIRE(wizard.step() == Step::Document);
    album.shoot(QStringLiteral("document"));
    click(wizard, "kind_drivers_license");
    REQUIRE(wizard.step() == Step::Entry);
    CHECK(find<QPushButton>(wizard, "readChipButton")->text() == QStringLiteral("IC チップを読み取る"));
    album.shoot(QStringLiteral("entry"));

    // The customer places the license and types PIN1.
    EmulatedCard card(EmulatedCard::Options::license());
    click(wizard, "readChipButton");
    auto* pin = find<QLineEdit>(wizard, "pinField");
    REQUIRE(waitUntil([&] { return pin->isVisible(); }, 30000));
    CHECK(find<QLabel>(wizard, "chipMessage")->text().contains(QStringLiteral("3")));
    album.shoot(QStringLiteral("pin"));
    QTest::keyClicks(pin, QStringLiteral("1234"));
    click(wizard, "sendPinButton");
    auto* name = find<QLineEdit>(wizard, "nameField");
    REQUIRE(waitUntil([&] { return !name->text().isEmpty(); }, 30000));

    // What the chip gave: read-only, except the address whose 外字 staff type from the card face.
    CHECK(name->text().startsWith(QStringLiteral("山田")));
    CHECK(name->text().endsWith(QStringLiteral("太郎")));
    CHECK(name->isReadOnly());
    CHECK(find<QLineEdit>(wizard, "birthField")->text() == QStringLiteral("1973-06-15"));
    CHECK(find<QLineEdit>(wizard, "expiresField")->text() == QStringLiteral("2027-07-15"));
    auto* address = find<QLineEdit>(wizard, "addressField");
    CHECK(address->text().contains(QChar(0x3013)));
    CHECK_FALSE(address->isReadOnly());
    CHECK(find<QLabel>(wizard, "error_person.address")->isVisible());
    CHECK_FALSE(find<QCheckBox>(wizard, "attestationCheck")->isVisible());
    album.shoot(QStringLiteral("chip-read"));
    address->setText(address->text().replace(QChar(0x3013), QChar(0x4E01)));
    click(wizard, "entryNextButton");
    REQUIRE(wizard.step() == Step::Review);

    // The review: what the law needs confirmed, the number masked, no warning for a chip-read adult's license.
    CHECK(find<QLabel>(wizard, "reviewName")->text() == name->text());
    CHECK(find<QLabel>(wizard, "reviewAddress")->text().startsWith(QStringLiteral("東京都千代田区霞が関")));
    CHECK(find<QLabel>(wizard, "reviewNumber")->text() == QStringLiteral("••••••••7810"));
    CHECK(find<QLabel>(wizard, "reviewBirth")->text().contains(QStringLiteral("53")));
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("note_typed_by_staff")) == nullptr);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("note_license_check_digit")) == nullptr);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("note_document_expired")) == nullptr);
    album.shoot(QStringLiteral("review"));
    click(wizard, "reviewConfirmButton");
    REQUIRE(wizard.step() == Step::Notice);
    CHECK(find<QLabel>(wizard, "noticeText")->text().contains(QStringLiteral("20 万円以下の罰金")));
    album.shoot(QStringLiteral("notice"));
    click(wizard, "noticeAckButton");
    REQUIRE(wizard.step() == Step::Booth);
    CHECK(find<QPushButton>(wizard, "booth_B02")->isChecked());
    find<QCheckBox>(wizard, "issueCardCheck")->setChecked(true);
    album.shoot(QStringLiteral("booth"));

    click(wizard, "submitButton");
    REQUIRE(waitUntil([&] { return wizard.step() == Step::Result; }));
    auto* qr = find<QLabel>(wizard, "cardQr");
    REQUIRE(waitUntil([&] { return !qr->pixmap().isNull(); }));
    INFO(find<QLabel>(wizard, "resultDetails")->text().toStdString());
    CHECK(find<QLabel>(wizard, "resultTitle")->text() == QStringLiteral("チェックインしました"));
    CHECK(find<QLabel>(wizard, "resultDetails")->text().contains(QStringLiteral("B02")));
    album.shoot(QStringLiteral("done"));

    // The backend holds one chip-read record, the visit in B02 and the member card whose code is on screen.
    CHECK(backend.scalar("SELECT count(*) FROM identity_records WHERE method = 'ic_chip'") == 1);
    CHECK(backend.scalar("SELECT count(*) FROM visits v JOIN visit_segments s ON s.visit_id = v.id JOIN booths b "
                         "ON b.id = s.booth_id WHERE b.label = 'B02' AND v.ended_at IS NULL AND s.ended_at IS NULL") ==
          1);
    CHECK(backend.scalar("SELECT count(*) FROM member_cards") == 1);
    const QString token = decodeQr(qr->pixmap().toImage().convertToFormat(QImage::Format_Grayscale8));
    REQUIRE_FALSE(token.isEmpty());
    // The printed slip carries the same card.
    CHECK(decodeQr(pdfPage(cardPdf)) == token);
    CHECK(pdfText(cardPdf).contains(token));

    click(wizard, "doneButton");
    REQUIRE(waitUntil([&] {
        auto* tile = kiosk.window.homeScreen()->findChild<QPushButton*>(QStringLiteral("booth_B02"));
        return kiosk.window.currentScreen() == kiosk.window.homeScreen() && tile != nullptr &&
               !tile->text().endsWith(QStringLiteral("空き"));
    }));
    album.shoot(QStringLiteral("booth-map-after"));
    album.report();
}
