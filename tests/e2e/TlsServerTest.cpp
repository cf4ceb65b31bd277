#include "support/HttpsClient.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using kiroku::test::HttpsClient;
using kiroku::test::ServerProcess;
using kiroku::test::TestDatabase;

namespace {

int connectLoopback(std::uint16_t port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    return fd;
}

/// Tries a TLS handshake limited to [minVersion, maxVersion]; returns the negotiated version or 0.
int handshake(std::uint16_t port, int minVersion, int maxVersion, const std::string& caFile) {
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(ctx, minVersion);
    SSL_CTX_set_max_proto_version(ctx, maxVersion);
    // Let the client offer old protocols at all (OpenSSL 3 forbids them at the default level).
    SSL_CTX_set_cipher_list(ctx, "ALL:@SECLEVEL=0");
    SSL_CTX_load_verify_locations(ctx, caFile.c_str(), nullptr);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    const int fd = connectLoopback(port);
    SSL* ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    int version = 0;
    if (SSL_connect(ssl) == 1) {
        version = SSL_version(ssl);
    }
    ERR_clear_error();
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(ctx);
    return version;
}

} // namespace

TEST_CASE("the server answers /healthz over HTTPS with a certificate the client verifies", "[tls][e2e]") {
    auto db = TestDatabase::migrated();
    ServerProcess server(db.dsn());
    HttpsClient client("localhost", server.port(), server.caFile());
    const auto result = client.get("/healthz");
    CHECK(result.status == 200);
    CHECK(result.json()->getValue<std::string>("status") == "ok");
    CHECK(result.headers.count("X-Request-Id") == 1);
    CHECK(result.headers.at("Strict-Transport-Security").find("max-age=") == 0);
}

TEST_CASE("/readyz says ready when the database is migrated, and not ready when it is not", "[tls][e2e]") {
    SECTION("migrated") {
        auto db = TestDatabase::migrated();
        ServerProcess server(db.dsn());
        HttpsClient client("127.0.0.1", server.port(), server.caFile());
        const auto result = client.get("/readyz");
        CHECK(result.status == 200);
        const auto body = result.json();
        CHECK(body->getValue<std::string>("status") == "ready");
        CHECK(body->getObject("database")->getValue<bool>("migrated"));
    }
    SECTION("empty database") {
        auto db = TestDatabase::empty();
        ServerProcess server(db.dsn());
        HttpsClient client("127.0.0.1", server.port(), server.caFile());
        const auto result = client.get("/readyz");
        CHECK(result.status == 503);
        const auto body = result.json();
        CHECK(body->getValue<std::string>("status") == "not_ready");
        CHECK(body->getObject("database")->getValue<bool>("reachable"));
        CHECK_FALSE(body->getObject("database")->getValue<bool>("migrated"));
    }
    SECTION("migrated at start when configured") {
        auto db = TestDatabase::empty();
        ServerProcess server(db.dsn(), {{"database.migrate_on_start", "true"}});
        HttpsClient client("127.0.0.1", server.port(), server.caFile());
        CHECK(client.get("/readyz").status == 200);
    }
}

TEST_CASE("plain HTTP to the server's port gets no HTTP answer", "[tls][e2e]") {
    auto db = TestDatabase::migrated();
    ServerProcess server(db.dsn());
    Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
    session.setTimeout(Poco::Timespan(5, 0));
    Poco::Net::HTTPRequest request("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
    bool answered = false;
    try {
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        session.receiveResponse(response);
        answered = response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK;
    } catch (const Poco::Exception&) {
        answered = false;
    }
    CHECK_FALSE(answered);
    // ...and the server is still there for TLS clients afterwards.
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    CHECK(client.get("/healthz").status == 200);
}

TEST_CASE("the server refuses TLS 1.1 and 1.0 and accepts TLS 1.2 and 1.3", "[tls][e2e]") {
    auto db = TestDatabase::migrated();
    ServerProcess server(db.dsn());
    CHECK(handshake(server.port(), TLS1_VERSION, TLS1_1_VERSION, server.caFile()) == 0);
    CHECK(handshake(server.port(), TLS1_VERSION, TLS1_VERSION, server.caFile()) == 0);
    CHECK(handshake(server.port(), TLS1_2_VERSION, TLS1_2_VERSION, server.caFile()) == TLS1_2_VERSION);
    CHECK(handshake(server.port(), TLS1_3_VERSION, TLS1_3_VERSION, server.caFile()) == TLS1_3_VERSION);
}

TEST_CASE("every failure has a JSON error body with code, message and field", "[http][e2e]") {
    auto db = TestDatabase::migrated();
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    SECTION("unknown route") {
        const auto result = client.get("/v1/nothing-here");
        CHECK(result.status == 404);
        const auto error = result.json()->getObject("error");
        CHECK(error->getValue<std::string>("code") == "not_found");
        CHECK_FALSE(error->getValue<std::string>("message").empty());
        CHECK(error->has("field"));
    }
    SECTION("wrong method") {
        const auto result = client.post("/healthz", "{}");
        CHECK(result.status == 405);
        CHECK(result.json()->getObject("error")->getValue<std::string>("code") == "method_not_allowed");
    }
}

TEST_CASE("the server's request log is structured and names the route, not the raw path", "[http][e2e]") {
    auto db = TestDatabase::migrated();
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    const auto result = client.get("/healthz", {{"X-Request-Id", "0123456789abcdef"}});
    CHECK(result.headers.at("X-Request-Id") == "0123456789abcdef");
    client.get("/v1/members/by-card/SECRETTOKEN123");
    server.stop();
    const std::string log = server.log();
    CHECK(log.find("\"event\":\"http.request\"") != std::string::npos);
    CHECK(log.find("\"request_id\":\"0123456789abcdef\"") != std::string::npos);
    CHECK(log.find("SECRETTOKEN123") == std::string::npos);
}
