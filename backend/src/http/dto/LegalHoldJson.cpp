#include "http/dto/LegalHoldJson.h"

#include "domain/Errors.h"
#include "http/dto/Time.h"
#include "services/retention/LegalHoldService.h"

#include <Poco/JSON/Array.h>

namespace kiroku::backend::http {

namespace {

std::chrono::system_clock::time_point instant(JsonReader& in, const std::string& key) {
    const std::string text = in.requireString(key, 40);
    const auto parsed = parseInstant(text);
    if (!parsed) {
        throw domain::ValidationError(in.pathOf(key), "must be an RFC 3339 time such as 2029-11-22T21:00:00+09:00");
    }
    return *parsed;
}

Poco::JSON::Array::Ptr strings(const std::vector<std::string>& items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& item : items) {
        array->add(item);
    }
    return array;
}

} // namespace

domain::NewLegalHold readNewLegalHold(JsonReader& in) {
    domain::NewLegalHold hold;
    hold.reasonCode = in.requireString("reason_code", 40);
    hold.reason = in.requireString("reason", 500);
    hold.policeRequestId = in.optionalString("police_request_id", 64);
    hold.until = in.requireDate("until");
    hold.items.identityRecordIds = in.optionalStringArray("identity_record_ids", services::kMaxHoldItems, 64);
    hold.items.visitIds = in.optionalStringArray("visit_ids", services::kMaxHoldItems, 64);
    for (auto& window : in.optionalObjectArray("terminal_windows", services::kMaxHoldItems)) {
        domain::HoldWindow w;
        w.terminalId = window.requireInt("terminal_id", 1, std::int64_t{1} << 53);
        w.from = instant(window, "from");
        w.to = instant(window, "to");
        window.finish();
        hold.items.terminalWindows.push_back(w);
    }
    in.finish();
    return hold;
}

Poco::JSON::Object::Ptr legalHoldJson(const domain::LegalHold& hold, bool inForce) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", hold.id);
    out->set("reason_code", hold.reasonCode);
    out->set("reason", hold.reason);
    if (hold.policeRequestId) {
        out->set("police_request_id", *hold.policeRequestId);
    }
    out->set("until", hold.until.toString());
    out->set("in_force", inForce);
    out->set("created_at", formatInstant(hold.createdAt));
    out->set("created_by", hold.createdBy);
    if (hold.releasedAt) {
        out->set("released_at", formatInstant(*hold.releasedAt));
        out->set("released_by", *hold.releasedBy);
    }
    out->set("identity_record_ids", strings(hold.items.identityRecordIds));
    out->set("visit_ids", strings(hold.items.visitIds));
    Poco::JSON::Array::Ptr windows = new Poco::JSON::Array;
    for (const auto& w : hold.items.terminalWindows) {
        Poco::JSON::Object::Ptr window = new Poco::JSON::Object;
        window->set("terminal_id", w.terminalId);
        window->set("from", formatInstant(w.from));
        window->set("to", formatInstant(w.to));
        windows->add(window);
    }
    out->set("terminal_windows", windows);
    // NAT mappings a police answer went through (never placed by hand): the gateway's public side and its start.
    Poco::JSON::Array::Ptr mappings = new Poco::JSON::Array;
    for (const auto& m : hold.items.natMappings) {
        Poco::JSON::Object::Ptr mapping = new Poco::JSON::Object;
        mapping->set("public_ip", m.publicIp);
        mapping->set("public_port", static_cast<int>(m.publicPort));
        mapping->set("key_at", formatInstant(m.keyAt));
        mappings->add(mapping);
    }
    out->set("nat_mappings", mappings);
    return out;
}

} // namespace kiroku::backend::http
