#include "http/handlers/AuditCheckpointHandler.h"

#include "domain/Errors.h"
#include "http/Authentication.h"
#include "http/dto/AuditJson.h"

namespace kiroku::backend::http {

Response AuditCheckpointHandler::handle(Request& request) {
    const auto staff =
        requireStaff(request, m_auth, {domain::Role::Manager, domain::Role::Auditor, domain::Role::Admin});
    const auto checkpoint = m_checkpoints.latest(staff.storeId);
    if (!checkpoint) {
        throw domain::NotFound("your store has no audit checkpoint yet");
    }
    Response response = Response::ofJson(200, checkpointJson(*checkpoint));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace kiroku::backend::http
