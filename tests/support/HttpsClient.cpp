#include "support/HttpsClient.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <sstream>

namespace kiroku::test {

Poco::JSON::Object::Ptr HttpResult::json() const {
    Poco::JSON::Parser parser;
    return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
}

HttpsClient::HttpsClient(const std::string& host, std::uint16_t port, const std::string& caFile,
                         const std::optional<ClientCertificateFiles>& clientCertificate) {
    Poco::Net::Context::Params params;
    if (clientCertificate) {
        params.certificateFile = clientCertificate->certificateFile;
        params.privateKeyFile = clientCertificate->privateKeyFile;
    }
    params.caLocation = caFile;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    m_session = std::make_unique<Poco::Net::HTTPSClientSession>(host, port, context);
    m_session->setKeepAlive(true);
    m_session->setTimeout(Poco::Timespan(30, 0));
}

HttpsClient::~HttpsClient() = default;

HttpResult HttpsClient::request(const std::string& method, const std::string& path, const std::string& body,
                                const std::map<std::string, std::string>& headers, const std::string& contentType) {
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [k, v] : headers) {
        request.set(k, v);
    }
    if (!body.empty() || method == "POST" || method == "PUT") {
        request.setContentType(contentType);
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    // The server closes keep-alive connections idle for server.keep_alive_seconds (5 s by default):
    // like a browser, don't reuse one that has been idle nearly that long.
    const auto now = std::chrono::steady_clock::now();
    if (m_session->connected() && now - m_lastUsed > std::chrono::seconds(3)) {
        m_session->reset();
    }
    m_lastUsed = now;
    std::ostream& out = m_session->sendRequest(request);
    out << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = m_session->receiveResponse(response);
    HttpResult result;
    result.status = static_cast<int>(response.getStatus());
    std::ostringstream content;
    Poco::StreamCopier::copyStream(in, content);
    result.body = content.str();
    m_lastUsed = std::chrono::steady_clock::now();
    for (const auto& [k, v] : response) {
        result.headers[k] = v;
    }
    return result;
}

} // namespace kiroku::test
