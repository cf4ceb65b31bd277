#include "http/handlers/VisitListHandler.h"

#include "domain/Errors.h"
#include "http/Authentication.h"
#include "http/dto/VisitJson.h"

#include <Poco/JSON/Array.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

namespace kiroku::backend::http {

Response VisitListHandler::handle(Request& request) {
    const auto staff = requireStaff(request, m_auth);
    for (const auto& [name, value] : Poco::URI(request.raw().getURI()).getQueryParameters()) {
        if (name != "active") {
            throw domain::ValidationError("active", "the only query parameter of this list is active=true");
        }
        if (value != "true") {
            throw domain::ValidationError("active",
                                          "only active=true is supported: this list shows visits in progress");
        }
    }
    Poco::JSON::Array::Ptr visits = new Poco::JSON::Array;
    for (const auto& visit : m_visits.active(staff)) {
        visits->add(visitJson(visit));
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("visits", visits);
    return Response::ofJson(200, body);
}

} // namespace kiroku::backend::http
