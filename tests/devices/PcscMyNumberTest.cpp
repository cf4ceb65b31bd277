// The My Number card face read through the real pcscd, vpcd and an emulated card that logs every command.
#include "devices/CardIdentification.h"
#include "devices/MyNumberCardReader.h"
#include "support/EmulatedCard.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;
using namespace std::chrono;

namespace {

// Whether a logged command (hex text) addresses EF 00 01, the 個人番号: checked on the card's own log, so it
// covers commands from every program on the PC/SC stack, not only Kiroku's.
bool addressesIndividualNumber(const std::string& line) {
    const Bytes command = hex(line);
    if (command.size() < 4) {
        return false;
    }
    const std::uint8_t ins = command[1], p1 = command[2], p2 = command[3];
    if (ins == 0xA4 && p1 != 0x04 && command.size() >= 7) {
        for (std::size_t i = 5; i + 1 < command.size(); i += 2) {
            if (command[i] == 0x00 && command[i + 1] == 0x01) {
                return true;
            }
        }
    }
    return (ins == 0xB0 && (p1 & 0x80) != 0 && (p1 & 0x1F) == 1) || (ins == 0xB1 && p1 == 0x00 && p2 == 0x01);
}

std::vector<std::string> commandsIn(const std::string& log) {
    std::vector<std::string> lines = readLines(log);
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("#"); }),
                lines.end());
    return lines;
}

} // namespace

TEST_CASE("a My Number card's face is read: name, address, date of birth and sex", "[devices][pcsc]") {
    const std::string log = scratchPath("mynumber-apdu.log");
    EmulatedCard card(EmulatedCard::Options::myNumber().logTo(log));
    auto channel = card.connect();
    MyNumberCardReader reader(*channel);

    auto state = reader.pinState();
    REQUIRE(state.ok());
    CHECK(state->triesLeft == 3);
    REQUIRE(reader.verifyPin("1234").ok());
    auto record = reader.readFaceData();
    REQUIRE(record.ok());
    CHECK(record->name.family == "番号");
    CHECK(record->name.given == "花子");
    CHECK(record->address == "東京都千代田区永田町一丁目七番一号　国会議事堂前ハイツ１０１号室");
    CHECK(record->birthDate == year{1985} / April / 15);
    CHECK(record->sex == Sex::Female);
}

TEST_CASE("the My Number card's own log shows that EF 00 01 was never selected or read", "[devices][pcsc]") {
    const std::string log = scratchPath("mynumber-apdu.log");
    {
        EmulatedCard card(EmulatedCard::Options::myNumber().logTo(log));
        auto channel = card.connect();
        auto kind = identifyCard(*channel);
        REQUIRE(kind.ok());
        CHECK(kind.value() == CardKind::MyNumberCard);
        REQUIRE(channel->reset().ok());
        MyNumberCardReader reader(*channel);
        REQUIRE(reader.verifyPin("1234").ok());
        REQUIRE(reader.readFaceData().ok());
        // A forbidden command offered directly to the guard stops there.
        MyNumberGuardChannel guard(*channel);
        auto refused = guard.transmit(hex("00 A4 02 0C 02 00 01"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == DeviceErrorCode::ForbiddenCommand);
    }
    const std::vector<std::string> commands = commandsIn(log);
    // The log really holds the session: the card-face file was selected and read.
    CHECK(std::find(commands.begin(), commands.end(), "00 A4 02 0C 02 00 02") != commands.end());
    CHECK(std::any_of(commands.begin(), commands.end(), [](const std::string& l) { return l.starts_with("00 B0"); }));
    for (const std::string& line : commands) {
        INFO(line);
        CHECK_FALSE(addressesIndividualNumber(line));
    }
}

TEST_CASE("the forbidden-command check on the log recognises a SELECT of EF 00 01", "[devices]") {
    CHECK(addressesIndividualNumber("00 A4 02 0C 02 00 01"));
    CHECK(addressesIndividualNumber("00 A4 08 0C 04 3F 00 00 01"));
    CHECK(addressesIndividualNumber("00 B0 81 00 00"));
    CHECK_FALSE(addressesIndividualNumber("00 A4 02 0C 02 00 02"));
    CHECK_FALSE(addressesIndividualNumber("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"));
}

TEST_CASE("a wrong My Number PIN shows the tries left and is never retried", "[devices][pcsc]") {
    const std::string log = scratchPath("mynumber-apdu.log");
    EmulatedCard card(EmulatedCard::Options::myNumber().logTo(log));
    auto channel = card.connect();
    MyNumberCardReader reader(*channel);
    auto wrong = reader.verifyPin("0000");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == DeviceErrorCode::WrongPin);
    CHECK(wrong.error().triesLeft == 2);
    const auto commands = commandsIn(log);
    CHECK(std::count_if(commands.begin(), commands.end(),
                        [](const std::string& l) { return l.starts_with("00 20 00 80 04"); }) == 1);
    auto face = reader.readFaceData();
    REQUIRE_FALSE(face.ok());
    CHECK(face.error().code == DeviceErrorCode::SecurityStatusNotSatisfied);
}

TEST_CASE("with one My Number PIN try left nothing is sent until staff confirm", "[devices][pcsc]") {
    const std::string log = scratchPath("mynumber-apdu.log");
    EmulatedCard card(EmulatedCard::Options::myNumber().withTries(1).logTo(log));
    auto channel = card.connect();
    MyNumberCardReader reader(*channel);
    auto refused = reader.verifyPin("1234");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == DeviceErrorCode::LastTryNeedsStaffConfirmation);
    const auto commands = commandsIn(log);
    CHECK(std::none_of(commands.begin(), commands.end(),
                       [](const std::string& l) { return l.starts_with("00 20 00 80 04"); }));
}
