#include "devices/parsers/JisX0208.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using kiroku::kiosk::devices::test::hex;

TEST_CASE("raw JIS X 0208 kanji decode to UTF-8", "[devices][jis]") {
    auto text = decodeJisX0208(hex("3B 33 45 44 21 21 42 40 4F 3A"));
    REQUIRE(text.ok());
    CHECK(text->utf8 == "山田　太郎");
    CHECK_FALSE(text->needsStaffInput());
}

TEST_CASE("0x2121 is the full-width space that separates family and given name", "[devices][jis]") {
    auto text = decodeJisX0208(hex("3B 33 45 44 21 21 42 40 4F 3A 21 21"));
    REQUIRE(text.ok());
    const PersonName name = splitJapaneseName(text->utf8);
    CHECK(name.family == "山田");
    CHECK(name.given == "太郎");
    CHECK(name.full == "山田　太郎");
}

TEST_CASE("a name without a full-width space is all family name", "[devices][jis]") {
    const PersonName name = splitJapaneseName("ＳＭＩＴＨ");
    CHECK(name.family == "ＳＭＩＴＨ");
    CHECK(name.given.empty());
}

TEST_CASE("kana, full-width digits and Latin letters decode", "[devices][jis]") {
    auto text = decodeJisX0208(hex("24 2C 23 32 23 41 25 22 21 29"));
    REQUIRE(text.ok());
    CHECK(text->utf8 == "が２Ａア？");
}

TEST_CASE("a 外字 in the user-defined rows becomes the marker and asks staff to type it", "[devices][jis]") {
    auto text = decodeJisX0208(hex("45 6C 76 21 45 54"));
    REQUIRE(text.ok());
    CHECK(text->utf8 == "東〓都");
    REQUIRE(text->unmappedPositions.size() == 1);
    CHECK(text->unmappedPositions[0] == 1);
    CHECK(text->needsStaffInput());
}

TEST_CASE("vendor rows and unassigned cells are not JIS X 0208 and are marked", "[devices][jis]") {
    // 2D 21 is NEC's ① (row 13), 79 21 an IBM extension (row 89), 22 2F an unassigned cell in row 2.
    auto text = decodeJisX0208(hex("2D 21 79 21 22 2F 30 21"));
    REQUIRE(text.ok());
    CHECK(text->utf8 == "〓〓〓亜");
    CHECK(text->unmappedPositions == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("bytes outside 0x21-0x7E are marked instead of being decoded", "[devices][jis]") {
    auto text = decodeJisX0208(hex("B3 B3 00 41 30 21"));
    REQUIRE(text.ok());
    CHECK(text->utf8 == "〓〓亜");
    CHECK(text->unmappedPositions.size() == 2);
}

TEST_CASE("the genuine geta mark 0x222E decodes without asking staff", "[devices][jis]") {
    auto text = decodeJisX0208(hex("22 2E"));
    REQUIRE(text.ok());
    CHECK(text->utf8 == "〓");
    CHECK_FALSE(text->needsStaffInput());
}

TEST_CASE("JIS X 0208 text with an odd number of bytes is refused", "[devices][jis]") {
    auto text = decodeJisX0208(hex("3B 33 45"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().code == ParseErrorCode::JisOddLength);
}

TEST_CASE("empty JIS text decodes to an empty string", "[devices][jis]") {
    auto text = decodeJisX0208({});
    REQUIRE(text.ok());
    CHECK(text->utf8.empty());
}

TEST_CASE("trailing full-width spaces of a fixed-width field are dropped", "[devices][jis]") {
    CHECK(trimTrailingSpaces("東京都　　 ") == "東京都");
}
