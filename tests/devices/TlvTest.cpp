#include "devices/parsers/Tlv.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using kiroku::kiosk::devices::test::hex;

TEST_CASE("simple TLV elements are read in order with their offsets", "[devices][tlv]") {
    const Bytes data = hex("11 01 31 12 02 3B 33 21 00");
    auto list = parseSimpleTlv(data);
    REQUIRE(list.ok());
    REQUIRE(list->elements.size() == 3);
    CHECK(list->elements[0].tag == 0x11);
    CHECK(list->elements[0].value.size() == 1);
    CHECK(list->elements[1].tag == 0x12);
    CHECK(list->elements[1].offset == 3);
    CHECK(list->elements[1].value[1] == 0x33);
    CHECK(list->elements[2].tag == 0x21);
    CHECK(list->elements[2].value.empty());
    CHECK_FALSE(list->padded);
    CHECK(list->end == data.size());
}

TEST_CASE("padding after the last simple TLV element ends the data", "[devices][tlv]") {
    for (const char* padding : {"FF FF FF", "00 00"}) {
        const Bytes data = hex(std::string("12 02 3B 33 ") + padding);
        auto list = parseSimpleTlv(data);
        REQUIRE(list.ok());
        CHECK(list->elements.size() == 1);
        CHECK(list->padded);
        CHECK(list->end == 4);
    }
}

TEST_CASE("a simple TLV tag without its length byte is a truncated length", "[devices][tlv]") {
    auto list = parseSimpleTlv(hex("12 02 3B 33 16"));
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == ParseErrorCode::TlvTruncatedLength);
    CHECK(list.error().offset == 4);
}

TEST_CASE("a simple TLV length running past the data is a truncated value", "[devices][tlv]") {
    auto list = parseSimpleTlv(hex("12 02 3B 33 17 10 45 6C"));
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == ParseErrorCode::TlvTruncatedValue);
    CHECK(list.error().offset == 4);
    CHECK_THAT(list.error().message, Catch::Contains("16 bytes but only 2 remain"));
}

TEST_CASE("a chunked read knows when the simple TLV data is complete", "[devices][tlv]") {
    const Bytes full = hex("12 02 3B 33 21 03 31 32 33 FF FF");
    CHECK_FALSE(simpleTlvComplete(ByteView(full).first(3)));
    CHECK_FALSE(simpleTlvComplete(ByteView(full).first(4)));
    CHECK_FALSE(simpleTlvComplete(ByteView(full).first(9)));
    CHECK(simpleTlvComplete(ByteView(full).first(10)));
    CHECK_FALSE(simpleTlvComplete(ByteView{}));
}

TEST_CASE("BER-TLV reads two-byte tags and the long length forms", "[devices][tlv]") {
    auto shortForm = readBerTlv(hex("DF 21 02 AA BB"));
    REQUIRE(shortForm.ok());
    CHECK(shortForm->tag == 0xDF21);
    CHECK_FALSE(shortForm->constructed);
    CHECK(shortForm->headerLength == 3);
    CHECK(shortForm->value.size() == 2);

    Bytes long81 = hex("FF 20 81 80");
    long81.resize(long81.size() + 0x80, 0x41);
    auto form81 = readBerTlv(long81);
    REQUIRE(form81.ok());
    CHECK(form81->tag == 0xFF20);
    CHECK(form81->constructed);
    CHECK(form81->value.size() == 0x80);

    Bytes long82 = hex("FF 20 82 01 02");
    long82.resize(long82.size() + 0x102, 0x42);
    auto form82 = readBerTlv(long82);
    REQUIRE(form82.ok());
    CHECK(form82->headerLength == 5);
    CHECK(form82->totalLength() == long82.size());
}

TEST_CASE("BER-TLV refuses indefinite lengths, overlong tags and cut elements", "[devices][tlv]") {
    CHECK(readBerTlv(hex("FF 20 80 00 00")).error().code == ParseErrorCode::BerUnsupportedLength);
    CHECK(readBerTlv(hex("FF 20 84 00 00 00 01 00")).error().code == ParseErrorCode::BerUnsupportedLength);
    CHECK(readBerTlv(hex("DF 81 82 83 01 00")).error().code == ParseErrorCode::BerTagTooLong);
    CHECK(readBerTlv(hex("DF")).error().code == ParseErrorCode::BerTruncatedTag);
    CHECK(readBerTlv(hex("DF 22")).error().code == ParseErrorCode::TlvTruncatedLength);
    CHECK(readBerTlv(hex("DF 22 82 01")).error().code == ParseErrorCode::TlvTruncatedLength);
    CHECK(readBerTlv(hex("DF 22 05 41 42")).error().code == ParseErrorCode::TlvTruncatedValue);
    CHECK(readBerTlv(hex("")).error().code == ParseErrorCode::BerTruncatedTag);
}

TEST_CASE("the size of a BER-TLV element is known from its first bytes", "[devices][tlv]") {
    auto incomplete = berElementSize(hex("FF 20 82 01"));
    REQUIRE(incomplete.ok());
    CHECK_FALSE(incomplete->has_value());

    auto known = berElementSize(hex("FF 20 82 01 02 DF 21"));
    REQUIRE(known.ok());
    REQUIRE(known->has_value());
    CHECK(**known == 5 + 0x102);

    CHECK_FALSE(berElementSize(hex("FF 20 80")).ok());
}

TEST_CASE("a BER-TLV list must fill its data exactly", "[devices][tlv]") {
    auto list = parseBerTlvList(hex("DF 22 01 41 DF 23 02 42 43"));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[1].tag == 0xDF23);
    CHECK((*list)[1].offset == 4);
    CHECK_FALSE(parseBerTlvList(hex("DF 22 01 41 DF")).ok());
}
