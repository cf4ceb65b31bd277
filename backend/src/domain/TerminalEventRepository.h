#pragma once

#include "domain/TerminalEvent.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// A terminal as its credential check needs it.
struct TerminalCredentialRecord {
    std::int64_t id = 0;
    std::int64_t storeId = 0;
    std::string number;
    std::optional<std::string> credentialHash; ///< keyed hash of the secret; none until one is issued
};

class TerminalEventRepository {
public:
    virtual ~TerminalEventRepository() = default;

    virtual std::optional<TerminalCredentialRecord> findTerminal(std::int64_t terminalId) = 0;

    /// Stores the event unless the terminal already sent one with the same key; true when it was new.
    virtual bool record(const TerminalCredentialRecord& terminal, const TerminalEvent& event) = 0;
};

} // namespace kiroku::domain
