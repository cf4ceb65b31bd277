#include "http/handlers/LegalHoldCreateHandler.h"

#include "http/Authentication.h"
#include "http/dto/LegalHoldJson.h"

namespace kiroku::backend::http {

Response LegalHoldCreateHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    const auto staff = requireStaff(request, m_auth, {domain::Role::Manager, domain::Role::Admin});
    JsonReader in(request.jsonObject());
    const auto placed = m_holds.place(staff, readNewLegalHold(in));
    return Response::ofJson(201, legalHoldJson(placed, true));
}

} // namespace kiroku::backend::http
