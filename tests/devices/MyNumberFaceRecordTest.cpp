#include "devices/parsers/MyNumberFaceRecord.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;
using namespace std::chrono;

namespace {

Bytes ber(std::uint32_t tag, const Bytes& value) {
    Bytes out{static_cast<std::uint8_t>(tag >> 8), static_cast<std::uint8_t>(tag)};
    if (value.size() < 0x80) {
        out.push_back(static_cast<std::uint8_t>(value.size()));
    } else if (value.size() <= 0xFF) {
        out.push_back(0x81);
        out.push_back(static_cast<std::uint8_t>(value.size()));
    } else {
        out.push_back(0x82);
        out.push_back(static_cast<std::uint8_t>(value.size() >> 8));
        out.push_back(static_cast<std::uint8_t>(value.size()));
    }
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

Bytes faceData(const Bytes& inner) {
    return concat({ber(0xFF20, inner), Bytes(16, 0xFF)});
}

Bytes standardInner(const std::string& birth = "19850415") {
    return concat({ber(0xDF21, Bytes(33, 0x00)), ber(0xDF22, ascii("番号　花子")),
                   ber(0xDF23, ascii("東京都千代田区永田町一丁目七番一号")), ber(0xDF24, ascii(birth)),
                   ber(0xDF25, ascii("2"))});
}

} // namespace

TEST_CASE("EF 00 02 yields name, address, date of birth and sex", "[devices][tlv]") {
    auto record = parseMyNumberFaceRecord(faceData(standardInner()));
    REQUIRE(record.ok());
    CHECK(record->name.family == "番号");
    CHECK(record->name.given == "花子");
    CHECK(record->address == "東京都千代田区永田町一丁目七番一号");
    CHECK(record->birthDate == year{1985} / April / 15);
    CHECK(record->sex == Sex::Female);
    CHECK(record->warnings.empty());
}

TEST_CASE("EF 00 02 with a long address uses the 82 length form", "[devices][tlv]") {
    std::string address;
    for (int i = 0; i < 40; ++i) {
        address += "東京都";
    }
    const Bytes inner = concat({ber(0xDF22, ascii("番号　太郎")), ber(0xDF23, ascii(address)),
                                ber(0xDF24, ascii("20000229")), ber(0xDF25, ascii("1"))});
    auto record = parseMyNumberFaceRecord(faceData(inner));
    REQUIRE(record.ok());
    CHECK(record->address == address);
    CHECK(record->sex == Sex::Male);
    CHECK(record->birthDate == year{2000} / February / 29);
}

TEST_CASE("EF 00 02 must start with FF 20", "[devices][tlv]") {
    auto record = parseMyNumberFaceRecord(concat({ber(0xDF22, ascii("x"))}));
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::UnexpectedTag);
}

TEST_CASE("EF 00 02 without a date of birth is refused", "[devices][tlv]") {
    const Bytes inner =
        concat({ber(0xDF22, ascii("番号　花子")), ber(0xDF23, ascii("東京都")), ber(0xDF25, ascii("2"))});
    auto record = parseMyNumberFaceRecord(faceData(inner));
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MissingField);
    CHECK_THAT(record.error().message, Catch::Contains("DF 24"));
}

TEST_CASE("EF 00 02 text that is not UTF-8 is refused", "[devices][tlv]") {
    const Bytes inner = concat({ber(0xDF22, hex("E3 80")), ber(0xDF23, ascii("東京都")), ber(0xDF24, ascii("19850415")),
                                ber(0xDF25, ascii("2"))});
    CHECK(parseMyNumberFaceRecord(faceData(inner)).error().code == ParseErrorCode::InvalidUtf8);
}

TEST_CASE("EF 00 02 with an impossible birth date is refused", "[devices][tlv]") {
    CHECK(parseMyNumberFaceRecord(faceData(standardInner("19850231"))).error().code ==
          ParseErrorCode::DateDayOutOfRange);
}

TEST_CASE("unknown tags inside FF 20 are reported", "[devices][tlv]") {
    const Bytes inner = concat({standardInner(), ber(0xDF30, ascii("?"))});
    auto record = parseMyNumberFaceRecord(faceData(inner));
    REQUIRE(record.ok());
    CHECK(record->unknownTags == std::vector<std::uint32_t>{0xDF30});
}

TEST_CASE("a cut FF 20 element is refused as garbled TLV", "[devices][tlv]") {
    Bytes data = faceData(standardInner());
    data.resize(40);
    CHECK(parseMyNumberFaceRecord(data).error().code == ParseErrorCode::TlvTruncatedValue);
}

TEST_CASE("UTF-8 validation refuses overlong forms, surrogates and stray bytes", "[devices]") {
    CHECK(isValidUtf8(ascii("abc 東京 𠮷")));
    CHECK_FALSE(isValidUtf8(hex("C0 AF")));
    CHECK_FALSE(isValidUtf8(hex("E0 80 AF")));
    CHECK_FALSE(isValidUtf8(hex("ED A0 80")));
    CHECK_FALSE(isValidUtf8(hex("F4 90 80 80")));
    CHECK_FALSE(isValidUtf8(hex("80")));
    CHECK_FALSE(isValidUtf8(hex("E3 80")));
}
