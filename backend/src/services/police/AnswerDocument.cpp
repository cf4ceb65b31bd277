#include "services/police/AnswerDocument.h"

#include <cstdio>
#include <stdexcept>

namespace kiroku::backend::services {

using canonical::Value;

namespace {

Value recordJson(const DisclosedIdentity& record) {
    Value visits = Value::array();
    for (const auto& visit : record.visits) {
        Value segments = Value::array();
        for (const auto& s : visit.segments) {
            segments.push(Value::object({{"booth", Value(s.boothLabel)},
                                         {"terminal", orNull(s.terminalNumber)},
                                         {"from", Value(formatUtcMicros(s.startedAt))},
                                         {"to", s.endedAt ? Value(formatUtcMicros(*s.endedAt)) : Value()}}));
        }
        visits.push(Value::object({{"id", Value(visit.id)}, {"segments", std::move(segments)}}));
    }
    Value identity = Value::object({
        {"id", Value(record.id)},
        {"name", Value(record.name)},
        {"name_kana", orNull(record.nameKana)},
        {"address", Value(record.address)},
        {"date_of_birth", Value(record.dateOfBirth.toString())},
        {"document", Value::object({{"kind", Value(record.documentKind)},
                                    {"number", orNull(record.documentNumber)},
                                    {"issuer", orNull(record.documentIssuer)}})},
        {"nationality", orNull(record.nationality)},
        {"verified_at", Value(formatUtcMicros(record.verifiedAt))},
        {"verification_method", Value(record.method)},
    });
    return Value::object({{"identity_record", std::move(identity)}, {"visits", std::move(visits)}});
}

const char* protocolName(std::uint8_t protocol) {
    switch (protocol) {
    case 6:
        return "tcp";
    case 17:
        return "udp";
    case 1:
        return "icmp";
    case 58:
        return "ipv6-icmp";
    default:
        return nullptr;
    }
}

Value mappingJson(const DisclosedMapping& m) {
    const char* name = protocolName(m.protocol);
    return Value::object({
        {"protocol", name != nullptr ? Value(name) : Value(static_cast<std::int64_t>(m.protocol))},
        {"private",
         Value::object({{"ip", Value(m.privateIp)}, {"port", Value(static_cast<std::int64_t>(m.privatePort))}})},
        {"public",
         Value::object({{"ip", Value(m.publicIp)}, {"port", Value(static_cast<std::int64_t>(m.publicPort))}})},
        {"started_at", m.startedAt ? Value(formatUtcMicros(*m.startedAt)) : Value()},
        {"start_estimated", Value(m.startEstimated)},
        {"ended_at", m.endedAt ? Value(formatUtcMicros(*m.endedAt)) : Value()},
        {"terminal", orNull(m.terminalNumber)},
        {"terminal_address_source", orNull(m.addressSource)},
    });
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
    Value records = Value::array();
    for (const auto& record : in.result->records) {
        records.push(recordJson(record));
    }
    Value request = Value::object({
        {"id", Value(r.id)},
        {"source", Value(std::string(domain::toCode(r.source)))},
        {"received_at", Value(formatUtcMicros(r.receivedAt))},
        {"agency", Value::object({{"name", Value(r.agencyName)}, {"key", orNull(r.agencyKey)}})},
        {"officer",
         Value::object(
             {{"name", Value(r.officerName)}, {"badge", Value(r.officerBadge)}, {"contact", Value(r.officerContact)}})},
        {"legal_basis", legalBasisJson(r)},
        {"document",
         Value::object({{"reference", Value(r.documentReference)}, {"date", Value(r.documentDate.toString())}})},
        {"scope", Value::object({{"store_code", Value(in.storeCode)},
                                 {"from", Value(formatUtcMicros(r.scopeFrom))},
                                 {"to", Value(formatUtcMicros(r.scopeTo))}})},
        {"question", questionJson(in.request->question, true)},
    });
    Value answer = Value::object({{"record_count", Value(static_cast<std::int64_t>(in.result->records.size()))},
                                  {"records", std::move(records)}});
    if (in.request->question.kind == domain::QuestionKind::PublicEndpoint) {
        // How the public address and port led to the terminals: the NAT mappings, with or without a visit behind.
        Value mappings = Value::array();
        for (const auto& m : in.result->mappings) {
            mappings.push(mappingJson(m));
        }
        answer.set("nat_mappings", std::move(mappings));
    }
    const Value document = Value::object({
        {"format", Value("kiroku/police-answer/v1")},
        {"number", Value(in.number)},
        {"store",
         Value::object({{"id", Value(in.storeId)}, {"code", Value(in.storeCode)}, {"name", Value(in.storeName)}})},
        {"request", std::move(request)},
        {"approval", Value::object({{"approved_at", Value(formatUtcMicros(in.approvedAt))},
                                    {"approved_by", Value(in.approvedBy)},
                                    {"approved_by_name", Value(in.approvedByName)},
                                    {"review_required", Value(r.reviewRequired)}})},
        {"answered_at", Value(formatUtcMicros(in.answeredAt))},
        {"answered_by", Value(in.answeredBy)},
        {"answered_by_name", Value(in.answeredByName)},
        {"data_as_of", Value(formatUtcMicros(in.dataAsOf))},
        {"audit_chain_head", Value::object({{"chain", Value(in.auditHead.chainId)},
                                            {"length", Value(in.auditHead.length)},
                                            {"hash", Value(in.auditHead.hash)}})},
        {"answer", std::move(answer)},
    });
    return canonical::canonicalize(document);
}

} // namespace kiroku::backend::services
