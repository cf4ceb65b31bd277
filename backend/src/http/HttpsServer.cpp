#include "http/HttpsServer.h"

#include "http/HttpError.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/ThreadPool.h>

#include <stdexcept>

namespace kiroku::backend::http {

namespace {
constexpr const char* kDefaultCiphers = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
}

Poco::Net::Context::Ptr makeServerTlsContext(const TlsSettings& tls) {
    if (tls.certificateFile.empty() || tls.privateKeyFile.empty()) {
        throw std::invalid_argument("tls.certificate and tls.private_key must be set: the server speaks HTTPS only");
    }
    Poco::Net::Context::Params params;
    params.certificateFile = tls.certificateFile;
    params.privateKeyFile = tls.privateKeyFile;
    params.verificationMode = Poco::Net::Context::VERIFY_NONE;
    params.loadDefaultCAs = false;
    params.cipherList = tls.cipherList.empty() ? kDefaultCiphers : tls.cipherList;
    params.dhUse2048Bits = true;
    params.ecdhCurve = "X25519:prime256v1:secp384r1";
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                              Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
    context->preferServerCiphers();
    context->enableSessionCache(false);
    return context;
}

namespace {
// Poco owns its factory through a SharedPtr; the router is owned by the application's wiring.
class ForwardingFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit ForwardingFactory(Router& router) : m_router(router) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override {
        return m_router.createRequestHandler(request);
    }

private:
    Router& m_router;
};
} // namespace

HttpsServer::HttpsServer(const ServerSettings& settings, Router& router) {
    Poco::Net::Context::Ptr context = makeServerTlsContext(settings.tls);
    Poco::Net::SecureServerSocket socket(Poco::Net::SocketAddress(settings.address, settings.port), 128, context);
    m_port = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(settings.threads);
    params->setMaxQueued(settings.queue);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(settings.keepAliveSeconds, 0));
    params->setTimeout(Poco::Timespan(30, 0));
    params->setServerName("kiroku");
    params->setSoftwareVersion("kiroku");
    // Poco serves one connection per thread: a pool of our own, sized by server.threads (the default
    // pool stops at 16 threads, and idle keep-alive connections would hold them all).
    m_threads = std::make_unique<Poco::ThreadPool>(std::min(2, settings.threads), settings.threads, 60);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new ForwardingFactory(router), *m_threads, socket, params);
}

HttpsServer::~HttpsServer() {
    if (m_server) {
        m_server->stopAll(true);
        m_server.reset();
    }
    if (m_threads) {
        m_threads->joinAll();
    }
}

void HttpsServer::start() {
    m_server->start();
}

void HttpsServer::stop() {
    m_server->stopAll(false);
}

std::uint16_t HttpsServer::port() const {
    return m_port;
}

} // namespace kiroku::backend::http
