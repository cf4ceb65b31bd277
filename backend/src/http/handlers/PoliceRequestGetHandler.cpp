#include "http/handlers/PoliceRequestGetHandler.h"

#include "domain/Errors.h"
#include "http/dto/PoliceJson.h"

namespace kiroku::backend::http {

Response PoliceRequestGetHandler::handle(Request& request) {
    const auto caller =
        policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager, domain::Role::Auditor});
    return Response::ofJson(
        200, toPoco(services::requestJson(m_police.get(caller, request.param("id")), true, staffNamesFor(caller))));
}

} // namespace kiroku::backend::http
