#include "devices/PcscContext.h"

#include <PCSC/pcsclite.h>

#include <algorithm>

namespace kiroku::kiosk::devices {

namespace {

using Clock = std::chrono::steady_clock;

// pcsc-lite's pseudo reader that reports readers being plugged in or out.
constexpr const char* kPnpNotification = "\\\\?PnP?\\Notification";

DWORD remainingMs(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<DWORD>(std::max<long long>(left, 0));
}

/// The next wait: what is left until the deadline, at most one slice.
DWORD sliceOf(Clock::time_point deadline) {
    return std::min(remainingMs(deadline), static_cast<DWORD>(PcscContext::kWaitSlice.count()));
}

DeviceError makeError(DeviceErrorCode code, std::string message) {
    return DeviceError{code, std::move(message), std::nullopt, 0, std::nullopt};
}

bool cardPresent(DWORD state) noexcept {
    return (state & SCARD_STATE_PRESENT) != 0 && (state & SCARD_STATE_MUTE) == 0;
}

bool readerGone(DWORD state) noexcept {
    return (state & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE)) != 0;
}

} // namespace

DeviceError errorFromPcsc(long code, std::string_view during) {
    const std::string context(during);
    const std::string detail = " (" + std::string(pcsc_stringify_error(static_cast<LONG>(code))) + ")";
    switch (code) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_E_INVALID_HANDLE:
        return makeError(DeviceErrorCode::ServiceUnavailable,
                         context + ": the smart-card service (pcscd) is not available" + detail);
    case SCARD_E_NO_READERS_AVAILABLE:
        return makeError(DeviceErrorCode::NoReader, context + ": no card reader is connected");
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return makeError(DeviceErrorCode::ReaderRemoved, context + ": the card reader was disconnected");
    case SCARD_E_NO_SMARTCARD:
        return makeError(DeviceErrorCode::NoCard, context + ": there is no card in the reader");
    case SCARD_W_REMOVED_CARD:
        return makeError(DeviceErrorCode::CardRemoved, context + ": the card was removed from the reader");
    case SCARD_W_RESET_CARD:
        return makeError(DeviceErrorCode::CardRemoved,
                         context + ": the card was reset by another program; place it on the reader again");
    case SCARD_E_SHARING_VIOLATION:
        return makeError(DeviceErrorCode::ReaderBusy, context + ": another program is using the card reader");
    case SCARD_E_TIMEOUT:
        return makeError(DeviceErrorCode::Timeout, context + ": timed out");
    case SCARD_E_CANCELLED:
        return makeError(DeviceErrorCode::Cancelled, context + ": cancelled");
    default:
        return makeError(DeviceErrorCode::TransmitFailed, context + ": the reader reported an error" + detail);
    }
}

Result<std::unique_ptr<PcscContext>, DeviceError> PcscContext::establish() {
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS) {
        DeviceError error = errorFromPcsc(rv, "connecting to pcscd");
        error.code = DeviceErrorCode::ServiceUnavailable;
        return Failure{std::move(error)};
    }
    return std::unique_ptr<PcscContext>(new PcscContext(context));
}

PcscContext::~PcscContext() {
    SCardReleaseContext(m_context);
}

void PcscContext::cancel() noexcept {
    SCardCancel(m_context);
}

Result<std::vector<std::string>, DeviceError> PcscContext::listReaders() const {
    DWORD size = 0;
    LONG rv = SCardListReaders(m_context, nullptr, nullptr, &size);
    std::string buffer;
    if (rv == SCARD_S_SUCCESS) {
        buffer.resize(size);
        rv = SCardListReaders(m_context, nullptr, buffer.data(), &size);
    }
    if (rv != SCARD_S_SUCCESS) {
        return Failure{errorFromPcsc(rv, "listing card readers")};
    }
    std::vector<std::string> readers;
    for (std::size_t at = 0; at < buffer.size() && buffer[at] != '\0';) {
        const std::size_t end = buffer.find('\0', at);
        readers.push_back(buffer.substr(at, end - at));
        at = end == std::string::npos ? buffer.size() : end + 1;
    }
    if (readers.empty()) {
        return Failure{errorFromPcsc(SCARD_E_NO_READERS_AVAILABLE, "listing card readers")};
    }
    return readers;
}

