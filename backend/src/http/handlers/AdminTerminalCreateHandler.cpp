#include "http/handlers/AdminTerminalCreateHandler.h"

#include "domain/Errors.h"
#include "http/Authentication.h"
#include "http/dto/JsonReader.h"
#include "http/handlers/TerminalEventHandler.h"

namespace kiroku::backend::http {

Response AdminTerminalCreateHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    requireStaff(request, m_auth, {domain::Role::Admin});
    domain::NewTerminal terminal;
    terminal.storeId = m_admin.requireStoreId(request.param("store_id"));
    JsonReader in(request.jsonObject());
    terminal.number = in.requireString("number", 32);
    terminal.boothId = in.optionalInt("booth_id", 1, INT64_MAX);
    terminal.hostname = in.optionalString("hostname", 253);
    if (const auto mac = in.optionalString("mac_address", 17)) {
        terminal.macAddress = canonicalMacAddress(*mac);
        if (!terminal.macAddress) {
            throw domain::ValidationError("mac_address", "must be six hex pairs separated by ':' or '-'");
        }
    }
    if (const auto ip = in.optionalString("private_ip", 45)) {
        terminal.privateIp = canonicalIpAddress(*ip);
        if (!terminal.privateIp) {
            throw domain::ValidationError("private_ip", "must be an IPv4 or IPv6 address");
        }
    }
    in.finish();
    const auto id = m_admin.createTerminal(terminal);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", id);
    out->set("number", terminal.number);
    if (terminal.boothId) {
        out->set("booth_id", *terminal.boothId);
    }
    return Response::ofJson(201, out);
}

} // namespace kiroku::backend::http
