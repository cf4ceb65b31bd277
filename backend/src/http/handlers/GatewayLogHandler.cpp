#include "http/handlers/GatewayLogHandler.h"

#include "domain/Errors.h"
#include "http/HttpError.h"

#include <Poco/JSON/Array.h>
#include <Poco/Net/HTTPServerRequest.h>

namespace kiroku::backend::http {

Response GatewayLogHandler::handle(Request& request) {
    static const std::string kScheme = "Gateway ";
    // Refused before the (possibly large) body is read; the router drains or closes the connection.
    const auto authorization = request.header("Authorization");
    if (!authorization || authorization->compare(0, kScheme.size(), kScheme) != 0) {
        throw domain::Unauthenticated(
            "this call needs the gateway's credential: send Authorization: Gateway <gateway id>.<secret>");
    }
    const auto gateway = m_auth.authenticate(std::string_view(*authorization).substr(kScheme.size()));
    const std::string& type = request.raw().getContentType();
    if (type.rfind("text/plain", 0) != 0 && type.rfind("application/octet-stream", 0) != 0) {
        throw HttpError(415, "unsupported_media_type",
                        "the request body must be the log as text/plain (or application/octet-stream)");
    }
    const std::string& body = request.body();
    if (body.empty()) {
        throw domain::ValidationError("body", "is empty: send the gateway's log lines");
    }

    services::NatIngestRequest ingest;
    ingest.storeId = gateway.storeId;
    ingest.gatewayId = gateway.id;
    ingest.content = body;
    domain::NatIngestResult result;
    try {
        result = m_ingest.ingest(ingest);
    } catch (const domain::Unavailable& e) {
        throw domain::Unavailable(std::string(e.what()) +
                                  "; nothing of this upload was stored: send the same bytes again");
    }

    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("upload_id", result.uploadId);
    out->set("duplicate", result.duplicate);
    out->set("format", "conntrack");
    out->set("lines", static_cast<Poco::UInt64>(result.lines));
    out->set("events", static_cast<Poco::UInt64>(result.events));
    out->set("skipped", static_cast<Poco::UInt64>(result.skipped));
    out->set("malformed", static_cast<Poco::UInt64>(result.malformed));
    Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
    for (const auto& problem : result.malformedLines) {
        Poco::JSON::Object::Ptr line = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        line->set("line", static_cast<Poco::UInt64>(problem.line));
        line->set("reason", problem.reason);
        lines->add(line);
    }
    out->set("malformed_lines", lines);
    Poco::JSON::Object::Ptr mappings = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    mappings->set("inserted", static_cast<Poco::UInt64>(result.mappingsInserted));
    mappings->set("closed", static_cast<Poco::UInt64>(result.mappingsClosed));
    mappings->set("already_stored", static_cast<Poco::UInt64>(result.mappingsKnown));
    out->set("mappings", mappings);
    return Response::ofJson(result.duplicate ? 200 : 201, out);
}

} // namespace kiroku::backend::http
