#pragma once

#include "http/HttpsServer.h"
#include "http/Router.h"

#include <Poco/Net/Context.h>

#include <cstdint>
#include <memory>
#include <string>

namespace Poco {
class ThreadPool;
}
namespace Poco::Net {
class TCPServer;
class VerificationErrorArgs;
} // namespace Poco::Net
namespace kiroku::backend::app {
class Log;
}

namespace kiroku::backend::http {

struct PoliceListenerSettings {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8444;
    std::string caFile; ///< PEM of the police CA: the only trust anchor for client certificates; empty: no listener
    TlsSettings tls;    ///< the server's own certificate and key (by default those of tls.*)
    int threads = 8;
    int keepAliveSeconds = 5;
};

/// The TLS context of the police listener: as makeServerTlsContext, plus a client certificate required and verified
/// (VERIFY_STRICT) against `caFile` alone — no system CAs, chains of at most 4 certificates.
Poco::Net::Context::Ptr makeMutualTlsContext(const TlsSettings& tls, const std::string& caFile);

/// A second HTTPS listener for police clients, with mutual TLS. The handshake is completed before any HTTP is read:
/// a connection without a client certificate, with one from another CA, or with an expired one is refused at TLS
/// and logged ("police.tls_refused" with the peer address and OpenSSL's reason — never the certificate's subject).
/// Accepted connections are served by `router` (the police routes only).
class PoliceListener {
public:
    PoliceListener(const PoliceListenerSettings& settings, Router& router, const app::Log& log);
    ~PoliceListener();
    PoliceListener(const PoliceListener&) = delete;
    PoliceListener& operator=(const PoliceListener&) = delete;

    void start();
    void stop();
    std::uint16_t port() const { return m_port; }

private:
    void onVerificationError(const void* sender, Poco::Net::VerificationErrorArgs& args);

    const app::Log& m_log;
    std::unique_ptr<Poco::ThreadPool> m_threads;
    std::unique_ptr<Poco::Net::TCPServer> m_server;
    std::uint16_t m_port = 0;
};

} // namespace kiroku::backend::http
