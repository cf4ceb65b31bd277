#include "http/handlers/LegalHoldReleaseHandler.h"

#include "http/Authentication.h"
#include "http/dto/LegalHoldJson.h"

namespace kiroku::backend::http {

Response LegalHoldReleaseHandler::handle(Request& request) {
    request.body();
    const auto staff = requireStaff(request, m_auth, {domain::Role::Manager, domain::Role::Admin});
    if (!request.body().empty()) {
        JsonReader(request.jsonObject()).finish(); // nothing to say, and nothing unknown accepted
    }
    const auto released = m_holds.release(staff, request.param("id"));
    return Response::ofJson(200, legalHoldJson(released, m_holds.inForce(released, m_clock.now())));
}

} // namespace kiroku::backend::http
