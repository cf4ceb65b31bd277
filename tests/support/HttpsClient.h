#pragma once

#include <Poco/JSON/Object.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace Poco::Net {
class HTTPSClientSession;
}

namespace kiroku::test {

struct HttpResult {
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;
    /// The body parsed as a JSON object (throws when it is not one).
    Poco::JSON::Object::Ptr json() const;
};

/// A client certificate and its key (PEM files), for mutual TLS.
struct ClientCertificateFiles {
    std::string certificateFile;
    std::string privateKeyFile;
};

/// A keep-alive HTTPS client that trusts only the given CA and verifies the server's name, as the
/// kiosk does; with `clientCertificate`, it presents that certificate (mutual TLS).
class HttpsClient {
public:
    HttpsClient(const std::string& host, std::uint16_t port, const std::string& caFile,
                const std::optional<ClientCertificateFiles>& clientCertificate = std::nullopt);
    ~HttpsClient();

    HttpResult request(const std::string& method, const std::string& path, const std::string& body = {},
                       const std::map<std::string, std::string>& headers = {},
                       const std::string& contentType = "application/json");
    HttpResult get(const std::string& path, const std::map<std::string, std::string>& headers = {}) {
        return request("GET", path, {}, headers);
    }
    HttpResult post(const std::string& path, const std::string& body,
                    const std::map<std::string, std::string>& headers = {}) {
        return request("POST", path, body, headers);
    }

private:
    std::unique_ptr<Poco::Net::HTTPSClientSession> m_session;
    std::chrono::steady_clock::time_point m_lastUsed{};
};

} // namespace kiroku::test
