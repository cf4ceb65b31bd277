#include "services/police/AnswerDocument.h"

#include <cstdio>
#include <stdexcept>

namespace kiroku::backend::services {

namespace {

CanonicalJson instant(const std::optional<domain::Instant>& t) {
    return t ? CanonicalJson(formatUtcMicros(*t)) : CanonicalJson();
}

CanonicalJson recordJson(const DisclosedIdentity& record) {
    CanonicalJson::Array visits;
    for (const auto& visit : record.visits) {
        CanonicalJson::Array segments;
        for (const auto& s : visit.segments) {
            segments.push_back(CanonicalJson::Object{{"booth", s.boothLabel},
                                                     {"terminal", CanonicalJson::optional(s.terminalNumber)},
                                                     {"from", formatUtcMicros(s.startedAt)},
                                                     {"to", instant(s.endedAt)}});
        }
        visits.push_back(CanonicalJson::Object{{"id", visit.id}, {"segments", std::move(segments)}});
    }
    CanonicalJson::Object identity{
        {"id", record.id},
        {"name", record.name},
        {"name_kana", CanonicalJson::optional(record.nameKana)},
        {"address", record.address},
        {"date_of_birth", record.dateOfBirth.toString()},
        {"document", CanonicalJson::Object{{"kind", record.documentKind},
                                           {"number", CanonicalJson::optional(record.documentNumber)},
                                           {"issuer", CanonicalJson::optional(record.documentIssuer)}}},
        {"nationality", CanonicalJson::optional(record.nationality)},
        {"verified_at", formatUtcMicros(record.verifiedAt)},
        {"verification_method", record.method},
    };
    return CanonicalJson::Object{{"identity_record", std::move(identity)}, {"visits", std::move(visits)}};
}

} // namespace

std::string answerNumber(int year, std::int64_t sequence) {
    if (year < 0 || year > 9999 || sequence <= 0) {
        throw std::invalid_argument("answer numbers need a year and a positive sequence");
    }
    char text[40];
    std::snprintf(text, sizeof text, "K-%04d-%06lld", year, static_cast<long long>(sequence));
    return text;
}

std::string answerDocument(const AnswerDocumentInput& in) {
    if (in.request == nullptr || in.result == nullptr) {
        throw std::invalid_argument("an answer document needs its request and its result");
    }
    const auto& r = in.request->stored;
    CanonicalJson::Array records;
    for (const auto& record : in.result->records) {
        records.push_back(recordJson(record));
    }
    CanonicalJson::Object request{
        {"id", r.id},
        {"source", std::string(domain::toCode(r.source))},
        {"received_at", formatUtcMicros(r.receivedAt)},
        {"agency", CanonicalJson::Object{{"name", r.agencyName}, {"key", CanonicalJson::optional(r.agencyKey)}}},
        {"officer",
         CanonicalJson::Object{{"name", r.officerName}, {"badge", r.officerBadge}, {"contact", r.officerContact}}},
        {"legal_basis", legalBasisJson(r)},
        {"document", CanonicalJson::Object{{"reference", r.documentReference}, {"date", r.documentDate.toString()}}},
        {"scope", CanonicalJson::Object{{"store_code", in.storeCode},
                                        {"from", formatUtcMicros(r.scopeFrom)},
                                        {"to", formatUtcMicros(r.scopeTo)}}},
        {"question", questionJson(in.request->question, true)},
    };
    const CanonicalJson document = CanonicalJson::Object{
        {"format", "kiroku/police-answer/v1"},
        {"number", in.number},
        {"store", CanonicalJson::Object{{"id", in.storeId}, {"code", in.storeCode}, {"name", in.storeName}}},
        {"request", std::move(request)},
        {"approval", CanonicalJson::Object{{"approved_at", formatUtcMicros(in.approvedAt)},
                                           {"approved_by", in.approvedBy},
                                           {"review_required", r.reviewRequired}}},
        {"answered_at", formatUtcMicros(in.answeredAt)},
        {"answered_by", in.answeredBy},
        {"data_as_of", formatUtcMicros(in.dataAsOf)},
        {"audit_chain_head", CanonicalJson::optional(in.auditChainHead)},
        {"answer", CanonicalJson::Object{{"record_count", static_cast<std::int64_t>(in.result->records.size())},
                                         {"records", std::move(records)}}},
    };
    return document.dump();
}

} // namespace kiroku::backend::services
