#include "http/handlers/PoliceRequestListHandler.h"

#include "domain/Errors.h"
#include "http/dto/PoliceJson.h"

#include <Poco/JSON/Array.h>

namespace kiroku::backend::http {

Response PoliceRequestListHandler::handle(Request& request) {
    const auto caller =
        policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager, domain::Role::Auditor});
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& view : m_police.list(caller)) {
        list->add(toPoco(services::requestJson(view, false, staffNamesFor(caller))));
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("police_requests", list);
    return Response::ofJson(200, body);
}

} // namespace kiroku::backend::http
