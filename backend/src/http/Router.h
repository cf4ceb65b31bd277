#pragma once

#include "http/Handler.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::app {
class Log;
}

namespace kiroku::backend::http {

/// Maps METHOD + path pattern ("/v1/visits/{id}/moves") to a handler, and is the one place where
/// every failure becomes a JSON error body {"error":{"code","message","field"}}. Each request gets
/// an id (X-Request-Id, echoed) and one structured access-log line with the route pattern — never
/// the raw path, which may hold a token.
class Router : public Poco::Net::HTTPRequestHandlerFactory {
public:
    struct Match {
        Handler* handler = nullptr;
        const std::string* pattern = nullptr;
        std::map<std::string, std::string> params;
        bool pathKnown = false;       ///< some route has this path, perhaps under another method
        std::size_t maxBodyBytes = 0; ///< the route's body limit
    };

    Router(const app::Log& log, std::size_t maxBodyBytes);

    /// Registers a route. Handlers are owned by the router. `maxBodyBytes` overrides the server-wide body limit for
    /// this route only (gateways upload logs of several megabytes).
    void add(const std::string& method, const std::string& pattern, std::unique_ptr<Handler> handler,
             std::optional<std::size_t> maxBodyBytes = std::nullopt);

    Match match(const std::string& method, const std::string& path) const;

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

    const app::Log& log() const { return m_log; }
    std::size_t maxBodyBytes() const { return m_maxBodyBytes; }

private:
    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        std::unique_ptr<Handler> handler;
        std::size_t maxBodyBytes = 0;
    };

    const app::Log& m_log;
    std::size_t m_maxBodyBytes;
    std::vector<Route> m_routes;
};

/// The JSON error body for an error code, message and optional field.
Poco::JSON::Object::Ptr errorBody(const std::string& code, const std::string& message, const std::string& field);

} // namespace kiroku::backend::http
