#include "http/handlers/BoothListHandler.h"

#include "http/Authentication.h"
#include "http/dto/VisitJson.h"

#include <Poco/JSON/Array.h>

namespace kiroku::backend::http {

Response BoothListHandler::handle(Request& request) {
    const auto staff = requireStaff(request, m_auth);
    Poco::JSON::Array::Ptr booths = new Poco::JSON::Array;
    for (const auto& booth : m_booths.map(staff)) {
        booths->add(boothJson(booth));
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("booths", booths);
    return Response::ofJson(200, body);
}

} // namespace kiroku::backend::http
