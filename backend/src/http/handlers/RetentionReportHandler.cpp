#include "http/handlers/RetentionReportHandler.h"

#include "domain/Errors.h"
#include "http/Authentication.h"
#include "http/dto/AuditJson.h"
#include "http/dto/Time.h"

#include <Poco/JSON/Array.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

namespace kiroku::backend::http {

namespace {

Poco::JSON::Object::Ptr countsJson(const domain::RecordCounts& c) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("identity_records", static_cast<Poco::Int64>(c.identityRecords));
    o->set("visits", static_cast<Poco::Int64>(c.visits));
    o->set("visit_segments", static_cast<Poco::Int64>(c.visitSegments));
    o->set("terminal_events", static_cast<Poco::Int64>(c.terminalEvents));
    return o;
}

Poco::JSON::Object::Ptr chainJson(const services::ReportedChain& chain) {
    Poco::JSON::Object::Ptr o = chainVerificationJson(chain.verification);
    o->set("verified_from", static_cast<Poco::Int64>(chain.verifiedFrom));
    if (chain.latestCheckpoint) {
        Poco::JSON::Object::Ptr c = new Poco::JSON::Object;
        c->set("length", static_cast<Poco::Int64>(chain.latestCheckpoint->length));
        c->set("head_hash", chain.latestCheckpoint->headHash);
        c->set("created_at", formatInstant(chain.latestCheckpoint->createdAt));
        c->set("key_id", static_cast<Poco::Int64>(chain.latestCheckpoint->keyId));
        o->set("latest_checkpoint", c);
    }
    return o;
}

Poco::JSON::Array::Ptr holdsJson(const std::vector<domain::ReportedHold>& holds) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& h : holds) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("id", h.id);
        o->set("reason_code", h.reasonCode);
        o->set("reason", h.reason);
        o->set("until", h.until.toString());
        if (h.releasedAt) {
            o->set("released_at", formatInstant(*h.releasedAt));
        }
        if (h.policeRequestId) {
            o->set("police_request_id", *h.policeRequestId);
        }
        o->set("records", static_cast<Poco::Int64>(h.records));
        out->add(o);
    }
    return out;
}

Poco::JSON::Array::Ptr purgesJson(const std::vector<domain::ReportedPurge>& purges) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& p : purges) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("id", p.id);
        o->set("ran_at", formatInstant(p.ranAt));
        if (p.cutoff) {
            o->set("cutoff", p.cutoff->toString());
        }
        Poco::JSON::Object::Ptr counts = new Poco::JSON::Object;
        for (const auto& [table, n] : p.counts) {
            counts->set(table, static_cast<Poco::Int64>(n));
        }
        o->set("counts", counts);
        Poco::JSON::Array::Ptr keys = new Poco::JSON::Array;
        for (const auto& month : p.keysDestroyed) {
            keys->add(month);
        }
        o->set("keys_destroyed", keys);
        o->set("holds_respected", p.holdsRespected);
        o->set("duration_ms", static_cast<Poco::Int64>(p.durationMs));
        out->add(o);
    }
    return out;
}

std::optional<domain::CivilDate> asOfParameter(Request& request) {
    std::optional<domain::CivilDate> asOf;
    for (const auto& [name, value] : Poco::URI(request.raw().getURI()).getQueryParameters()) {
        if (name != "as_of" || asOf) {
            throw domain::ValidationError("as_of", "the only query parameter is as_of=YYYY-MM-DD, given once");
        }
        asOf = domain::CivilDate::parse(value, "as_of");
    }
    return asOf;
}

} // namespace

Response RetentionReportHandler::handle(Request& request) {
    const auto staff =
        requireStaff(request, m_auth, {domain::Role::Manager, domain::Role::Auditor, domain::Role::Admin});
    const auto report = m_reports.report(staff, asOfParameter(request));
    const auto& f = report.figures;

    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("as_of", report.asOf.toString());
    Poco::JSON::Object::Ptr store = new Poco::JSON::Object;
    store->set("id", static_cast<Poco::Int64>(report.store.id));
    store->set("code", report.store.code);
    store->set("name", report.store.name);
    body->set("store", store);

    Poco::JSON::Array::Ptr months = new Poco::JSON::Array;
    for (const auto& m : f.heldByMonth) {
        auto o = countsJson(m.counts);
        o->set("month", m.month);
        months->add(o);
    }
    body->set("held_by_month", months);
    body->set("due_next_30_days", countsJson(f.dueNext30Days));
    body->set("holds", holdsJson(f.holds));
    body->set("purges", purgesJson(f.purges));
    body->set("audit_chain", chainJson(report.chain));

    Poco::JSON::Object::Ptr access = new Poco::JSON::Object;
    Poco::JSON::Object::Ptr period = new Poco::JSON::Object;
    period->set("from", report.readsFrom.toString());
    period->set("to", report.asOf.toString());
    access->set("period", period);
    Poco::JSON::Array::Ptr reads = new Poco::JSON::Array;
    for (const auto& r : f.personalDataReadsByStaff) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("staff_id", static_cast<Poco::Int64>(r.staffId));
        o->set("login", r.login);
        o->set("display_name", r.displayName);
        o->set("reads", static_cast<Poco::Int64>(r.reads));
        reads->add(o);
    }
    access->set("personal_data_reads_by_staff", reads);
    Poco::JSON::Array::Ptr disclosures = new Poco::JSON::Array;
    for (const auto& d : f.disclosuresByBasis) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("basis", d.basis);
        o->set("count", static_cast<Poco::Int64>(d.count));
        disclosures->add(o);
    }
    access->set("disclosures_by_basis", disclosures);
    body->set("access", access);

    Poco::JSON::Object::Ptr gaps = new Poco::JSON::Object;
    gaps->set("visits_without_identity_record", static_cast<Poco::Int64>(f.gaps.visitsWithoutIdentityRecord));
    gaps->set("segments_without_terminal", static_cast<Poco::Int64>(f.gaps.segmentsWithoutTerminal));
    gaps->set("identity_records_missing_required_item",
              static_cast<Poco::Int64>(f.gaps.identityRecordsMissingRequiredItem));
    gaps->set("missing_supplementary_address_proof", static_cast<Poco::Int64>(f.gaps.missingSupplementaryAddressProof));
    body->set("compliance_gaps", gaps);

    Response response = Response::ofJson(200, body);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace kiroku::backend::http
