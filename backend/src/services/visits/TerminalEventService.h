#pragma once

#include "domain/TerminalEvent.h"
#include "domain/TerminalEventRepository.h"
#include "services/keys/KeyService.h"
#include "services/visits/Clock.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace kiroku::backend::services {

/// What `kirokuctl terminal-credential` prints once and the booth PC sends as `Authorization: Terminal <value>`.
struct TerminalCredential {
    std::int64_t terminalId = 0;
    std::string secret;

    /// "<terminal id>.<secret>"
    std::string value() const { return std::to_string(terminalId) + "." + secret; }
};

/// A new random secret for a terminal; only terminalCredentialHash() of it is stored.
TerminalCredential newTerminalCredential(std::int64_t terminalId);

/// The keyed hash stored in terminals.credential_hash: HMAC under the bearer-token pepper (which never leaves the
/// server's memory) of the secret bound to the terminal's id, so one terminal's secret is worthless for another.
std::string terminalCredentialHash(KeyService& keys, std::int64_t terminalId, std::string_view secret);

/// The usage log the booth PCs send (login, logout, lock, unlock, address assignment), authenticated per terminal.
class TerminalEventService {
public:
    TerminalEventService(domain::TerminalEventRepository& repository, KeyService& keys, const Clock& clock)
        : m_repository(repository), m_keys(keys), m_clock(clock) {}

    /// The terminal whose credential "<terminal id>.<secret>" is `credential`. Throws Unauthenticated for a
    /// malformed, unknown or wrong credential, the same way for each.
    domain::TerminalCredentialRecord authenticate(std::string_view credential);

    /// Records the event; re-sending an event key the terminal already used is accepted and ignored (returns
    /// false). Throws ValidationError("at") for an instant more than a day ahead of the server's clock.
    bool record(const domain::TerminalCredentialRecord& terminal, const domain::TerminalEvent& event);

private:
    domain::TerminalEventRepository& m_repository;
    KeyService& m_keys;
    const Clock& m_clock;
};

} // namespace kiroku::backend::services
