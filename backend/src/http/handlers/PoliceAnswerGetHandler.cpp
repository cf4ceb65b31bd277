#include "http/handlers/PoliceAnswerGetHandler.h"

#include "domain/Errors.h"
#include "http/dto/PoliceJson.h"

namespace kiroku::backend::http {

Response PoliceAnswerGetHandler::handle(Request& request) {
    const auto caller =
        policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager, domain::Role::Auditor});
    return Response::ofJson(200, policeAnswerJson(m_police.answerOf(caller, request.param("id"))));
}

} // namespace kiroku::backend::http
