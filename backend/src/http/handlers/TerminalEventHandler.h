#pragma once

#include "http/Handler.h"
#include "services/visits/TerminalEventService.h"

namespace kiroku::backend::http {

/// POST /v1/terminal-events, authenticated per terminal with `Authorization: Terminal <terminal id>.<secret>`:
/// {"terminal_number"?, "at" (RFC 3339), "kind": login|logout|lock|unlock|ip_assigned, "private_ip"?,
/// "mac_address"?, "event_key"} → 202 {"status":"accepted","duplicate":bool}. Re-sending an event key is accepted
/// and ignored. 400 naming the field (a bad address, kind or instant; ip_assigned without private_ip); 401 without a
/// valid terminal credential; 403 when terminal_number is not the authenticated terminal's.
class TerminalEventHandler : public Handler {
public:
    explicit TerminalEventHandler(services::TerminalEventService& events) : m_events(events) {}
    Response handle(Request& request) override;

private:
    services::TerminalEventService& m_events;
};

/// The canonical text of an IPv4 or IPv6 address; nothing when `text` is not one.
std::optional<std::string> canonicalIpAddress(const std::string& text);

/// "aa:bb:cc:dd:ee:ff" for six hex pairs separated by ':' or '-' (either case); nothing otherwise.
std::optional<std::string> canonicalMacAddress(const std::string& text);

} // namespace kiroku::backend::http