Result<std::string, DeviceError> PcscContext::waitForCard(std::string_view readerPrefix,
                                                          std::chrono::milliseconds timeout, std::stop_token stop) {
    const Clock::time_point deadline = Clock::now() + timeout;
    // Wakes a wait in progress at once; the slices below catch a stop that pcscd did not see.
    const std::stop_callback cancelWait(stop, [this] { cancel(); });
    const auto cancelled = [] { return errorFromPcsc(SCARD_E_CANCELLED, "waiting for a card"); };
    for (;;) {
        if (stop.stop_requested()) {
            return Failure{cancelled()};
        }
        std::vector<std::string> names;
        if (auto readers = listReaders(); readers) {
            for (std::string& name : readers.value()) {
                if (name.starts_with(readerPrefix)) {
                    names.push_back(std::move(name));
                }
            }
        } else if (readers.error().code != DeviceErrorCode::NoReader) {
            return Failure{std::move(readers).error()};
        }
        std::vector<SCARD_READERSTATE> states(names.size() + 1);
        for (std::size_t i = 0; i < names.size(); ++i) {
            states[i].szReader = names[i].c_str();
            states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        states.back().szReader = kPnpNotification;
        states.back().dwCurrentState = SCARD_STATE_UNAWARE;

        DWORD wait = 0; // the first call only reads the current states
        bool relist = false;
        while (!relist) {
            if (stop.stop_requested()) {
                return Failure{cancelled()};
            }
            const LONG rv = SCardGetStatusChange(m_context, wait, states.data(), static_cast<DWORD>(states.size()));
            if (rv == SCARD_E_TIMEOUT) {
                if (remainingMs(deadline) > 0) {
                    wait = sliceOf(deadline);
                    continue;
                }
                return Failure{names.empty() ? errorFromPcsc(SCARD_E_NO_READERS_AVAILABLE, "waiting for a card")
                                             : makeError(DeviceErrorCode::Timeout,
                                                         "waiting for a card: no card was placed in time")};
            }
            if (rv != SCARD_S_SUCCESS) {
                return Failure{errorFromPcsc(rv, "waiting for a card")};
            }
            for (std::size_t i = 0; i < names.size(); ++i) {
                if (cardPresent(states[i].dwEventState)) {
                    return names[i];
                }
                relist = relist || readerGone(states[i].dwEventState);
            }
            const bool pnpChanged = wait != 0 && (states.back().dwEventState & SCARD_STATE_CHANGED) != 0;
            relist = relist || pnpChanged;
            for (SCARD_READERSTATE& state : states) {
                state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
            }
            wait = sliceOf(deadline);
            if (wait == 0) {
                return Failure{names.empty() ? errorFromPcsc(SCARD_E_NO_READERS_AVAILABLE, "waiting for a card")
                                             : makeError(DeviceErrorCode::Timeout,
                                                         "waiting for a card: no card was placed in time")};
            }
        }
    }
}

Result<Done, DeviceError> PcscContext::waitForRemoval(const std::string& reader, std::chrono::milliseconds timeout,
                                                      std::stop_token stop) {
    const Clock::time_point deadline = Clock::now() + timeout;
    const std::stop_callback cancelWait(stop, [this] { cancel(); });
    SCARD_READERSTATE state{};
    state.szReader = reader.c_str();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    DWORD wait = 0;
    for (;;) {
        if (stop.stop_requested()) {
            return Failure{errorFromPcsc(SCARD_E_CANCELLED, "waiting for the card to be taken away")};
        }
        const LONG rv = SCardGetStatusChange(m_context, wait, &state, 1);
        if (rv == SCARD_E_TIMEOUT && remainingMs(deadline) > 0) {
            wait = sliceOf(deadline);
            continue;
        }
        if (rv != SCARD_S_SUCCESS) {
            return Failure{errorFromPcsc(rv, "waiting for the card to be taken away")};
        }
        if (readerGone(state.dwEventState)) {
            return Failure{errorFromPcsc(SCARD_E_READER_UNAVAILABLE, "waiting for the card to be taken away")};
        }
        if ((state.dwEventState & SCARD_STATE_EMPTY) != 0) {
            return Done{};
        }
        state.dwCurrentState = state.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        wait = sliceOf(deadline);
        if (wait == 0) {
            return Failure{errorFromPcsc(SCARD_E_TIMEOUT, "waiting for the card to be taken away")};
        }
    }
}

Result<std::unique_ptr<PcscCardChannel>, DeviceError> PcscContext::connect(const std::string& reader) {
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const LONG rv = SCardConnect(m_context, reader.c_str(), SCARD_SHARE_EXCLUSIVE,
                                 SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        return Failure{errorFromPcsc(rv, "connecting to the card")};
    }
    return std::make_unique<PcscCardChannel>(card, protocol, reader);
}

} // namespace kiroku::kiosk::devices
