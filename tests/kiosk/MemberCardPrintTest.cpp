// The member card slip printed after a card is issued: into a PDF (kiosk/print_to_pdf), read back with poppler.
#include "KioskHarness.h"
#include "PdfText.h"

#include "ui/MemberCardPrinter.h"

#include <ZXing/ReadBarcode.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

namespace {

QString decodeQr(const QImage& page) {
    const auto decoded = ZXing::ReadBarcode(ZXing::ImageView(
        page.constBits(), page.width(), page.height(), ZXing::ImageFormat::Lum, static_cast<int>(page.bytesPerLine())));
    return decoded.isValid() ? QString::fromStdWString(decoded.text()) : QString();
}

} // namespace

TEST_CASE("a member card slip printed to PDF carries a scannable QR code and the token to type", "[kiosk][print]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("ja")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    const ui::MemberCardPrinter printer({}, pdf);
    REQUIRE(printer.enabled());
    const QString token = QStringLiteral("kc_Zq3-9vX_4rT0pLmN8sWq2Y1uBv7Hd");
    const QString problem = printer.print(token, QStringLiteral("新宿東口店"));
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());

    const QFileInfo file(pdf);
    REQUIRE(file.exists());
    CHECK(file.size() > 1000);
    // The token lets its bearer check in: the file is the kiosk user's alone.
    CHECK(file.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("会員証")));
    CHECK(text.contains(QStringLiteral("新宿東口店")));
    CHECK(text.contains(token));
    CHECK(decodeQr(pdfPage(pdf)) == token);
}

TEST_CASE("a member card is not printed to a printer that does not exist, and the screen says why", "[kiosk][print]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    const ui::MemberCardPrinter printer(QStringLiteral("kiroku-no-such-printer"), {});
    CHECK(printer.print(QStringLiteral("kc_token"), QStringLiteral("Store")) ==
          QStringLiteral("The printer kiroku-no-such-printer is not available."));
    CHECK(ui::MemberCardPrinter{}.print(QStringLiteral("kc_token"), {}) ==
          QStringLiteral("No printer is set up on this kiosk."));
}
