#include "http/Router.h"

#include "app/Log.h"
#include "crypto/Random.h"
#include "http/ErrorMapping.h"
#include "http/HttpError.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <chrono>
#include <sstream>

namespace kiroku::backend::http {

namespace {

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty()) {
                parts.push_back(std::move(current));
                current.clear();
            }
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) {
        parts.push_back(std::move(current));
    }
    return parts;
}

bool acceptableRequestId(const std::string& id) {
    return !id.empty() && id.size() <= 64 && id.find_first_not_of("0123456789abcdefABCDEF-") == std::string::npos;
}

/// Reads and discards what a handler left of the request body (it may have refused the request
/// before reading it), so the next request on a kept-alive connection starts clean and a client
/// still sending gets its answer. Returns false when more than the drain limit was left.
bool drainBody(Poco::Net::HTTPServerRequest& in) {
    constexpr std::size_t kDrainLimit = 1024 * 1024;
    std::istream& stream = in.stream();
    char buffer[8192];
    std::size_t drained = 0;
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        drained += static_cast<std::size_t>(stream.gcount());
        if (drained > kDrainLimit) {
            return false;
        }
    }
    return true;
}

void send(Poco::Net::HTTPServerResponse& out, const Response& response, const std::string& requestId,
          bool bodyDrained) {
    out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    out.set("X-Request-Id", requestId);
    out.set("Cache-Control", "no-store");
    out.set("X-Content-Type-Options", "nosniff");
    out.set("Strict-Transport-Security", "max-age=31536000");
    for (const auto& [name, value] : response.headers) {
        out.set(name, value);
    }
    if (!bodyDrained) {
        // Part of the request body is still unread: the connection can't carry another request.
        out.setKeepAlive(false);
    }
    std::string body = response.body;
    if (response.json) {
        std::ostringstream json;
        response.json->stringify(json);
        body = json.str();
    }
    out.setContentType(response.contentType);
    out.setContentLength64(static_cast<Poco::Int64>(body.size()));
    out.send() << body;
}

class Dispatch : public Poco::Net::HTTPRequestHandler {
public:
    explicit Dispatch(Router& router) : m_router(router) {}

    void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
        const auto started = std::chrono::steady_clock::now();
        std::string requestId = in.get("X-Request-Id", "");
        if (!acceptableRequestId(requestId)) {
            requestId = crypto::randomHex(16);
        }
        std::string route = "(unmatched)";
        Response response;
        try {
            const std::string path = Poco::URI(in.getURI()).getPath();
            auto match = m_router.match(in.getMethod(), path);
            if (match.handler == nullptr) {
                if (match.pathKnown) {
                    throw HttpError(405, "method_not_allowed", "this resource does not support " + in.getMethod());
                }
                throw HttpError(404, "not_found", "no such resource");
            }
            route = *match.pattern;
            Request request(in, requestId, std::move(match.params), match.maxBodyBytes);
            response = match.handler->handle(request);
        } catch (...) {
            response = mapCurrentException(m_router.log(), requestId, route);
        }
        bool drained = false;
        try {
            drained = drainBody(in);
        } catch (const std::exception&) {
            drained = false;
        }
        try {
            send(out, response, requestId, drained);
        } catch (const std::exception&) {
            m_router.log().warning("http.send_failed", {{"request_id", requestId}, {"route", route}});
            return;
        }
        const auto micros =
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
        m_router.log().info("http.request", {{"request_id", requestId},
                                             {"method", in.getMethod()},
                                             {"route", route},
                                             {"status", std::int64_t{response.status}},
                                             {"duration_ms", static_cast<double>(micros) / 1000.0}});
    }

private:
    Router& m_router;
};

} // namespace

Poco::JSON::Object::Ptr errorBody(const std::string& code, const std::string& message, const std::string& field) {
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    error->set("code", code);
    error->set("message", message);
    if (field.empty()) {
        error->set("field", Poco::Dynamic::Var());
    } else {
        error->set("field", field);
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("error", error);
    return body;
}

Router::Router(const app::Log& log, std::size_t maxBodyBytes) : m_log(log), m_maxBodyBytes(maxBodyBytes) {}

void Router::add(const std::string& method, const std::string& pattern, std::unique_ptr<Handler> handler,
                 std::optional<std::size_t> maxBodyBytes) {
    m_routes.push_back(
        {method, pattern, splitPath(pattern), std::move(handler), maxBodyBytes.value_or(m_maxBodyBytes)});
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
    const auto parts = splitPath(path);
    Match result;
    for (const auto& route : m_routes) {
        if (route.segments.size() != parts.size()) {
            continue;
        }
        std::map<std::string, std::string> params;
        bool ok = true;
        for (std::size_t i = 0; i < parts.size() && ok; ++i) {
            const auto& segment = route.segments[i];
            if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
                params[segment.substr(1, segment.size() - 2)] = parts[i];
            } else {
                ok = segment == parts[i];
            }
        }
        if (!ok) {
            continue;
        }
        result.pathKnown = true;
        if (route.method == method) {
            result.handler = route.handler.get();
            result.pattern = &route.pattern;
            result.params = std::move(params);
            result.maxBodyBytes = route.maxBodyBytes;
            return result;
        }
    }
    return result;
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
    return new Dispatch(*this);
}

} // namespace kiroku::backend::http
