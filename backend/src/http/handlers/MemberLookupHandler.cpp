#include "http/handlers/MemberLookupHandler.h"

#include "http/Authentication.h"
#include "http/dto/IdentityDto.h"

namespace kiroku::backend::http {

Response MemberLookupHandler::handle(Request& request) {
    // Read (size-limited) before anything can refuse the request, so that no unread body is left on a
    // kept-alive connection to be taken for the next request.
    request.body();
    const auto staff = requireStaff(request, m_auth);
    const std::string token = m_from == TokenFrom::Body ? readCardToken(request.jsonObject()) : request.param("token");
    Response response = Response::ofJson(200, memberLookupJson(m_members.lookup(staff, token)));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace kiroku::backend::http
