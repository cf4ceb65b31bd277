#include "services/visits/TerminalEventService.h"

#include "crypto/Random.h"
#include "domain/Errors.h"

#include <charconv>

namespace kiroku::backend::services {

namespace {
// What is hashed: the secret bound to its terminal.
std::string credentialMessage(std::int64_t terminalId, std::string_view secret) {
    return "terminal:" + std::to_string(terminalId) + ":" + std::string(secret);
}
} // namespace

TerminalCredential newTerminalCredential(std::int64_t terminalId) {
    return {terminalId, crypto::randomToken(32)};
}

std::string terminalCredentialHash(KeyService& keys, std::int64_t terminalId, std::string_view secret) {
    return keys.bearerTokens().hash(credentialMessage(terminalId, secret));
}

domain::TerminalCredentialRecord TerminalEventService::authenticate(std::string_view credential) {
    const auto refuse = [] {
        return domain::Unauthenticated(
            "this call needs the terminal's credential: send Authorization: Terminal <terminal id>.<secret>");
    };
    const auto dot = credential.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 18 || credential.size() - dot - 1 < 16 ||
        credential.size() > 200) {
        throw refuse();
    }
    std::int64_t terminalId = 0;
    const auto [end, error] = std::from_chars(credential.data(), credential.data() + dot, terminalId);
    if (error != std::errc() || end != credential.data() + dot || terminalId <= 0) {
        throw refuse();
    }
    const std::string_view secret = credential.substr(dot + 1);
    auto terminal = m_repository.findTerminal(terminalId);
    if (!terminal || !terminal->credentialHash ||
        !m_keys.bearerTokens().matches(credentialMessage(terminalId, secret), *terminal->credentialHash)) {
        throw refuse();
    }
    return std::move(*terminal);
}

bool TerminalEventService::record(const domain::TerminalCredentialRecord& terminal,
                                  const domain::TerminalEvent& event) {
    if (event.at > m_clock.now() + std::chrono::hours(24)) {
        throw domain::ValidationError("at", "is more than a day ahead of the server's clock");
    }
    return m_repository.record(terminal, event);
}

} // namespace kiroku::backend::services
