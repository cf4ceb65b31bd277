#include "services/police/PoliceRequestView.h"

namespace kiroku::backend::services {

namespace {

CanonicalJson instant(const std::optional<domain::Instant>& t) {
    return t ? CanonicalJson(formatUtcMicros(*t)) : CanonicalJson();
}

CanonicalJson date(const std::optional<domain::CivilDate>& d) {
    return d ? CanonicalJson(d->toString()) : CanonicalJson();
}

CanonicalJson optionalInt(const std::optional<int>& v) {
    return v ? CanonicalJson(*v) : CanonicalJson();
}

CanonicalJson optionalId(const std::optional<std::int64_t>& v) {
    return v ? CanonicalJson(*v) : CanonicalJson();
}

} // namespace

CanonicalJson questionJson(const domain::PoliceQuestion& q, bool withPersonFields) {
    CanonicalJson::Object out{{"kind", std::string(domain::toCode(q.kind))}};
    switch (q.kind) {
    case domain::QuestionKind::TerminalAtTime:
        out["booth"] = CanonicalJson::optional(q.boothLabel);
        out["terminal"] = CanonicalJson::optional(q.terminalNumber);
        out["at"] = instant(q.at);
        break;
    case domain::QuestionKind::PublicEndpoint:
        out["public_ip"] = CanonicalJson::optional(q.publicIp);
        out["source_port"] = optionalInt(q.sourcePort);
        out["at"] = instant(q.at);
        out["tolerance_seconds"] = optionalInt(q.toleranceSeconds);
        break;
    case domain::QuestionKind::Person:
        out["document_kind"] = CanonicalJson::optional(q.person.documentKind);
        if (withPersonFields) {
            out["name"] = CanonicalJson::optional(q.person.name);
            out["name_kana"] = CanonicalJson::optional(q.person.nameKana);
            out["date_of_birth"] = date(q.person.dateOfBirth);
            out["document_number"] = CanonicalJson::optional(q.person.documentNumber);
        }
        break;
    }
    return out;
}

CanonicalJson legalBasisJson(const domain::StoredPoliceRequest& r) {
    CanonicalJson::Object basis{{"kind", std::string(domain::toCode(r.basis))}};
    if (r.basis == domain::LegalBasis::Warrant) {
        basis["court"] = CanonicalJson::optional(r.warrantCourt);
        basis["expires_on"] = date(r.warrantExpiresOn);
    }
    return basis;
}

CanonicalJson requestJson(const PoliceRequestView& view, bool withPersonFields) {
    const auto& r = view.stored;
    CanonicalJson::Object out{
        {"id", r.id},
        {"store", CanonicalJson::Object{{"id", r.storeId}, {"code", r.storeCode}}},
        {"source", std::string(domain::toCode(r.source))},
        {"status", std::string(domain::toCode(r.status))},
        {"received_at", formatUtcMicros(r.receivedAt)},
        {"entered_by", optionalId(r.enteredBy)},
        {"agency", CanonicalJson::Object{{"name", r.agencyName}, {"key", CanonicalJson::optional(r.agencyKey)}}},
        {"officer",
         CanonicalJson::Object{{"name", r.officerName}, {"badge", r.officerBadge}, {"contact", r.officerContact}}},
        {"legal_basis", legalBasisJson(r)},
        {"document", CanonicalJson::Object{{"reference", r.documentReference}, {"date", r.documentDate.toString()}}},
        {"scope", CanonicalJson::Object{{"store_code", r.storeCode},
                                        {"from", formatUtcMicros(r.scopeFrom)},
                                        {"to", formatUtcMicros(r.scopeTo)}}},
        {"question", questionJson(view.question, withPersonFields)},
        {"review_required", r.reviewRequired},
        {"approval", r.approvedAt ? CanonicalJson(CanonicalJson::Object{{"at", instant(r.approvedAt)},
                                                                        {"by", optionalId(r.approvedBy)}})
                                  : CanonicalJson()},
        {"rejection", r.rejectedAt
                          ? CanonicalJson(CanonicalJson::Object{{"at", instant(r.rejectedAt)},
                                                                {"by", optionalId(r.rejectedBy)},
                                                                {"reason", CanonicalJson::optional(r.rejectionReason)}})
                          : CanonicalJson()},
        {"expired_at", instant(r.expiredAt)},
        {"answer", r.answerNumber ? CanonicalJson(CanonicalJson::Object{{"number", *r.answerNumber},
                                                                        {"answered_at", instant(r.answeredAt)},
                                                                        {"answered_by", optionalId(r.answeredBy)}})
                                  : CanonicalJson()},
        {"retention_until", r.retentionUntil.toString()},
    };
    return out;
}

} // namespace kiroku::backend::services
