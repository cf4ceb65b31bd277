#include "devices/CardCommands.h"

#include <algorithm>
#include <string>

namespace kiroku::kiosk::devices::card_commands {

namespace {

bool isPinFormat(std::string_view pin, std::string_view alternative) noexcept {
    if (!alternative.empty() && pin == alternative) {
        return true;
    }
    return pin.size() == 4 && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

Result<ResponseApdu, DeviceError> transmitExpectingSuccess(CardChannel& channel, ByteView command,
                                                           std::string_view during) {
    auto response = channel.transmit(command);
    if (!response) {
        return response;
    }
    if (!response->success()) {
        return Failure{errorFromStatusWord(response->statusWord, during)};
    }
    return response;
}

Result<PinState, DeviceError> queryPin(CardChannel& channel, std::uint8_t reference, std::string_view during) {
    auto response = channel.transmit(apdu::verifyStatus(reference));
    if (!response) {
        return Failure{std::move(response).error()};
    }
    if (response->success()) {
        return PinState{0, true};
    }
    if (response->sw1() == 0x63 && (response->sw2() & 0xF0) == 0xC0 && (response->sw2() & 0x0F) > 0) {
        return PinState{response->sw2() & 0x0F, false};
    }
    return Failure{errorFromStatusWord(response->statusWord, during)};
}

Result<Done, DeviceError> verifyPinOnce(CardChannel& channel, std::uint8_t reference, std::string_view pin,
                                        StaffConfirmation confirmation, std::string_view allowedAlternative,
                                        std::string_view during) {
    if (!isPinFormat(pin, allowedAlternative)) {
        return Failure{DeviceError{DeviceErrorCode::InvalidPinFormat,
                                   std::string(during) + ": the PIN must be 4 digits; nothing was sent to the card",
                                   std::nullopt, 0, std::nullopt}};
    }
    auto state = queryPin(channel, reference, during);
    if (!state) {
        return Failure{std::move(state).error()};
    }
    if (state->verified) {
        return Done{};
    }
    if (state->triesLeft <= 1 && confirmation != StaffConfirmation::LastTryConfirmed) {
        return Failure{DeviceError{DeviceErrorCode::LastTryNeedsStaffConfirmation,
                                   std::string(during) +
                                       ": only 1 try is left; a wrong PIN now locks the card, so staff must confirm",
                                   state->triesLeft, 0, std::nullopt}};
    }
    auto response = channel.transmit(apdu::verify(reference, asBytes(pin)));
    if (!response) {
        return Failure{std::move(response).error()};
    }
    if (!response->success()) {
        return Failure{errorFromStatusWord(response->statusWord, during)};
    }
    return Done{};
}

} // namespace kiroku::kiosk::devices::card_commands
