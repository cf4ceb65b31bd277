#include "http/handlers/VisitMoveHandler.h"

#include "http/Authentication.h"
#include "http/Idempotency.h"
#include "http/dto/JsonReader.h"
#include "http/dto/VisitJson.h"

#include <limits>

namespace kiroku::backend::http {

Response VisitMoveHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    const auto staff = requireStaff(request, m_auth, {domain::Role::Clerk, domain::Role::Manager, domain::Role::Admin});
    const auto key = idempotencyKeyOf(request, staff);
    JsonReader in(request.jsonObject());
    const std::int64_t boothId = in.requireInt("booth_id", 1, std::numeric_limits<std::int64_t>::max());
    in.finish();
    return toResponse(m_visits.move(staff, key, request.param("id"), boothId,
                                    [](const domain::VisitView& visit) { return storedJson(200, visitJson(visit)); }));
}

} // namespace kiroku::backend::http
