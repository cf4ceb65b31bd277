#include "http/handlers/HealthHandler.h"

namespace kiroku::backend::http {

Response HealthHandler::handle(Request&) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("status", "ok");
    body->set("version", KIROKU_VERSION);
    return Response::ofJson(200, body);
}

} // namespace kiroku::backend::http
