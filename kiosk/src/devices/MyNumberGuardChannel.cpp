#include "devices/MyNumberGuardChannel.h"

#include <algorithm>
#include <string>

namespace kiroku::kiosk::devices {

namespace {

constexpr std::uint8_t kInsSelect = 0xA4;
constexpr std::uint8_t kInsReadBinary = 0xB0;
constexpr std::uint8_t kInsReadBinaryOdd = 0xB1;
constexpr std::uint8_t kInsReadRecord = 0xB2;
constexpr std::uint8_t kInsReadRecordOdd = 0xB3;
constexpr std::uint8_t kInsVerify = 0x20;
constexpr std::uint8_t kPinReference = 0x80;
constexpr std::uint16_t kIndividualNumberFile = 0x0001;
constexpr std::uint16_t kPinFile = 0x0011;
constexpr std::uint16_t kFaceFile = 0x0002;

DeviceError refusal(const std::string& reason) {
    return DeviceError{DeviceErrorCode::ForbiddenCommand, "refused before reaching the My Number card: " + reason,
                       std::nullopt, 0, std::nullopt};
}

DeviceError individualNumberRefusal(const char* how) {
    return refusal(std::string(how) + " would address EF 00 01, the 個人番号 file, which Kiroku never reads");
}

// True when any 2-byte step of a file id or path equals EF 00 01.
bool namesIndividualNumberFile(ByteView data) noexcept {
    for (std::size_t i = 0; i + 1 < data.size(); i += 2) {
        if (((std::uint16_t{data[i]} << 8) | data[i + 1]) == kIndividualNumberFile) {
            return true;
        }
    }
    return false;
}

// The 個人番号 checks: they hold whatever the CLA, so a proprietary class cannot slip past them.
std::optional<DeviceError> forbiddenTarget(const CommandApdu& c) {
    switch (c.ins) {
    case kInsSelect:
        if (c.p1 != 0x04 && namesIndividualNumberFile(c.data)) {
            return individualNumberRefusal("SELECT");
        }
        break;
    case kInsReadBinary:
        if ((c.p1 & 0x80) != 0 && (c.p1 & 0x1F) == kIndividualNumberFile) {
            return individualNumberRefusal("READ BINARY with short EF identifier 1");
        }
        break;
    case kInsReadBinaryOdd:
        if (((std::uint16_t{c.p1} << 8) | c.p2) == kIndividualNumberFile) {
            return individualNumberRefusal("READ BINARY (B1) with file id 00 01");
        }
        break;
    case kInsReadRecord:
    case kInsReadRecordOdd:
        if ((c.p2 >> 3) == kIndividualNumberFile) {
            return individualNumberRefusal("READ RECORD with short EF identifier 1");
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool allowed(const CommandApdu& c) noexcept {
    if (c.cla != 0x00) {
        return false;
    }
    switch (c.ins) {
    case kInsSelect: {
        if (c.p1 == 0x04) {
            return std::equal(c.data.begin(), c.data.end(), std::begin(kMyNumberFaceAid), std::end(kMyNumberFaceAid));
        }
        if (c.p1 != 0x02 || c.data.size() != 2) {
            return false;
        }
        const std::uint16_t fileId = static_cast<std::uint16_t>((c.data[0] << 8) | c.data[1]);
        return fileId == kPinFile || fileId == kFaceFile;
    }
    case kInsVerify:
        return c.p1 == 0x00 && c.p2 == kPinReference && (c.data.empty() || c.data.size() == 4);
    case kInsReadBinary:
        return (c.p1 & 0x80) == 0 && c.data.empty();
    default:
        return false;
    }
}

} // namespace

std::optional<DeviceError> MyNumberGuardChannel::check(ByteView command) {
    const std::optional<CommandApdu> parsed = parseCommandApdu(command);
    if (!parsed) {
        return refusal("the command is not a well-formed APDU");
    }
    if (auto forbidden = forbiddenTarget(*parsed)) {
        return forbidden;
    }
    if (!allowed(*parsed)) {
        return refusal("command " + toHex(command.first(std::min<std::size_t>(command.size(), 4))) +
                       " is not needed to read the card face");
    }
    return std::nullopt;
}

Result<ResponseApdu, DeviceError> MyNumberGuardChannel::transmit(ByteView command) {
    if (auto refused = check(command)) {
        return Failure{std::move(*refused)};
    }
    return m_inner.transmit(command);
}

} // namespace kiroku::kiosk::devices
