#include "devices/PcscCardChannel.h"

#include "devices/PcscContext.h"

#include <PCSC/pcsclite.h>

#include <array>
#include <chrono>
#include <thread>

namespace kiroku::kiosk::devices {

namespace {

// Enough for any short or extended answer plus the status word.
constexpr std::size_t kReceiveBufferSize = 65536 + 2;
// 61 xx chains are bounded so that a misbehaving card cannot keep us looping.
constexpr int kMaxGetResponse = 64;
// How long to wait for pcscd to confirm that a card which stopped answering was taken away.
constexpr std::chrono::milliseconds kRemovalGrace{2000};

} // namespace

PcscCardChannel::PcscCardChannel(SCARDHANDLE card, DWORD protocol, std::string reader) noexcept
    : m_card(card), m_protocol(protocol), m_reader(std::move(reader)) {}

PcscCardChannel::~PcscCardChannel() {
    SCardDisconnect(m_card, SCARD_RESET_CARD);
}

Result<ResponseApdu, DeviceError> PcscCardChannel::transmitOnce(ByteView command) {
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    Bytes buffer(kReceiveBufferSize);
    DWORD received = static_cast<DWORD>(buffer.size());
    const LONG rv = SCardTransmit(m_card, pci, command.data(), static_cast<DWORD>(command.size()), nullptr,
                                  buffer.data(), &received);
    if (rv != SCARD_S_SUCCESS) {
        return Failure{transmitError(rv)};
    }
    if (received < 2) {
        // vpcd and some contactless readers answer an empty frame when the card left mid-command.
        return Failure{transmitError(SCARD_F_COMM_ERROR)};
    }
    buffer.resize(received);
    ResponseApdu response;
    response.statusWord = static_cast<std::uint16_t>((buffer[received - 2] << 8) | buffer[received - 1]);
    buffer.resize(received - 2);
    response.data = std::move(buffer);
    return response;
}

Result<ResponseApdu, DeviceError> PcscCardChannel::transmit(ByteView command) {
    auto response = transmitOnce(command);
    if (!response) {
        return response;
    }
    if (response->sw1() == 0x6C && command.size() >= 5) {
        // Wrong Le: resend the same command with the length the card asked for.
        Bytes corrected(command.begin(), command.end());
        corrected.back() = response->sw2();
        response = transmitOnce(corrected);
        if (!response) {
            return response;
        }
    }
    Bytes data = std::move(response->data);
    for (int i = 0; i < kMaxGetResponse && response->sw1() == 0x61; ++i) {
        const std::array<std::uint8_t, 5> getResponse{0x00, 0xC0, 0x00, 0x00, response->sw2()};
        response = transmitOnce(getResponse);
        if (!response) {
            return response;
        }
        data.insert(data.end(), response->data.begin(), response->data.end());
    }
    response->data = std::move(data);
    return response;
}

Result<Done, DeviceError> PcscCardChannel::reset() {
    DWORD protocol = 0;
    const LONG rv = SCardReconnect(m_card, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                   SCARD_RESET_CARD, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        return Failure{transmitError(rv)};
    }
    m_protocol = protocol;
    return Done{};
}

DeviceError PcscCardChannel::transmitError(long code) {
    if (code == SCARD_W_REMOVED_CARD || code == SCARD_E_NO_SERVICE || code == SCARD_E_SERVICE_STOPPED) {
        return errorFromPcsc(code, "reading the card");
    }
    // A transport failure usually means the card or the reader went away. pcscd notices a pulled card on its
    // next presence poll, so ask it for a short while before calling it a plain transmission failure.
    const auto deadline = std::chrono::steady_clock::now() + kRemovalGrace;
    for (;;) {
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD atrLength = MAX_ATR_SIZE;
        std::array<BYTE, MAX_ATR_SIZE> atr{};
        DWORD nameLength = 0;
        const LONG status = SCardStatus(m_card, nullptr, &nameLength, &state, &protocol, atr.data(), &atrLength);
        if (status == SCARD_W_REMOVED_CARD || status == SCARD_E_NO_SMARTCARD ||
            (status == SCARD_S_SUCCESS && (state & SCARD_ABSENT) != 0)) {
            return errorFromPcsc(SCARD_W_REMOVED_CARD, "reading the card");
        }
        if (status == SCARD_E_READER_UNAVAILABLE || status == SCARD_E_UNKNOWN_READER) {
            return errorFromPcsc(SCARD_E_READER_UNAVAILABLE, "reading the card");
        }
        if (status != SCARD_S_SUCCESS || std::chrono::steady_clock::now() >= deadline) {
            return errorFromPcsc(code, "reading the card");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

} // namespace kiroku::kiosk::devices
