#include "devices/LicenseCardReader.h"
#include "support/Hex.h"
#include "support/ScriptedChannel.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;

namespace {

// EF01 of 300 bytes of TLV then padding, so that reading takes more than one piece.
Bytes sampleEf01() {
    Bytes data = concat({tlv(0x12, hex("3B 33 45 44 21 21 42 40 4F 3A")), tlv(0x16, ascii("3480615")),
                         tlv(0x17, hex("45 6C 35 7E 45 54")), tlv(0x18, ascii("5040401")), tlv(0x1B, ascii("5090715")),
                         tlv(0x1C, Bytes(200, 0x21)), tlv(0x21, ascii("301234567810"))});
    data.resize(LicenseCardReader::kEf01Size, 0xFF);
    return data;
}

Result<ResponseApdu, DeviceError> readFrom(const Bytes& file, const Bytes& command) {
    const std::size_t offset = (std::size_t{command[2]} << 8) | command[3];
    const std::size_t length = command[4] == 0 ? 256 : command[4];
    if (offset > file.size()) {
        return answer({}, 0x6B00);
    }
    const std::size_t end = std::min(file.size(), offset + length);
    return answer(
        Bytes(file.begin() + static_cast<std::ptrdiff_t>(offset), file.begin() + static_cast<std::ptrdiff_t>(end)));
}

} // namespace

TEST_CASE("EF01 is read in pieces at increasing offsets and reading stops at the TLV end", "[devices][tlv]") {
    const Bytes ef01 = sampleEf01();
    ScriptedChannel card([&](const Bytes& command, std::size_t) -> Result<ResponseApdu, DeviceError> {
        return command[1] == 0xB0 ? readFrom(ef01, command) : answer({});
    });
    LicenseCardReader reader(card);
    reader.setChunkSize(0x80);
    auto record = reader.readRecord();
    REQUIRE(record.ok());
    CHECK(record->name.full == "山田　太郎");
    CHECK(record->address == "東京都");

    std::vector<Bytes> reads;
    for (const Bytes& sent : card.sent()) {
        if (sent[1] == 0xB0) {
            reads.push_back(sent);
        }
    }
    REQUIRE(reads.size() == 3); // 0, 128, 256: the padding appears in the third piece, 880 is never reached
    CHECK(reads[0] == hex("00 B0 00 00 80"));
    CHECK(reads[1] == hex("00 B0 00 80 80"));
    CHECK(reads[2] == hex("00 B0 01 00 80"));
    CHECK(card.sent()[0] == hex("00 A4 04 0C 10 A0 00 00 02 31 01 00 00 00 00 00 00 00 00 00 00"));
    CHECK(card.sent()[1] == hex("00 A4 02 0C 02 00 01"));
}

TEST_CASE("a reader unplugged in the middle of EF01 reports ReaderRemoved", "[devices]") {
    const Bytes ef01 = sampleEf01();
    ScriptedChannel card([&](const Bytes& command, std::size_t index) -> Result<ResponseApdu, DeviceError> {
        if (index == 3) {
            return Failure{DeviceError{DeviceErrorCode::ReaderRemoved,
                                       "reading the card: the card reader was "
                                       "disconnected",
                                       std::nullopt, 0, std::nullopt}};
        }
        return command[1] == 0xB0 ? readFrom(ef01, command) : answer({});
    });
    LicenseCardReader reader(card);
    auto record = reader.readRecord();
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == DeviceErrorCode::ReaderRemoved);
    CHECK(card.sent().size() == 4);
}

TEST_CASE("a PIN that is not four digits is refused before anything is sent", "[devices]") {
    for (const char* pin : {"123", "12345", "12a4", "", "＊＊＊＊"}) {
        ScriptedChannel card(
            [](const Bytes&, std::size_t) -> Result<ResponseApdu, DeviceError> { return answer({}, 0x63C3); });
        LicenseCardReader reader(card);
        auto verified = reader.verifyPin(pin);
        INFO(pin);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().code == DeviceErrorCode::InvalidPinFormat);
        CHECK(card.sent().empty());
    }
}

TEST_CASE("an already verified PIN is not sent again", "[devices]") {
    ScriptedChannel card([](const Bytes&, std::size_t) -> Result<ResponseApdu, DeviceError> { return answer({}); });
    LicenseCardReader reader(card);
    REQUIRE(reader.verifyPin("1234").ok());
    REQUIRE(card.sent().size() == 1);
    CHECK(card.sent()[0] == hex("00 20 00 81"));
}

TEST_CASE("a card that ends EF01 early with 62 82 is read up to that point", "[devices][tlv]") {
    const Bytes ef01 =
        concat({tlv(0x12, hex("30 21")), tlv(0x16, ascii("3480615")), tlv(0x17, hex("30 21")),
                tlv(0x18, ascii("5040401")), tlv(0x1B, ascii("5090715")), tlv(0x21, ascii("301234567810"))});
    ScriptedChannel card([&](const Bytes& command, std::size_t) -> Result<ResponseApdu, DeviceError> {
        if (command[1] != 0xB0) {
            return answer({});
        }
        auto piece = readFrom(ef01, command);
        piece->statusWord = 0x6282;
        return piece;
    });
    LicenseCardReader reader(card);
    auto record = reader.readRecord();
    REQUIRE(record.ok());
    CHECK(record->name.family == "亜");
}
