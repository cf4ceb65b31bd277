#include "http/handlers/LoginHandler.h"

#include "http/dto/JsonReader.h"
#include "http/dto/Time.h"

namespace kiroku::backend::http {

Response LoginHandler::handle(Request& request) {
    JsonReader in(request.jsonObject());
    const std::string login = in.requireString("login", 64);
    const std::string password = in.requireString("password", 256);
    in.finish();

    const auto result = m_auth.login(login, password);
    Poco::JSON::Object::Ptr staff = new Poco::JSON::Object;
    staff->set("id", result.staff.principal.staffId);
    staff->set("login", result.staff.principal.login);
    staff->set("display_name", result.staff.displayName);
    staff->set("role", std::string(domain::toCode(result.staff.principal.role)));
    Poco::JSON::Object::Ptr store = new Poco::JSON::Object;
    store->set("id", result.staff.principal.storeId);
    store->set("code", result.staff.storeCode);
    store->set("name", result.staff.storeName);
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("token", result.token);
    body->set("expires_at", formatInstant(result.expiresAt));
    body->set("staff", staff);
    body->set("store", store);
    return Response::ofJson(200, body);
}

} // namespace kiroku::backend::http
