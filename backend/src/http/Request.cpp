#include "http/Request.h"

#include "http/HttpError.h"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <istream>

namespace kiroku::backend::http {

Request::Request(Poco::Net::HTTPServerRequest& raw, std::string requestId,
                 std::map<std::string, std::string> pathParams, std::size_t maxBodyBytes)
    : m_raw(raw), m_requestId(std::move(requestId)), m_params(std::move(pathParams)), m_maxBodyBytes(maxBodyBytes) {}

const std::string& Request::method() const {
    return m_raw.getMethod();
}

const std::string& Request::param(const std::string& name) const {
    const auto it = m_params.find(name);
    if (it == m_params.end()) {
        throw HttpError(404, "not_found", "no such resource");
    }
    return it->second;
}

const std::string& Request::body() {
    if (m_body) {
        return *m_body;
    }
    const auto declared = m_raw.getContentLength64();
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
        static_cast<std::uint64_t>(declared) > m_maxBodyBytes) {
        throw HttpError(413, "body_too_large",
                        "the request body is larger than the limit of " + std::to_string(m_maxBodyBytes) + " bytes");
    }
    std::string content;
    std::istream& in = m_raw.stream();
    char buffer[8192];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > m_maxBodyBytes) {
            throw HttpError(413, "body_too_large",
                            "the request body is larger than the limit of " + std::to_string(m_maxBodyBytes) +
                                " bytes");
        }
    }
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
        content.size() != static_cast<std::uint64_t>(declared)) {
        throw HttpError(400, "truncated_body", "the request body is shorter than its Content-Length");
    }
    m_body = std::move(content);
    return *m_body;
}

Poco::JSON::Object::Ptr Request::jsonObject() {
    const std::string& type = m_raw.getContentType();
    if (type.rfind("application/json", 0) != 0) {
        throw HttpError(415, "unsupported_media_type", "the request body must be application/json");
    }
    const std::string& text = body();
    try {
        Poco::JSON::Parser parser;
        parser.setDepth(32);
        const Poco::Dynamic::Var parsed = parser.parse(text);
        if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
            throw HttpError(400, "malformed_json", "the request body must be a JSON object");
        }
        return parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        // The parser's message may quote the body; never echo it.
        throw HttpError(400, "malformed_json", "the request body is not valid JSON");
    }
}

std::optional<std::string> Request::header(const std::string& name) const {
    if (!m_raw.has(name)) {
        return std::nullopt;
    }
    return m_raw.get(name);
}

std::optional<std::string> Request::bearerToken() const {
    const auto value = header("Authorization");
    static const std::string kPrefix = "Bearer ";
    if (!value || value->size() <= kPrefix.size() || value->compare(0, kPrefix.size(), kPrefix) != 0) {
        return std::nullopt;
    }
    return value->substr(kPrefix.size());
}

} // namespace kiroku::backend::http
