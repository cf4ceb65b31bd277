#include "http/handlers/LegalHoldListHandler.h"

#include "http/Authentication.h"
#include "http/dto/LegalHoldJson.h"

#include <Poco/JSON/Array.h>

namespace kiroku::backend::http {

Response LegalHoldListHandler::handle(Request& request) {
    request.body();
    const auto staff =
        requireStaff(request, m_auth, {domain::Role::Manager, domain::Role::Admin, domain::Role::Auditor});
    const auto now = m_clock.now();
    Poco::JSON::Array::Ptr holds = new Poco::JSON::Array;
    for (const auto& hold : m_holds.list(staff)) {
        holds->add(legalHoldJson(hold, m_holds.inForce(hold, now)));
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("legal_holds", holds);
    return Response::ofJson(200, out);
}

} // namespace kiroku::backend::http
