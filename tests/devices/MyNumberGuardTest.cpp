#include "devices/MyNumberCardReader.h"
#include "devices/MyNumberGuardChannel.h"
#include "support/Hex.h"
#include "support/ScriptedChannel.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;

namespace {

ScriptedChannel acceptingEverything() {
    return ScriptedChannel([](const Bytes&, std::size_t) -> Result<ResponseApdu, DeviceError> { return answer({}); });
}

} // namespace

TEST_CASE("the guard refuses every way of addressing EF 00 01 and the card never sees it", "[devices]") {
    const char* forbidden[] = {
        "00 A4 02 0C 02 00 01",          // SELECT EF under the current DF
        "00 A4 02 00 02 00 01 00",       // same, asking for the FCI
        "00 A4 00 0C 02 00 01",          // SELECT by file id
        "00 A4 08 0C 04 3F 00 00 01",    // SELECT by path from the MF
        "00 A4 09 0C 04 DF 01 00 01",    // SELECT by path from the current DF
        "00 A4 02 0C 00 00 02 00 01",    // extended length
        "0C A4 02 0C 02 00 01",          // secure-messaging class
        "00 B0 81 00 00",                // READ BINARY with short EF identifier 1
        "00 B0 81 00 0C",                //
        "00 B1 00 01 04 54 02 00 00 00", // odd READ BINARY naming file 00 01
        "00 B2 01 0C 00",                // READ RECORD with short EF identifier 1
    };
    for (const char* command : forbidden) {
        ScriptedChannel card = acceptingEverything();
        MyNumberGuardChannel guard(card);
        auto response = guard.transmit(hex(command));
        INFO(command);
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == DeviceErrorCode::ForbiddenCommand);
        CHECK_THAT(response.error().message, Catch::Contains("00 01"));
        CHECK(card.sent().empty());
    }
}

TEST_CASE("the guard lets through exactly the commands needed to read the card face", "[devices]") {
    const char* allowed[] = {
        "00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08", // 券面事項入力補助AP
        "00 A4 02 0C 02 00 11",                         // PIN EF
        "00 A4 02 0C 02 00 02",                         // card face EF
        "00 20 00 80",                                  // tries left
        "00 20 00 80 04 31 32 33 34",                   // VERIFY
        "00 B0 00 00 08",                               // READ BINARY at an offset
        "00 B0 00 FF FF",
    };
    for (const char* command : allowed) {
        ScriptedChannel card = acceptingEverything();
        MyNumberGuardChannel guard(card);
        INFO(command);
        CHECK(guard.transmit(hex(command)).ok());
        CHECK(card.sent().size() == 1);
    }
}

TEST_CASE("the guard refuses commands the card-face read does not need", "[devices]") {
    const char* refused[] = {
        "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", // another application (JPKI)
        "00 A4 02 0C 02 00 03",                         // another EF
        "00 84 00 00 08",                               // GET CHALLENGE
        "00 20 00 81 04 31 32 33 34",                   // another PIN
        "00 B0 82 00 00",                               // READ BINARY with a short EF identifier
        "80 CA 00 00 00",                               // proprietary class
        "00 A4",                                        // malformed
        "00 A4 02 0C 05 00 02",                         // Lc does not match
    };
    for (const char* command : refused) {
        ScriptedChannel card = acceptingEverything();
        MyNumberGuardChannel guard(card);
        auto response = guard.transmit(hex(command));
        INFO(command);
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == DeviceErrorCode::ForbiddenCommand);
        CHECK(card.sent().empty());
    }
}

TEST_CASE("the My Number reader sends nothing the guard would refuse", "[devices]") {
    const Bytes face = hex("FF 20 1B DF 22 03 41 42 43 DF 23 03 44 45 46 DF 24 08 31 39 38 35 30 34 31 35 DF 25 01 32");
    ScriptedChannel card([&](const Bytes& command, std::size_t) -> Result<ResponseApdu, DeviceError> {
        if (command[1] == 0xB0) {
            const std::size_t offset = (std::size_t{command[2]} << 8) | command[3];
            const std::size_t length = command[4] == 0 ? 256 : command[4];
            const std::size_t end = std::min(face.size(), offset + length);
            return answer(Bytes(face.begin() + static_cast<std::ptrdiff_t>(std::min(offset, end)),
                                face.begin() + static_cast<std::ptrdiff_t>(end)));
        }
        if (command == hex("00 20 00 80")) {
            return answer({}, 0x63C3);
        }
        return answer({});
    });
    MyNumberCardReader reader(card);
    REQUIRE(reader.pinState().value().triesLeft == 3);
    REQUIRE(reader.verifyPin("1234").ok());
    auto record = reader.readFaceData();
    REQUIRE(record.ok());
    CHECK(record->name.family == "ABC");
    CHECK(record->address == "DEF");
    CHECK(record->sex == Sex::Female);
    for (const Bytes& sent : card.sent()) {
        CHECK_FALSE(MyNumberGuardChannel::check(sent).has_value());
    }
}
