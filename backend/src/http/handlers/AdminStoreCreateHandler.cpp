#include "http/handlers/AdminStoreCreateHandler.h"

#include "http/Authentication.h"
#include "http/dto/JsonReader.h"

#include <sstream>

namespace kiroku::backend::http {

Response AdminStoreCreateHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    requireStaff(request, m_auth, {domain::Role::Admin});
    JsonReader in(request.jsonObject());
    services::StoreDraft store;
    store.code = in.requireString("code", 32);
    store.name = in.requireString("name", 200);
    store.timeZone = in.optionalString("time_zone", 64).value_or("Asia/Tokyo");
    store.notificationDate = in.optionalDate("notification_date");
    store.notificationNumber = in.optionalString("notification_number", 64);
    if (const auto rules = in.optionalObject("rules")) {
        std::ostringstream json;
        rules->object()->stringify(json);
        store.rulesJson = json.str();
    }
    in.finish();
    const auto id = m_admin.createStore(store);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", id);
    out->set("code", store.code);
    out->set("name", store.name);
    out->set("time_zone", store.timeZone);
    return Response::ofJson(201, out);
}

} // namespace kiroku::backend::http
