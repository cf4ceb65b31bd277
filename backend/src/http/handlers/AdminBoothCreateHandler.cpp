#include "http/handlers/AdminBoothCreateHandler.h"

#include "http/Authentication.h"
#include "http/dto/JsonReader.h"

namespace kiroku::backend::http {

Response AdminBoothCreateHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    requireStaff(request, m_auth, {domain::Role::Admin});
    const auto storeId = m_admin.requireStoreId(request.param("store_id"));
    JsonReader in(request.jsonObject());
    const std::string label = in.requireString("label", 32);
    const std::string kind =
        in.optionalCode("kind", {"open_seat", "reclining", "flat", "private_room", "pair"}).value_or("open_seat");
    in.finish();
    const auto id = m_admin.createBooth(storeId, label, kind);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", id);
    out->set("label", label);
    out->set("kind", kind);
    out->set("status", "free");
    return Response::ofJson(201, out);
}

} // namespace kiroku::backend::http
