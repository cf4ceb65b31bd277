#include "audit/AuditChain.h"

#include "crypto/Encoding.h"
#include "crypto/Hash.h"

namespace kiroku::backend::audit {

namespace {

canonical::Value detailValue(const domain::AuditValue& value) {
    return std::visit([](const auto& v) { return canonical::Value(v); }, value);
}

} // namespace

std::int64_t toMicros(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}

canonical::Value entryDocument(const domain::AuditEntry& entry, std::int64_t chainId, std::int64_t seq) {
    using canonical::Value;
    Value actor = Value::object();
    actor.set("kind", entry.actor.kind);
    if (entry.actor.staffId) {
        actor.set("staff_id", *entry.actor.staffId);
    }
    if (entry.actor.name) {
        actor.set("name", *entry.actor.name);
    }
    Value subjects = Value::array();
    for (const auto& subject : entry.subjects) {
        subjects.push(Value::object({{"kind", Value(subject.kind)}, {"id", Value(subject.id)}}));
    }
    Value details = Value::object();
    for (const auto& [name, value] : entry.details) {
        details.set(name, detailValue(value));
    }
    Value document = Value::object();
    document.set("v", kEntryFormatVersion);
    document.set("chain", chainId);
    document.set("seq", seq);
    document.set("store_id", entry.storeId ? Value(*entry.storeId) : Value());
    document.set("at_us", toMicros(entry.at));
    document.set("action", entry.action);
    document.set("actor", std::move(actor));
    document.set("reason", entry.reason);
    document.set("subjects", std::move(subjects));
    document.set("details", std::move(details));
    return document;
}

Digest linkHash(const Digest& prev, std::string_view canonicalDocument) {
    std::string input;
    input.reserve(prev.size() + canonicalDocument.size());
    input.append(reinterpret_cast<const char*>(prev.data()), prev.size());
    input.append(canonicalDocument);
    return crypto::sha256(input);
}

std::string toHex(const Digest& digest) {
    return crypto::toHex(digest);
}

std::optional<Digest> digestFromHex(std::string_view hex) {
    if (hex.size() != 64) {
        return std::nullopt;
    }
    try {
        const auto bytes = crypto::fromHex(hex);
        Digest digest{};
        std::copy(bytes.begin(), bytes.end(), digest.begin());
        return digest;
    } catch (const std::invalid_argument&) {
        return std::nullopt;
    }
}

} // namespace kiroku::backend::audit
