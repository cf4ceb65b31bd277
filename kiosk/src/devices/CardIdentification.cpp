#include "devices/CardIdentification.h"

#include "devices/MyNumberGuardChannel.h"

namespace kiroku::kiosk::devices {

Result<CardKind, DeviceError> identifyCard(CardChannel& channel) {
    MyNumberGuardChannel guard(channel);
    auto myNumber = guard.transmit(apdu::selectApplication(kMyNumberFaceAid));
    if (!myNumber) {
        return Failure{std::move(myNumber).error()};
    }
    if (myNumber->success()) {
        return CardKind::MyNumberCard;
    }
    auto license = channel.transmit(apdu::selectApplication(kLicenseDf1Aid));
    if (!license) {
        return Failure{std::move(license).error()};
    }
    return license->success() ? CardKind::DriversLicense : CardKind::Unknown;
}

} // namespace kiroku::kiosk::devices
