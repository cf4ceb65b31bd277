#include "http/handlers/PoliceRequestApproveHandler.h"

#include "domain/Errors.h"
#include "http/dto/JsonReader.h"
#include "http/dto/PoliceJson.h"

namespace kiroku::backend::http {

Response PoliceRequestApproveHandler::handle(Request& request) {
    request.body();
    const auto caller = policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager});
    if (!caller.staff) {
        throw domain::Forbidden("police clients can't approve requests");
    }
    if (!request.body().empty()) {
        JsonReader(request.jsonObject()).finish();
    }
    return Response::ofJson(200, toPoco(services::requestJson(m_police.approve(*caller.staff, request.param("id")),
                                                              true, services::StaffNames::Shown)));
}

} // namespace kiroku::backend::http
