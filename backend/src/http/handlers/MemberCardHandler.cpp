#include "http/handlers/MemberCardHandler.h"

#include "http/Authentication.h"
#include "http/dto/JsonReader.h"

namespace kiroku::backend::http {

Response MemberCardHandler::handle(Request& request) {
    // Read (size-limited) before anything can refuse the request, so that no unread body is left on a
    // kept-alive connection to be taken for the next request.
    request.body();
    const auto staff = requireStaff(request, m_auth);
    bool replace = false;
    if (!request.body().empty()) {
        JsonReader in(request.jsonObject());
        replace = in.optionalBool("replace", false);
        in.finish();
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("token", m_members.issueCard(staff, request.param("id"), replace));
    Response response = Response::ofJson(201, out);
    // The token is a credential: keep it out of caches.
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace kiroku::backend::http
