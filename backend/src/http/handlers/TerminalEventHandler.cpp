#include "http/handlers/TerminalEventHandler.h"

#include "domain/Errors.h"
#include "http/dto/JsonReader.h"
#include "http/dto/Time.h"

#include <Poco/Net/IPAddress.h>

#include <cctype>

namespace kiroku::backend::http {

std::optional<std::string> canonicalIpAddress(const std::string& text) {
    if (text.empty() || text.size() > 45 || text.find_first_of(" %/") != std::string::npos) {
        return std::nullopt; // no zone ids or prefixes: one host address
    }
    Poco::Net::IPAddress address;
    if (!Poco::Net::IPAddress::tryParse(text, address)) {
        return std::nullopt;
    }
    return address.toString();
}

std::optional<std::string> canonicalMacAddress(const std::string& text) {
    if (text.size() != 17) {
        return std::nullopt;
    }
    const char separator = text[2];
    if (separator != ':' && separator != '-') {
        return std::nullopt;
    }
    std::string mac;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (i % 3 == 2) {
            if (c != static_cast<unsigned char>(separator)) {
                return std::nullopt;
            }
            mac.push_back(':');
        } else if (std::isxdigit(c)) {
            mac.push_back(static_cast<char>(std::tolower(c)));
        } else {
            return std::nullopt;
        }
    }
    return mac;
}

Response TerminalEventHandler::handle(Request& request) {
    static const std::string kScheme = "Terminal ";
    // Read before any refusal, so that a keep-alive connection never holds an unread body for the next request.
    request.body();
    const auto authorization = request.header("Authorization");
    if (!authorization || authorization->compare(0, kScheme.size(), kScheme) != 0) {
        throw domain::Unauthenticated(
            "this call needs the terminal's credential: send Authorization: Terminal <terminal id>.<secret>");
    }
    const auto terminal = m_events.authenticate(std::string_view(*authorization).substr(kScheme.size()));

    JsonReader in(request.jsonObject());
    const auto number = in.optionalString("terminal_number", 32);
    const std::string atText = in.requireString("at", 64);
    const std::string kind = in.requireCode("kind", {"login", "logout", "lock", "unlock", "ip_assigned"});
    const auto ipText = in.optionalString("private_ip", 64);
    const auto macText = in.optionalString("mac_address", 32);
    domain::TerminalEvent event;
    event.eventKey = in.requireString("event_key", 128);
    in.finish();

    if (number && *number != terminal.number) {
        throw domain::Forbidden("terminal_number is not the number of the terminal whose credential was sent");
    }
    const auto at = parseInstant(atText);
    if (!at) {
        throw domain::ValidationError("at", "must be an RFC 3339 instant with a time zone, e.g. 2026-11-22T14:03:05Z");
    }
    event.at = *at;
    event.kind = *domain::terminalEventKindFromCode(kind);
    if (ipText) {
        event.privateIp = canonicalIpAddress(*ipText);
        if (!event.privateIp) {
            throw domain::ValidationError("private_ip", "must be an IPv4 or IPv6 address");
        }
    }
    if (macText) {
        event.macAddress = canonicalMacAddress(*macText);
        if (!event.macAddress) {
            throw domain::ValidationError("mac_address", "must be six hex pairs separated by ':' or '-'");
        }
    }
    if (event.kind == domain::TerminalEventKind::IpAssigned && !event.privateIp) {
        throw domain::ValidationError("private_ip", "is required for an ip_assigned event");
    }
    const bool isNew = m_events.record(terminal, event);
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("status", "accepted");
    body->set("duplicate", !isNew);
    return Response::ofJson(202, body);
}

} // namespace kiroku::backend::http
