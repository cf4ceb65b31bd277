#include "devices/DeviceError.h"
#include "devices/PcscContext.h"

#include <PCSC/pcsclite.h>

#include <catch2/catch.hpp>

#include <set>

using namespace kiroku::kiosk::devices;

TEST_CASE("63 Cn is a wrong PIN with n tries left, 63 C0 a locked one", "[devices]") {
    const DeviceError two = errorFromStatusWord(0x63C2, "verifying");
    CHECK(two.code == DeviceErrorCode::WrongPin);
    CHECK(two.triesLeft == 2);
    CHECK(two.message == "verifying: wrong PIN, 2 tries left");
    CHECK(errorFromStatusWord(0x63C1, "verifying").message == "verifying: wrong PIN, 1 try left");

    const DeviceError none = errorFromStatusWord(0x63C0, "verifying");
    CHECK(none.code == DeviceErrorCode::PinLocked);
    CHECK(none.triesLeft == 0);
}

TEST_CASE("each status word that matters at the counter has its own error code", "[devices]") {
    CHECK(errorFromStatusWord(0x6983, "x").code == DeviceErrorCode::PinLocked);
    CHECK(errorFromStatusWord(0x6984, "x").code == DeviceErrorCode::PinLocked);
    CHECK(errorFromStatusWord(0x6982, "x").code == DeviceErrorCode::SecurityStatusNotSatisfied);
    CHECK(errorFromStatusWord(0x6A82, "x").code == DeviceErrorCode::UnsupportedCard);
    const DeviceError other = errorFromStatusWord(0x6F00, "reading");
    CHECK(other.code == DeviceErrorCode::CardError);
    CHECK(other.statusWord == 0x6F00);
    CHECK(other.message == "reading: the card answered 6F 00");
}

TEST_CASE("PC/SC failures map to reader, card and service outcomes", "[devices]") {
    CHECK(errorFromPcsc(SCARD_W_REMOVED_CARD, "x").code == DeviceErrorCode::CardRemoved);
    CHECK(errorFromPcsc(SCARD_W_RESET_CARD, "x").code == DeviceErrorCode::CardRemoved);
    CHECK(errorFromPcsc(SCARD_E_NO_SMARTCARD, "x").code == DeviceErrorCode::NoCard);
    CHECK(errorFromPcsc(SCARD_E_READER_UNAVAILABLE, "x").code == DeviceErrorCode::ReaderRemoved);
    CHECK(errorFromPcsc(SCARD_E_UNKNOWN_READER, "x").code == DeviceErrorCode::ReaderRemoved);
    CHECK(errorFromPcsc(SCARD_E_NO_READERS_AVAILABLE, "x").code == DeviceErrorCode::NoReader);
    CHECK(errorFromPcsc(SCARD_E_NO_SERVICE, "x").code == DeviceErrorCode::ServiceUnavailable);
    CHECK(errorFromPcsc(SCARD_E_SHARING_VIOLATION, "x").code == DeviceErrorCode::ReaderBusy);
    CHECK(errorFromPcsc(SCARD_E_TIMEOUT, "x").code == DeviceErrorCode::Timeout);
    CHECK(errorFromPcsc(SCARD_E_CANCELLED, "x").code == DeviceErrorCode::Cancelled);
    CHECK(errorFromPcsc(SCARD_F_COMM_ERROR, "x").code == DeviceErrorCode::TransmitFailed);
}

TEST_CASE("parser refusals become garbled TLV, unexpected tag or invalid record", "[devices]") {
    CHECK(errorFromParseError({ParseErrorCode::TlvTruncatedValue, "cut", 3}, "EF01").code ==
          DeviceErrorCode::GarbledTlv);
    CHECK(errorFromParseError({ParseErrorCode::BerUnsupportedLength, "80", 2}, "EF 00 02").code ==
          DeviceErrorCode::GarbledTlv);
    const DeviceError tag = errorFromParseError({ParseErrorCode::UnexpectedTag, "starts with DF 22", 0}, "EF 00 02");
    CHECK(tag.code == DeviceErrorCode::UnexpectedTag);
    CHECK(tag.message == "EF 00 02: starts with DF 22");
    REQUIRE(tag.parseError.has_value());
    CHECK(tag.parseError->code == ParseErrorCode::UnexpectedTag);
    CHECK(errorFromParseError({ParseErrorCode::DateDayOutOfRange, "day", 0}, "EF01").code ==
          DeviceErrorCode::InvalidRecord);
}

TEST_CASE("every device error code has a distinct name", "[devices]") {
    std::set<std::string_view> names;
    for (int code = 0; code <= static_cast<int>(DeviceErrorCode::TransmitFailed); ++code) {
        names.insert(toString(static_cast<DeviceErrorCode>(code)));
    }
    CHECK(names.size() == static_cast<std::size_t>(DeviceErrorCode::TransmitFailed) + 1);
    CHECK(names.count("Unknown") == 0);
}
