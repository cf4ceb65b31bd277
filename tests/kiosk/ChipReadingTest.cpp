// IC-chip reading in the check-in wizard, through the real pcscd with emulated cards (tests/devices/vcard).
#include "KioskHarness.h"

#include "core/ChipReader.h"
#include "support/EmulatedCard.h"
#include "ui/IdentityEntryPage.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <algorithm>
#include <memory>
#include <stop_token>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;
using kiroku::kiosk::devices::test::EmulatedCard;

namespace {

std::size_t commandsStartingWith(const std::string& log, const std::string& prefix) {
    const auto lines = kiroku::kiosk::devices::test::readLines(log);
    return static_cast<std::size_t>(
        std::count_if(lines.begin(), lines.end(), [&](const std::string& line) { return line.starts_with(prefix); }));
}

struct ChipPage {
    explicit ChipPage(const std::string& reader, const char* kind)
        : chip(QString::fromStdString(reader)), page(core::CounterRules{}, &chip) {
        REQUIRE(language.use(QStringLiteral("en")));
        page.begin(QString::fromLatin1(kind));
        page.resize(1280, 800);
        page.show();
    }
    ui::Language language;
    core::ChipReader chip;
    ui::IdentityEntryPage page;
};

void typePin(QWidget& page, const QString& pin) {
    auto* field = find<QLineEdit>(page, "pinField");
    REQUIRE(waitUntil([&] { return field->isVisible(); }, 30000));
    QTest::keyClicks(field, pin);
    QTest::mouseClick(find<QPushButton>(page, "sendPinButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("a license chip fills the form after the customer's PIN, and a wrong PIN is never retried by the kiosk",
          "[kiosk][ui][pcsc]") {
    const std::string log = kiroku::kiosk::devices::test::scratchPath("kiosk-license.log");
    EmulatedCard card(EmulatedCard::Options::license().logTo(log));
    ChipPage chip(card.reader(), "drivers_license");
    QWidget& page = chip.page;
    REQUIRE(find<QWidget>(page, "chipPanel")->isVisible());
    QTest::mouseClick(find<QPushButton>(page, "readChipButton"), Qt::LeftButton);
    auto* message = find<QLabel>(page, "chipMessage");
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("(3 tries left)")); }, 30000));

    typePin(page, QStringLiteral("9999"));
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Wrong PIN. 2 tries left")); }, 30000));
    QTest::qWait(500); // nothing else goes to the card on its own
    CHECK(commandsStartingWith(log, "00 20 00 81 04") == 1);
    CHECK(find<QLineEdit>(page, "pinField")->text().isEmpty());

    typePin(page, QStringLiteral("1234"));
    auto* name = find<QLineEdit>(page, "nameField");
    REQUIRE(waitUntil([&] { return !name->text().isEmpty(); }, 30000));
    CHECK(commandsStartingWith(log, "00 20 00 81 04") == 2);
    CHECK(name->text().startsWith(QStringLiteral("山田")));
    CHECK(name->text().endsWith(QStringLiteral("太郎")));
    CHECK(name->isReadOnly());
    CHECK(find<QLineEdit>(page, "birthField")->text() == QStringLiteral("1973-06-15"));
    // The address holds a character the chip stores only as an image: staff type it.
    auto* address = find<QLineEdit>(page, "addressField");
    CHECK(address->text().contains(QChar(0x3013)));
    CHECK_FALSE(address->isReadOnly());
    CHECK(find<QLabel>(page, "error_person.address")->isVisible());
    CHECK(find<QLineEdit>(page, "numberField")->text() == QStringLiteral("301234567810"));
    CHECK(find<QLineEdit>(page, "numberField")->echoMode() == QLineEdit::PasswordEchoOnEdit);
    CHECK_FALSE(find<QCheckBox>(page, "attestationCheck")->isVisible()); // read from the chip, not typed
    const core::IdentityDraft draft = chip.page.draft();
    CHECK(draft.method == core::ReadMethod::IcChip);
    CHECK(draft.expiresOn.isValid());
    const auto problems = draft.validate(QDate::currentDate());
    REQUIRE(problems.size() >= 1);
    CHECK(problems.first().field == QStringLiteral("person.address")); // 〓 must be replaced first
}

