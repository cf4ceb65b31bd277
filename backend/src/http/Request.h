#pragma once

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace Poco::Net {
class HTTPServerRequest;
}

namespace kiroku::backend::http {

/// The handler's view of a request: path parameters, a size-limited body, parsed JSON.
class Request {
public:
    Request(Poco::Net::HTTPServerRequest& raw, std::string requestId, std::map<std::string, std::string> pathParams,
            std::size_t maxBodyBytes);

    Poco::Net::HTTPServerRequest& raw() { return m_raw; }
    const std::string& requestId() const { return m_requestId; }
    const std::string& method() const;

    /// A path parameter of the route, e.g. "id" of /v1/visits/{id}. Throws HttpError 404 when absent.
    const std::string& param(const std::string& name) const;

    /// The body, read once; HttpError 413 past the limit, 400 on a truncated body.
    const std::string& body();

    /// The body as a JSON object; HttpError 415 for another content type, 400 for malformed JSON
    /// or a top-level value that is not an object.
    Poco::JSON::Object::Ptr jsonObject();

    /// A header's value, if present.
    std::optional<std::string> header(const std::string& name) const;

    /// The bearer token of the Authorization header, if any.
    std::optional<std::string> bearerToken() const;

private:
    Poco::Net::HTTPServerRequest& m_raw;
    std::string m_requestId;
    std::map<std::string, std::string> m_params;
    std::size_t m_maxBodyBytes;
    std::optional<std::string> m_body;
};

} // namespace kiroku::backend::http
