#include "devices/LicenseCardReader.h"

#include "devices/parsers/Tlv.h"

namespace kiroku::kiosk::devices {

namespace {

constexpr std::uint16_t kCommonDataFile = 0x2F01;
constexpr std::uint16_t kPinSettingFile = 0x000A;
constexpr std::uint16_t kEf01 = 0x0001;

} // namespace

using namespace card_commands;

Result<LicenseCommonData, DeviceError> LicenseCardReader::readCommonData() {
    if (auto selected =
            transmitExpectingSuccess(m_channel, apdu::selectFile(kCommonDataFile), "selecting the license common data");
        !selected) {
        return Failure{std::move(selected).error()};
    }
    auto read = transmitExpectingSuccess(m_channel, apdu::readBinary(0, 0x11), "reading the license common data");
    if (!read) {
        return Failure{std::move(read).error()};
    }
    auto common = parseLicenseCommonData(read->data);
    if (!common) {
        return Failure{errorFromParseError(std::move(common).error(), "license common data")};
    }
    return std::move(common).value();
}

Result<bool, DeviceError> LicenseCardReader::pinIsSet() {
    if (auto selected =
            transmitExpectingSuccess(m_channel, apdu::selectFile(kPinSettingFile), "selecting the PIN setting");
        !selected) {
        return Failure{std::move(selected).error()};
    }
    auto read = transmitExpectingSuccess(m_channel, apdu::readBinary(0, 0x03), "reading the PIN setting");
    if (!read) {
        return Failure{std::move(read).error()};
    }
    auto setting = parseLicensePinSetting(read->data);
    if (!setting) {
        return Failure{errorFromParseError(std::move(setting).error(), "license PIN setting")};
    }
    return setting.value();
}

Result<PinState, DeviceError> LicenseCardReader::pinState() {
    return queryPin(m_channel, kPin1Reference, "asking the license for PIN1 tries");
}

Result<Done, DeviceError> LicenseCardReader::verifyPin(std::string_view pin, StaffConfirmation confirmation) {
    return verifyPinOnce(m_channel, kPin1Reference, pin, confirmation, kLicenseDefaultPin,
                         "verifying the license PIN1");
}

Result<LicenseRecord, DeviceError> LicenseCardReader::readRecord() {
    if (auto df1 =
            transmitExpectingSuccess(m_channel, apdu::selectApplication(kLicenseDf1Aid), "selecting the license DF1");
        !df1) {
        return Failure{std::move(df1).error()};
    }
    if (auto ef01 = transmitExpectingSuccess(m_channel, apdu::selectFile(kEf01), "selecting the license EF01"); !ef01) {
        return Failure{std::move(ef01).error()};
    }
    auto data = readBinary(
        m_channel, kEf01Size, m_chunk, [](ByteView read) { return simpleTlvComplete(read); },
        "reading the license EF01");
    if (!data) {
        return Failure{std::move(data).error()};
    }
    auto record = parseLicenseRecord(data.value());
    if (!record) {
        return Failure{errorFromParseError(std::move(record).error(), "license EF01")};
    }
    return std::move(record).value();
}

} // namespace kiroku::kiosk::devices