TEST_CASE("with one PIN try left nothing is sent until staff confirm", "[kiosk][ui][pcsc]") {
    const std::string log = kiroku::kiosk::devices::test::scratchPath("kiosk-last-try.log");
    EmulatedCard card(EmulatedCard::Options::license().withTries(1).logTo(log));
    ChipPage chip(card.reader(), "drivers_license");
    QWidget& page = chip.page;
    QTest::mouseClick(find<QPushButton>(page, "readChipButton"), Qt::LeftButton);
    auto* lastTry = find<QCheckBox>(page, "lastTryCheck");
    REQUIRE(waitUntil([&] { return lastTry->isVisible(); }, 30000));
    auto* message = find<QLabel>(page, "chipMessage");
    CHECK(message->text().contains(QStringLiteral("Only 1 try is left")));
    typePin(page, QStringLiteral("1234"));
    CHECK(message->text().startsWith(QStringLiteral("Only 1 try is left: tick the confirmation")));
    QTest::qWait(300);
    CHECK(commandsStartingWith(log, "00 20 00 81 04") == 0);
    lastTry->setChecked(true);
    QTest::mouseClick(find<QPushButton>(page, "sendPinButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !find<QLineEdit>(page, "nameField")->text().isEmpty(); }, 30000));
    CHECK(commandsStartingWith(log, "00 20 00 81 04") == 1);
}

TEST_CASE("a My Number card chip gives name, address and date of birth, and its number file is never read",
          "[kiosk][ui][pcsc]") {
    const std::string log = kiroku::kiosk::devices::test::scratchPath("kiosk-mynumber.log");
    EmulatedCard card(EmulatedCard::Options::myNumber().logTo(log));
    ChipPage chip(card.reader(), "my_number_card");
    QWidget& page = chip.page;
    CHECK_FALSE(find<QLineEdit>(page, "numberField")->isVisible());
    QTest::mouseClick(find<QPushButton>(page, "readChipButton"), Qt::LeftButton);
    typePin(page, QStringLiteral("1234"));
    auto* name = find<QLineEdit>(page, "nameField");
    REQUIRE(waitUntil([&] { return !name->text().isEmpty(); }, 30000));
    CHECK(name->text().startsWith(QStringLiteral("番号")));
    CHECK(find<QLineEdit>(page, "addressField")->text().startsWith(QStringLiteral("東京都千代田区永田町")));
    CHECK(find<QLineEdit>(page, "birthField")->text() == QStringLiteral("1985-04-15"));
    CHECK_FALSE(find<QLineEdit>(page, "expiresField")->isReadOnly()); // staff type it from the card face
    CHECK(commandsStartingWith(log, "00 A4 02 0C 02 00 01") == 0);    // EF 00 01 (個人番号) never selected
    const core::IdentityDraft draft = chip.page.draft();
    CHECK(draft.method == core::ReadMethod::IcChip);
    CHECK_FALSE(draft.toJson().value(QStringLiteral("document")).toObject().contains(QStringLiteral("number")));
}

TEST_CASE("without a card the chip panel says so and staff can type instead", "[kiosk][ui][pcsc]") {
    const auto stack = kiroku::kiosk::devices::test::PcscTestStack::load();
    core::ChipReader reader(QString::fromStdString(stack.reader));
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    ui::IdentityEntryPage page(core::CounterRules{}, &reader);
    page.begin(QStringLiteral("drivers_license"));
    page.show();
    reader.setCardWaitMs(500); // a short wait for the test
    QTest::mouseClick(find<QPushButton>(page, "readChipButton"), Qt::LeftButton);
    auto* message = find<QLabel>(page, "chipMessage");
    REQUIRE(waitUntil([&] { return message->text() == QStringLiteral("No card was placed on the reader."); }, 45000));
    CHECK(find<QPushButton>(page, "readChipButton")->isEnabled());
    CHECK_FALSE(find<QLineEdit>(page, "nameField")->isReadOnly());
}

TEST_CASE("a wait for a card ends at once when cancelled, even when the cancel came before the wait began",
          "[kiosk][pcsc]") {
    const auto stack = kiroku::kiosk::devices::test::PcscTestStack::load();
    auto context = kiroku::kiosk::devices::PcscContext::establish();
    REQUIRE(context.ok());
    std::stop_source stop;
    stop.request_stop(); // pcscd never saw this one: no call was in progress
    QElapsedTimer clock;
    clock.start();
    auto waited = context.value()->waitForCard(stack.reader, std::chrono::seconds(20), stop.get_token());
    REQUIRE_FALSE(waited.ok());
    CHECK(waited.error().code == kiroku::kiosk::devices::DeviceErrorCode::Cancelled);
    CHECK(clock.elapsed() < 1000);
}

TEST_CASE("a chip read waiting for a card stops when cancelled, and the reader is destroyed without waiting it out",
          "[kiosk][pcsc]") {
    const auto stack = kiroku::kiosk::devices::test::PcscTestStack::load();
    auto reader = std::make_unique<core::ChipReader>(QString::fromStdString(stack.reader));
    QSignalSpy failed(reader.get(), &core::ChipReader::failed);
    reader->setCardWaitMs(30000);
    reader->begin(QStringLiteral("drivers_license"));
    QTest::qWait(400); // waiting inside pcscd now
    QElapsedTimer clock;
    clock.start();
    reader->cancel();
    REQUIRE((failed.count() > 0 || failed.wait(5000)));
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("Cancelled"));
    CHECK(clock.elapsed() < 1000);

    reader->begin(QStringLiteral("drivers_license"));
    QTest::qWait(400);
    clock.restart();
    reader.reset(); // stops the wait and joins the worker
    CHECK(clock.elapsed() < 1000);
}
