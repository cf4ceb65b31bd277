#include "http/handlers/IdentityVerificationHandler.h"

#include "http/Authentication.h"
#include "http/dto/IdentityDto.h"

namespace kiroku::backend::http {

Response IdentityVerificationHandler::handle(Request& request) {
    // Read (size-limited) before anything can refuse the request, so that no unread body is left on a
    // kept-alive connection to be taken for the next request.
    request.body();
    const auto staff = requireStaff(request, m_auth);
    const auto input = readIdentityVerification(request.jsonObject());
    return Response::ofJson(201, identityVerificationJson(m_identity.verify(staff, input)));
}

} // namespace kiroku::backend::http
