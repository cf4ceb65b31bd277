#include "devices/MyNumberCardReader.h"

#include "devices/parsers/Tlv.h"

#include <string>

namespace kiroku::kiosk::devices {

namespace {

constexpr std::uint16_t kPinFile = 0x0011;
constexpr std::uint16_t kFaceFile = 0x0002;
// Enough for FF 20 82 hi lo: tag, long-form length.
constexpr std::uint8_t kHeaderRead = 8;
constexpr std::uint8_t kChunk = 0xFF;

} // namespace

using namespace card_commands;

Result<Done, DeviceError> MyNumberCardReader::selectPinFile() {
    if (auto ap = transmitExpectingSuccess(m_guard, apdu::selectApplication(kMyNumberFaceAid),
                                           "selecting the My Number card-face application");
        !ap) {
        return Failure{std::move(ap).error()};
    }
    if (auto pinFile = transmitExpectingSuccess(m_guard, apdu::selectFile(kPinFile), "selecting the PIN file");
        !pinFile) {
        return Failure{std::move(pinFile).error()};
    }
    return Done{};
}

Result<PinState, DeviceError> MyNumberCardReader::pinState() {
    if (auto selected = selectPinFile(); !selected) {
        return Failure{std::move(selected).error()};
    }
    return queryPin(m_guard, kPinReference, "asking the My Number card for PIN tries");
}

Result<Done, DeviceError> MyNumberCardReader::verifyPin(std::string_view pin, StaffConfirmation confirmation) {
    if (auto selected = selectPinFile(); !selected) {
        return Failure{std::move(selected).error()};
    }
    return verifyPinOnce(m_guard, kPinReference, pin, confirmation, {}, "verifying the My Number card-face PIN");
}

Result<MyNumberFaceRecord, DeviceError> MyNumberCardReader::readFaceData() {
    if (auto selected = transmitExpectingSuccess(m_guard, apdu::selectFile(kFaceFile), "selecting EF 00 02");
        !selected) {
        return Failure{std::move(selected).error()};
    }
    auto header = readBinary(
        m_guard, kHeaderRead, kHeaderRead, [](ByteView) { return false; }, "reading EF 00 02");
    if (!header) {
        return Failure{std::move(header).error()};
    }
    auto size = berElementSize(header.value());
    if (!size) {
        return Failure{errorFromParseError(std::move(size).error(), "EF 00 02")};
    }
    if (!size->has_value() || **size > kMaxFaceDataSize) {
        ParseError garbled{ParseErrorCode::TlvTruncatedValue,
                           size->has_value()
                               ? "announces " + std::to_string(**size) + " bytes, more than EF 00 02 holds"
                               : "ends inside its first tag and length",
                           0};
        return Failure{errorFromParseError(std::move(garbled), "EF 00 02")};
    }
    const std::size_t total = **size;
    auto body = readBinary(
        m_guard, total, kChunk, [](ByteView) { return false; }, "reading EF 00 02", std::move(header).value());
    if (!body) {
        return Failure{std::move(body).error()};
    }
    auto record = parseMyNumberFaceRecord(body.value());
    if (!record) {
        return Failure{errorFromParseError(std::move(record).error(), "EF 00 02")};
    }
    return std::move(record).value();
}

} // namespace kiroku::kiosk::devices
