#include "http/handlers/PoliceRequestRejectHandler.h"

#include "domain/Errors.h"
#include "http/dto/JsonReader.h"
#include "http/dto/PoliceJson.h"

namespace kiroku::backend::http {

Response PoliceRequestRejectHandler::handle(Request& request) {
    request.body();
    const auto caller = policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager});
    if (!caller.staff) {
        throw domain::Forbidden("police clients can't reject requests");
    }
    JsonReader in(request.jsonObject());
    const std::string reason = in.requireString("reason", 500);
    in.finish();
    return Response::ofJson(200,
                            toPoco(services::requestJson(m_police.reject(*caller.staff, request.param("id"), reason),
                                                         true, services::StaffNames::Shown)));
}

} // namespace kiroku::backend::http
