#include "devices/Apdu.h"

namespace kiroku::kiosk::devices {

std::optional<CommandApdu> parseCommandApdu(ByteView command) noexcept {
    if (command.size() < 4) {
        return std::nullopt;
    }
    CommandApdu apdu{command[0], command[1], command[2], command[3], {}, std::nullopt};
    const std::size_t size = command.size();
    if (size == 4) {
        return apdu; // case 1
    }
    if (size == 5) {
        apdu.le = command[4] == 0 ? 256 : command[4]; // case 2 short
        return apdu;
    }
    if (command[4] != 0) {
        const std::size_t lc = command[4];
        if (size == 5 + lc) {
            apdu.data = command.subspan(5, lc); // case 3 short
            return apdu;
        }
        if (size == 6 + lc) {
            apdu.data = command.subspan(5, lc); // case 4 short
            apdu.le = command[5 + lc] == 0 ? 256 : command[5 + lc];
            return apdu;
        }
        return std::nullopt;
    }
    // Extended length: 00 then two bytes.
    if (size < 7) {
        return std::nullopt;
    }
    const std::size_t first = (std::size_t{command[5]} << 8) | command[6];
    if (size == 7) {
        apdu.le = first == 0 ? 65536 : first; // case 2 extended
        return apdu;
    }
    if (first == 0) {
        return std::nullopt;
    }
    if (size == 7 + first) {
        apdu.data = command.subspan(7, first); // case 3 extended
        return apdu;
    }
    if (size == 9 + first) {
        apdu.data = command.subspan(7, first); // case 4 extended
        const std::size_t le = (std::size_t{command[7 + first]} << 8) | command[8 + first];
        apdu.le = le == 0 ? 65536 : le;
        return apdu;
    }
    return std::nullopt;
}

namespace apdu {

Bytes selectFile(std::uint16_t fileId) {
    return {
        0x00, 0xA4, 0x02, 0x0C, 0x02, static_cast<std::uint8_t>(fileId >> 8), static_cast<std::uint8_t>(fileId & 0xFF)};
}

Bytes selectApplication(ByteView aid) {
    Bytes command{0x00, 0xA4, 0x04, 0x0C, static_cast<std::uint8_t>(aid.size())};
    command.insert(command.end(), aid.begin(), aid.end());
    return command;
}

Bytes readBinary(std::uint16_t offset, std::uint8_t le) {
    return {0x00, 0xB0, static_cast<std::uint8_t>((offset >> 8) & 0x7F), static_cast<std::uint8_t>(offset & 0xFF), le};
}

Bytes verifyStatus(std::uint8_t reference) {
    return {0x00, 0x20, 0x00, reference};
}

Bytes verify(std::uint8_t reference, ByteView pin) {
    Bytes command{0x00, 0x20, 0x00, reference, static_cast<std::uint8_t>(pin.size())};
    command.insert(command.end(), pin.begin(), pin.end());
    return command;
}

} // namespace apdu

} // namespace kiroku::kiosk::devices
