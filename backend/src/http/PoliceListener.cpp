#include "http/PoliceListener.h"

#include "app/Log.h"

#include <Poco/Delegate.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/Net/VerificationErrorArgs.h>
#include <Poco/ThreadPool.h>

#include <stdexcept>

namespace kiroku::backend::http {

namespace {

// The main listener's choice (HttpsServer.cpp): forward-secret AEAD suites for TLS 1.2.
constexpr const char* kDefaultCiphers = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";

// OpenSSL verifies the chain inside the handshake, on the connection's thread: the reason of a refused certificate
// is noted here by the verification callback and logged when the handshake fails.
thread_local std::string t_verificationError;

/// OpenSSL's reason for a failed handshake, without anything the peer sent (no certificate subject).
std::string refusalReason(const Poco::Exception& e) {
    if (!t_verificationError.empty()) {
        return "certificate refused: " + t_verificationError;
    }
    const std::string text = e.displayText();
    if (text.find("did not return a certificate") != std::string::npos ||
        text.find("certificate required") != std::string::npos) {
        return "no client certificate";
    }
    if (e.code() == 0 && text.find("Timeout") != std::string::npos) {
        return "handshake timed out";
    }
    return "handshake failed: " + std::string(e.name());
}

class PoliceConnection : public Poco::Net::TCPServerConnection {
public:
    PoliceConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                     Poco::Net::HTTPRequestHandlerFactory::Ptr factory, const app::Log& log)
        : TCPServerConnection(socket), m_params(std::move(params)), m_factory(std::move(factory)), m_log(log) {}

    void run() override {
        std::string peer = "unknown";
        try {
            peer = socket().peerAddress().toString();
        } catch (const Poco::Exception&) {
            return; // gone already
        }
        t_verificationError.clear();
        try {
            Poco::Net::SecureStreamSocket secure(socket());
            secure.setReceiveTimeout(Poco::Timespan(15, 0));
            secure.completeHandshake();
            if (!secure.havePeerCertificate()) {
                m_log.warning("police.tls_refused", {{"peer", peer}, {"reason", "no client certificate"}});
                return;
            }
            m_log.info("police.tls_accepted", {{"peer", peer}, {"serial", secure.peerCertificate().serialNumber()}});
            secure.setReceiveTimeout(m_params->getTimeout());
        } catch (const Poco::Exception& e) {
            m_log.warning("police.tls_refused", {{"peer", peer}, {"reason", refusalReason(e)}});
            return;
        }
        Poco::Net::HTTPServerConnection http(socket(), m_params, m_factory);
        http.run();
    }

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    const app::Log& m_log;
};

// Poco owns its factories through SharedPtrs; the router is owned by the application's wiring.
class RouterFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit RouterFactory(Router& router) : m_router(router) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override {
        return m_router.createRequestHandler(request);
    }

private:
    Router& m_router;
};

class ConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
public:
    ConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Router& router, const app::Log& log)
        : m_params(std::move(params)), m_factory(new RouterFactory(router)), m_log(log) {}
    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
        return new PoliceConnection(socket, m_params, m_factory, m_log);
    }

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    const app::Log& m_log;
};

} // namespace

Poco::Net::Context::Ptr makeMutualTlsContext(const TlsSettings& tls, const std::string& caFile) {
    if (tls.certificateFile.empty() || tls.privateKeyFile.empty()) {
        throw std::invalid_argument("the police listener needs a server certificate and key (police.certificate "
                                    "and police.private_key, or tls.certificate and tls.private_key)");
    }
    if (caFile.empty()) {
        throw std::invalid_argument("police.ca_file must name the police CA's certificate (PEM)");
    }
    Poco::Net::Context::Params params;
    params.certificateFile = tls.certificateFile;
    params.privateKeyFile = tls.privateKeyFile;
    params.caLocation = caFile;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.verificationDepth = 4;
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

PoliceListener::PoliceListener(const PoliceListenerSettings& settings, Router& router, const app::Log& log)
    : m_log(log) {
    Poco::Net::Context::Ptr context = makeMutualTlsContext(settings.tls, settings.caFile);
    Poco::Net::SecureServerSocket socket(Poco::Net::SocketAddress(settings.address, settings.port), 64, context);
    m_port = socket.address().port();
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(settings.threads);
    params->setMaxQueued(64);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(settings.keepAliveSeconds, 0));
    params->setTimeout(Poco::Timespan(30, 0));
    params->setServerName("kiroku");
    params->setSoftwareVersion("kiroku");
    m_threads = std::make_unique<Poco::ThreadPool>(1, settings.threads, 60);
    Poco::Net::SSLManager::instance().ServerVerificationError +=
        Poco::delegate(this, &PoliceListener::onVerificationError);
    m_server =
        std::make_unique<Poco::Net::TCPServer>(new ConnectionFactory(params, router, log), *m_threads, socket, params);
}

PoliceListener::~PoliceListener() {
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    if (m_threads) {
        m_threads->joinAll();
    }
    Poco::Net::SSLManager::instance().ServerVerificationError -=
        Poco::delegate(this, &PoliceListener::onVerificationError);
}

void PoliceListener::onVerificationError(const void*, Poco::Net::VerificationErrorArgs& args) {
    // Never ignored: the certificate stays refused. Only the first reason of a handshake is kept.
    if (t_verificationError.empty()) {
        t_verificationError = args.errorMessage();
    }
}

void PoliceListener::start() {
    m_server->start();
}

void PoliceListener::stop() {
    m_server->stop();
}

} // namespace kiroku::backend::http
