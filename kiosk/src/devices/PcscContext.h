#pragma once

#include "devices/DeviceError.h"
#include "devices/PcscCardChannel.h"
#include "devices/parsers/Result.h"

#include <PCSC/winscard.h>

#include <chrono>
#include <memory>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::kiosk::devices {

/// A session with pcscd (libpcsclite): reader discovery, waiting for a card, connecting. Create and use it on one
/// thread; only cancel() may be called from another thread (to abort a wait, e.g. when the screen changes).
class PcscContext {
public:
    /// Errors: ServiceUnavailable when pcscd is not running or refuses the connection.
    [[nodiscard]] static Result<std::unique_ptr<PcscContext>, DeviceError> establish();
    ~PcscContext();
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    /// The connected readers' names. Errors: NoReader, ServiceUnavailable.
    [[nodiscard]] Result<std::vector<std::string>, DeviceError> listReaders() const;

    /// Waits until a card is present in a reader whose name starts with `readerPrefix` (empty: any reader) and
    /// returns that reader's name. Readers plugged in while waiting are watched too. Errors: NoReader (none
    /// matches when the time is up), Timeout (readers but no card), Cancelled, ServiceUnavailable.
    ///
    /// pcscd is asked in slices of at most kWaitSlice, and `stop` is checked between them: a stop request ends the
    /// wait at once (it also cancels the call in progress) and at the latest one slice later, even when it came
    /// while no call was in progress, when pcscd drops a cancel.
    [[nodiscard]] Result<std::string, DeviceError>
    waitForCard(std::string_view readerPrefix, std::chrono::milliseconds timeout, std::stop_token stop = {});

    /// Waits until `reader` holds no card. Errors: Timeout, Cancelled, ReaderRemoved, ServiceUnavailable. `stop`
    /// as for waitForCard().
    [[nodiscard]] Result<Done, DeviceError> waitForRemoval(const std::string& reader, std::chrono::milliseconds timeout,
                                                           std::stop_token stop = {});

    /// The longest single wait inside pcscd.
    static constexpr std::chrono::milliseconds kWaitSlice{250};

    /// Connects exclusively to the card in `reader` (T=0 or T=1). Errors: NoCard, ReaderBusy, ReaderRemoved,
    /// CardRemoved, ServiceUnavailable.
    [[nodiscard]] Result<std::unique_ptr<PcscCardChannel>, DeviceError> connect(const std::string& reader);

    /// Aborts a waitForCard()/waitForRemoval() running on another thread; it returns Cancelled.
    void cancel() noexcept;

private:
    explicit PcscContext(SCARDCONTEXT context) noexcept : m_context(context) {}

    SCARDCONTEXT m_context;
};

/// The DeviceError for a PC/SC return code (SCARD_E_…, SCARD_W_…), in the context `during`.
[[nodiscard]] DeviceError errorFromPcsc(long code, std::string_view during);

} // namespace kiroku::kiosk::devices
