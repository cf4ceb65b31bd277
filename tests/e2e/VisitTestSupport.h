#pragma once

// What the visit, booth, crash and benchmark tests share: a logged-in clerk's HTTPS session that verifies
// customers and checks them in through the real endpoints, and SQL look-ups of what was stored.

#include "crypto/Random.h"
#include "support/HttpsClient.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include <Poco/JSON/Object.h>
#include <pqxx/pqxx>

#include <cstdint>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

namespace kiroku::test {

inline std::string jsonText(const Poco::JSON::Object& object) {
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

/// A fresh random Idempotency-Key.
inline std::string newKey() {
    return "k-" + crypto::randomHex(16);
}

inline std::string errorCode(const HttpResult& result) {
    return result.json()->getObject("error")->getValue<std::string>("code");
}

/// A clerk at the counter: one keep-alive HTTPS connection and a bearer token.
class CounterSession {
public:
    CounterSession(const ServerProcess& server, const std::string& login, const std::string& password)
        : m_client("127.0.0.1", server.port(), server.caFile()) {
        Poco::JSON::Object body;
        body.set("login", login);
        body.set("password", password);
        const auto result = m_client.post("/v1/auth/login", jsonText(body));
        if (result.status != 200) {
            throw std::runtime_error("login failed with " + std::to_string(result.status) + ": " + result.body);
        }
        m_token = result.json()->getValue<std::string>("token");
    }

    HttpResult post(const std::string& path, const std::string& body, const std::string& idempotencyKey = {}) {
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + m_token}};
        if (!idempotencyKey.empty()) {
            headers["Idempotency-Key"] = idempotencyKey;
        }
        return m_client.post(path, body, headers);
    }

    HttpResult get(const std::string& path) { return m_client.get(path, {{"Authorization", "Bearer " + m_token}}); }

    /// POST /v1/identity-verifications for a customer born on `dateOfBirth` (a driver's license, checked by sight);
    /// returns the new record's id.
    std::string verify(const std::string& dateOfBirth, const std::string& name = "山田 太郎") {
        const auto result = post("/v1/identity-verifications", verificationBody(dateOfBirth, name));
        if (result.status != 201) {
            throw std::runtime_error("identity verification failed with " + std::to_string(result.status) + ": " +
                                     result.body);
        }
        return result.json()->getValue<std::string>("id");
    }

    static std::string verificationBody(const std::string& dateOfBirth, const std::string& name = "山田 太郎") {
        Poco::JSON::Object::Ptr person = new Poco::JSON::Object;
        person->set("name", name);
        person->set("address", "東京都新宿区西新宿2-8-1");
        person->set("date_of_birth", dateOfBirth);
        Poco::JSON::Object::Ptr document = new Poco::JSON::Object;
        document->set("kind", "drivers_license");
        document->set("number", "123456789012");
        document->set("expires_on", "2035-01-01");
        Poco::JSON::Object body;
        body.set("method", "visual");
        body.set("person", person);
        body.set("document", document);
        return jsonText(body);
    }

    static std::string checkInBody(const std::string& identityId, std::int64_t boothId) {
        Poco::JSON::Object body;
        body.set("identity_record_id", identityId);
        body.set("booth_id", boothId);
        return jsonText(body);
    }

    HttpResult checkIn(const std::string& identityId, std::int64_t boothId, const std::string& key) {
        return post("/v1/visits", checkInBody(identityId, boothId), key);
    }

    HttpResult move(const std::string& visitId, std::int64_t boothId, const std::string& key) {
        Poco::JSON::Object body;
        body.set("booth_id", boothId);
        return post("/v1/visits/" + visitId + "/moves", jsonText(body), key);
    }

    HttpResult checkout(const std::string& visitId, const std::string& key) {
        return post("/v1/visits/" + visitId + "/checkout", "{}", key);
    }

private:
    HttpsClient m_client;
    std::string m_token;
};

/// Booth ids of a store by label.
inline std::map<std::string, std::int64_t> boothIds(const TestDatabase& db, std::int64_t storeId) {
    auto connection = db.connect();
    pqxx::read_transaction tx(*connection);
    std::map<std::string, std::int64_t> ids;
    for (const auto& row : tx.exec_params("SELECT label, id FROM booths WHERE store_id = $1", storeId)) {
        ids[row[0].as<std::string>()] = row[1].as<std::int64_t>();
    }
    return ids;
}

/// One number from SQL, e.g. a count.
inline std::int64_t queryNumber(const TestDatabase& db, const std::string& sql) {
    auto connection = db.connect();
    pqxx::read_transaction tx(*connection);
    return tx.exec1(sql)[0].as<std::int64_t>();
}

inline std::string queryText(const TestDatabase& db, const std::string& sql) {
    auto connection = db.connect();
    pqxx::read_transaction tx(*connection);
    return tx.exec1(sql)[0].as<std::string>();
}

} // namespace kiroku::test
