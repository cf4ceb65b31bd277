#include "http/handlers/AuditVerifyHandler.h"

#include "http/Authentication.h"
#include "http/dto/AuditJson.h"

namespace kiroku::backend::http {

Response AuditVerifyHandler::handle(Request& request) {
    const auto staff =
        requireStaff(request, m_auth, {domain::Role::Manager, domain::Role::Auditor, domain::Role::Admin});
    auto body = chainVerificationJson(m_verifier.verify(staff.storeId));
    body->set("store_id", static_cast<Poco::Int64>(staff.storeId));
    Response response = Response::ofJson(200, body);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace kiroku::backend::http
