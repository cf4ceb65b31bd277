#include "http/handlers/LogoutHandler.h"

#include "http/Authentication.h"

namespace kiroku::backend::http {

Response LogoutHandler::handle(Request& request) {
    requireStaff(request, m_auth);
    m_auth.logout(*request.bearerToken());
    Response response;
    response.status = 204;
    response.contentType = "application/json";
    return response;
}

} // namespace kiroku::backend::http
