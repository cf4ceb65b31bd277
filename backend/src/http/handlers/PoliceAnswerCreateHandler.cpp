#include "http/handlers/PoliceAnswerCreateHandler.h"

#include "domain/Errors.h"
#include "http/dto/JsonReader.h"
#include "http/dto/PoliceJson.h"

namespace kiroku::backend::http {

Response PoliceAnswerCreateHandler::handle(Request& request) {
    request.body();
    const auto caller = policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager});
    if (!caller.staff) {
        throw domain::Forbidden("police clients can't answer requests");
    }
    if (!request.body().empty()) {
        JsonReader(request.jsonObject()).finish();
    }
    return Response::ofJson(200, policeAnswerJson(m_police.answer(*caller.staff, request.param("id"))));
}

} // namespace kiroku::backend::http
