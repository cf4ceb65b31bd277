#pragma once

#include "devices/CardChannel.h"

#include <PCSC/winscard.h>

#include <string>

namespace kiroku::kiosk::devices {

/// A card connected through pcscd. Holds the reader exclusively, so no other program sees the card while Kiroku
/// reads it, and resets the card on destruction so that a verified PIN does not outlive the read.
/// Use it from one thread (PC/SC handles are not shared between threads). Made by PcscContext::connect().
class PcscCardChannel final : public CardChannel {
public:
    PcscCardChannel(SCARDHANDLE card, DWORD protocol, std::string reader) noexcept;
    ~PcscCardChannel() override;

    /// Sends one command. Handles 61 xx (GET RESPONSE) and 6C xx (resend with the right Le) itself, so callers
    /// see one answer. Errors: CardRemoved, ReaderRemoved, ServiceUnavailable, ReaderBusy, TransmitFailed.
    [[nodiscard]] Result<ResponseApdu, DeviceError> transmit(ByteView command) override;

    /// Resets the card (warm reset, still exclusive): its security state and selected files start afresh.
    /// Errors as transmit().
    [[nodiscard]] Result<Done, DeviceError> reset();

    [[nodiscard]] const std::string& readerName() const noexcept { return m_reader; }

private:
    [[nodiscard]] Result<ResponseApdu, DeviceError> transmitOnce(ByteView command);
    [[nodiscard]] DeviceError transmitError(long code);

    SCARDHANDLE m_card;
    DWORD m_protocol;
    std::string m_reader;
};

} // namespace kiroku::kiosk::devices
