#include "http/handlers/IdentityVerificationHandler.h"

#include "http/Authentication.h"
#include "http/Idempotency.h"
#include "http/dto/IdentityDto.h"

namespace kiroku::backend::http {

Response IdentityVerificationHandler::handle(Request& request) {
    // Read (size-limited) before anything can refuse the request, so that no unread body is left on a
    // kept-alive connection to be taken for the next request.
    request.body();
    const auto staff = requireStaff(request, m_auth);
    const auto input = readIdentityVerification(request.jsonObject());
    if (!request.header("Idempotency-Key")) {
        return Response::ofJson(201, identityVerificationJson(m_identity.verify(staff, input)));
    }
    return toResponse(m_identity.verifyOnce(staff, input, idempotencyKeyOf(request, staff), m_answers,
                                            [](const services::IdentityVerificationResult& result) {
                                                return storedJson(201, identityVerificationJson(result));
                                            }));
}

} // namespace kiroku::backend::http
