#include "http/dto/AuditJson.h"

#include "crypto/Encoding.h"
#include "domain/Errors.h"
#include "http/dto/Time.h"

namespace kiroku::backend::http {

Poco::JSON::Object::Ptr chainVerificationJson(const services::ChainVerification& result) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("ok", result.ok);
    body->set("length", static_cast<Poco::Int64>(result.length));
    body->set("head_hash", result.headHash);
    if (result.firstBroken) {
        Poco::JSON::Object::Ptr broken = new Poco::JSON::Object;
        broken->set("seq", static_cast<Poco::Int64>(result.firstBroken->seq));
        broken->set("code", result.firstBroken->code);
        broken->set("message", result.firstBroken->message);
        body->set("first_broken", broken);
    }
    return body;
}

} // namespace kiroku::backend::http

namespace kiroku::backend::http {

Poco::JSON::Object::Ptr checkpointJson(const services::ExportedCheckpoint& c) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("store_id", static_cast<Poco::Int64>(c.storeId));
    body->set("store_code", c.storeCode);
    body->set("length", static_cast<Poco::Int64>(c.length));
    body->set("head_hash", c.headHash);
    body->set("created_at", formatInstant(c.createdAt));
    body->set("key_id", static_cast<Poco::Int64>(c.keyId));
    body->set("algorithm", "ed25519");
    body->set("public_key_pem", c.publicKeyPem);
    body->set("payload", c.payload);
    body->set("signature", crypto::toBase64(c.signature));
    return body;
}

services::ExportedCheckpoint checkpointFromJson(const Poco::JSON::Object::Ptr& json) {
    const auto text = [&](const char* name) {
        if (!json->has(name) || !json->get(name).isString()) {
            throw domain::ValidationError(name, "the checkpoint needs " + std::string(name) + " as a string");
        }
        return json->getValue<std::string>(name);
    };
    const auto integer = [&](const char* name) {
        if (!json->has(name) || !json->get(name).isInteger()) {
            throw domain::ValidationError(name, "the checkpoint needs " + std::string(name) + " as an integer");
        }
        return json->getValue<Poco::Int64>(name);
    };
    services::ExportedCheckpoint c;
    c.storeId = integer("store_id");
    c.storeCode = text("store_code");
    c.length = integer("length");
    c.headHash = text("head_hash");
    const auto created = parseInstant(text("created_at"));
    if (!created) {
        throw domain::ValidationError("created_at", "must be an RFC 3339 instant");
    }
    c.createdAt = *created;
    const Poco::Int64 keyId = integer("key_id");
    if (keyId <= 0 || keyId > 0x7FFFFFFF) {
        throw domain::ValidationError("key_id", "must be a key id");
    }
    c.keyId = static_cast<std::uint32_t>(keyId);
    c.publicKeyPem = text("public_key_pem");
    c.payload = text("payload");
    try {
        c.signature = crypto::fromBase64(text("signature"));
    } catch (const std::invalid_argument&) {
        throw domain::ValidationError("signature", "must be base64");
    }
    return c;
}

} // namespace kiroku::backend::http
