#include "http/handlers/AdminStaffCreateHandler.h"

#include "http/Authentication.h"
#include "http/dto/JsonReader.h"

namespace kiroku::backend::http {

Response AdminStaffCreateHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    requireStaff(request, m_auth, {domain::Role::Admin});
    const auto storeId = m_admin.requireStoreId(request.param("store_id"));
    JsonReader in(request.jsonObject());
    services::StaffDraft staff;
    staff.login = in.requireString("login", 64);
    staff.displayName = in.requireString("display_name", 100);
    staff.role = in.requireCode("role", {"clerk", "manager", "auditor", "admin"});
    staff.password = in.requireString("password", 1024);
    in.finish();
    const auto id = m_admin.createStaff(storeId, staff);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", id);
    out->set("login", staff.login);
    out->set("display_name", staff.displayName);
    out->set("role", staff.role);
    return Response::ofJson(201, out);
}

} // namespace kiroku::backend::http
