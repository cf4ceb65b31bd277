#pragma once

#include "devices/CardChannel.h"

#include <functional>
#include <utility>
#include <vector>

namespace kiroku::kiosk::devices::test {

/// A card stand-in for unit tests: answers through a handler and records every command it received.
class ScriptedChannel final : public CardChannel {
public:
    using Handler = std::function<Result<ResponseApdu, DeviceError>(const Bytes& command, std::size_t index)>;

    explicit ScriptedChannel(Handler handler) : m_handler(std::move(handler)) {}

    [[nodiscard]] Result<ResponseApdu, DeviceError> transmit(ByteView command) override {
        m_sent.emplace_back(command.begin(), command.end());
        return m_handler(m_sent.back(), m_sent.size() - 1);
    }

    [[nodiscard]] const std::vector<Bytes>& sent() const noexcept { return m_sent; }

private:
    Handler m_handler;
    std::vector<Bytes> m_sent;
};

/// A response with data and a status word.
inline ResponseApdu answer(Bytes data, std::uint16_t statusWord = 0x9000) {
    return ResponseApdu{std::move(data), statusWord};
}

} // namespace kiroku::kiosk::devices::test
