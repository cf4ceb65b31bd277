#include "http/dto/VisitJson.h"

#include "http/dto/Time.h"

namespace kiroku::backend::http {

namespace {

// Key order is kept so that an answer is the same bytes every time it is rendered.
Poco::JSON::Object::Ptr object() {
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::JSON::Object::Ptr terminalJson(const domain::TerminalRef& terminal) {
    auto json = object();
    json->set("id", terminal.id);
    json->set("number", terminal.number);
    return json;
}

} // namespace

Poco::JSON::Object::Ptr visitJson(const domain::VisitView& visit) {
    auto booth = object();
    booth->set("id", visit.booth.id);
    booth->set("label", visit.booth.label);
    auto json = object();
    json->set("id", visit.id);
    json->set("booth", booth);
    if (visit.terminal) {
        json->set("terminal", terminalJson(*visit.terminal));
    }
    json->set("started_at", formatInstant(visit.startedAt));
    json->set("minor", visit.minor);
    if (visit.minorMustLeaveAt) {
        json->set("minor_must_leave_at", formatInstant(*visit.minorMustLeaveAt));
    }
    return json;
}

Poco::JSON::Object::Ptr checkoutJson(const domain::CheckedOut& checkout) {
    auto json = object();
    json->set("id", checkout.id);
    json->set("ended_at", formatInstant(checkout.endedAt));
    json->set("retention_until", checkout.retentionUntil.toString());
    return json;
}

Poco::JSON::Object::Ptr boothJson(const domain::BoothState& booth) {
    auto json = object();
    json->set("id", booth.id);
    json->set("label", booth.label);
    json->set("kind", booth.kind);
    json->set("status", std::string(domain::toCode(booth.status)));
    if (booth.terminal) {
        json->set("terminal", terminalJson(*booth.terminal));
    }
    if (booth.visit) {
        auto visit = object();
        visit->set("id", booth.visit->id);
        visit->set("started_at", formatInstant(booth.visit->startedAt));
        visit->set("minor", booth.visit->minor);
        if (booth.visit->minorMustLeaveAt) {
            visit->set("minor_must_leave_at", formatInstant(*booth.visit->minorMustLeaveAt));
        }
        json->set("visit", visit);
    }
    return json;
}

} // namespace kiroku::backend::http
