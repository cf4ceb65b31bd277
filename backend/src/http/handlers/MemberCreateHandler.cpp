#include "http/handlers/MemberCreateHandler.h"

#include "http/Authentication.h"
#include "http/dto/JsonReader.h"

namespace kiroku::backend::http {

Response MemberCreateHandler::handle(Request& request) {
    // Read (size-limited) before anything can refuse the request, so that no unread body is left on a
    // kept-alive connection to be taken for the next request.
    request.body();
    const auto staff = requireStaff(request, m_auth);
    JsonReader in(request.jsonObject());
    const std::string recordId = in.requireString("identity_record_id", 64);
    in.finish();
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", m_members.createMember(staff, recordId));
    return Response::ofJson(201, out);
}

} // namespace kiroku::backend::http
