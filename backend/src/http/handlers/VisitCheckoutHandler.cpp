#include "http/handlers/VisitCheckoutHandler.h"

#include "http/Authentication.h"
#include "http/Idempotency.h"
#include "http/dto/JsonReader.h"
#include "http/dto/VisitJson.h"

namespace kiroku::backend::http {

Response VisitCheckoutHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    const auto staff = requireStaff(request, m_auth, {domain::Role::Clerk, domain::Role::Manager, domain::Role::Admin});
    const auto key = idempotencyKeyOf(request, staff);
    if (!request.body().empty()) {
        JsonReader(request.jsonObject()).finish(); // nothing to say, and nothing unknown accepted
    }
    return toResponse(m_visits.checkout(staff, key, request.param("id"), [](const domain::CheckedOut& checkout) {
        return storedJson(200, checkoutJson(checkout));
    }));
}

} // namespace kiroku::backend::http
