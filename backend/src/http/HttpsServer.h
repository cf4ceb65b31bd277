#pragma once

#include "http/Router.h"

#include <Poco/Net/Context.h>

#include <cstdint>
#include <memory>
#include <string>

namespace Poco {
class ThreadPool;
}
namespace Poco::Net {
class HTTPServer;
}

namespace kiroku::backend::http {

struct TlsSettings {
    std::string certificateFile; ///< PEM, the server certificate (and chain)
    std::string privateKeyFile;  ///< PEM, mode 0600
    std::string cipherList;      ///< TLS 1.2 ciphers (TLS 1.3 suites are OpenSSL's defaults)
};

struct ServerSettings {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8443;
    int threads = 64;
    int queue = 256;
    int keepAliveSeconds = 5;
    TlsSettings tls;
};

/// The TLS context of the server: TLS 1.2 or later only, forward-secret AEAD ciphers, server cipher
/// preference, no session tickets' renegotiation tricks, no client certificate.
Poco::Net::Context::Ptr makeServerTlsContext(const TlsSettings& tls);

/// An HTTPS-only server: there is no plain-HTTP listener, and a plain request to the port fails the
/// TLS handshake and is closed.
class HttpsServer {
public:
    HttpsServer(const ServerSettings& settings, Router& router);
    ~HttpsServer();
    HttpsServer(const HttpsServer&) = delete;
    HttpsServer& operator=(const HttpsServer&) = delete;

    void start();
    /// Stops accepting, lets running requests finish (up to the grace time) and closes.
    void stop();
    /// The port actually bound (useful with port 0).
    std::uint16_t port() const;

private:
    std::unique_ptr<Poco::ThreadPool> m_threads;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    std::uint16_t m_port = 0;
};

} // namespace kiroku::backend::http
