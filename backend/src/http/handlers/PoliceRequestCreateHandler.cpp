#include "http/handlers/PoliceRequestCreateHandler.h"

#include "domain/Errors.h"
#include "http/Idempotency.h"
#include "http/dto/PoliceJson.h"

namespace kiroku::backend::http {

Response PoliceRequestCreateHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    const auto caller = policeCaller(request, m_listener, m_auth, m_police, {domain::Role::Manager});
    const auto input = readPoliceRequest(request.jsonObject());
    std::optional<services::SubmissionKey> key;
    if (request.header("Idempotency-Key")) {
        // The key is scoped to the submitter by the service; the principal here only carries the header's checks.
        const auto checked = idempotencyKeyOf(request, caller.staff.value_or(domain::StaffPrincipal{}));
        key = services::SubmissionKey{checked.key, checked.requestHash};
    }
    const auto view = m_police.submit(caller, input, key);
    return Response::ofJson(201, toPoco(services::requestJson(view, true, staffNamesFor(caller))));
}

} // namespace kiroku::backend::http
