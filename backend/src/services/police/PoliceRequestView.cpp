#include "services/police/PoliceRequestView.h"

#include <cstdio>

namespace kiroku::backend::services {

using canonical::Value;

namespace {

Value instant(const std::optional<domain::Instant>& t) {
    return t ? Value(formatUtcMicros(*t)) : Value();
}

Value date(const std::optional<domain::CivilDate>& d) {
    return d ? Value(d->toString()) : Value();
}

Value code(std::string_view c) {
    return Value(std::string(c));
}

} // namespace

std::string formatUtcMicros(std::chrono::system_clock::time_point t) {
    const auto micros = std::chrono::floor<std::chrono::microseconds>(t);
    const auto days = std::chrono::floor<std::chrono::days>(micros);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss<std::chrono::microseconds> time{micros - days};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%06lldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), static_cast<long long>(time.subseconds().count()));
    return text;
}

Value questionJson(const domain::PoliceQuestion& q, bool withPersonFields) {
    Value out = Value::object({{"kind", code(domain::toCode(q.kind))}});
    switch (q.kind) {
    case domain::QuestionKind::TerminalAtTime:
        out.set("booth", orNull(q.boothLabel));
        out.set("terminal", orNull(q.terminalNumber));
        out.set("at", instant(q.at));
        break;
    case domain::QuestionKind::PublicEndpoint:
        out.set("public_ip", orNull(q.publicIp));
        out.set("source_port", orNull(q.sourcePort));
        out.set("at", instant(q.at));
        out.set("tolerance_seconds", orNull(q.toleranceSeconds));
        break;
    case domain::QuestionKind::Person:
        out.set("document_kind", orNull(q.person.documentKind));
        if (withPersonFields) {
            out.set("name", orNull(q.person.name));
            out.set("name_kana", orNull(q.person.nameKana));
            out.set("date_of_birth", date(q.person.dateOfBirth));
            out.set("document_number", orNull(q.person.documentNumber));
        }
        break;
    }
    return out;
}

Value legalBasisJson(const domain::StoredPoliceRequest& r) {
    Value basis = Value::object({{"kind", code(domain::toCode(r.basis))}});
    if (r.basis == domain::LegalBasis::Warrant) {
        basis.set("court", orNull(r.warrantCourt));
        basis.set("expires_on", date(r.warrantExpiresOn));
    }
    return basis;
}

Value requestJson(const PoliceRequestView& view, bool withPersonFields, StaffNames names) {
    const auto& r = view.stored;
    Value out = Value::object({
        {"id", Value(r.id)},
        {"store", Value::object({{"id", Value(r.storeId)}, {"code", Value(r.storeCode)}})},
        {"source", code(domain::toCode(r.source))},
        {"status", code(domain::toCode(r.status))},
        {"received_at", Value(formatUtcMicros(r.receivedAt))},
        {"entered_by", orNull(r.enteredBy)},
        {"agency", Value::object({{"name", Value(r.agencyName)}, {"key", orNull(r.agencyKey)}})},
        {"officer",
         Value::object(
             {{"name", Value(r.officerName)}, {"badge", Value(r.officerBadge)}, {"contact", Value(r.officerContact)}})},
        {"legal_basis", legalBasisJson(r)},
        {"document",
         Value::object({{"reference", Value(r.documentReference)}, {"date", Value(r.documentDate.toString())}})},
        {"scope", Value::object({{"store_code", Value(r.storeCode)},
                                 {"from", Value(formatUtcMicros(r.scopeFrom))},
                                 {"to", Value(formatUtcMicros(r.scopeTo))}})},
        {"question", questionJson(view.question, withPersonFields)},
        {"review_required", Value(r.reviewRequired)},
        {"expired_at", instant(r.expiredAt)},
        {"retention_until", Value(r.retentionUntil.toString())},
    });
    const bool named = names == StaffNames::Shown;
    if (named) {
        out.set("entered_by_name", orNull(r.enteredByName));
    }
    Value approval;
    if (r.approvedAt) {
        approval = Value::object({{"at", instant(r.approvedAt)}, {"by", orNull(r.approvedBy)}});
        if (named) {
            approval.set("by_name", orNull(r.approvedByName));
        }
    }
    out.set("approval", approval);
    Value rejection;
    if (r.rejectedAt) {
        rejection = Value::object({{"at", instant(r.rejectedAt)}, {"by", orNull(r.rejectedBy)}});
        if (named) {
            rejection.set("by_name", orNull(r.rejectedByName));
        }
        rejection.set("reason", orNull(r.rejectionReason));
    }
    out.set("rejection", rejection);
    Value answer;
    if (r.answerNumber) {
        answer = Value::object({{"number", Value(*r.answerNumber)},
                                {"answered_at", instant(r.answeredAt)},
                                {"answered_by", orNull(r.answeredBy)}});
        if (named) {
            answer.set("answered_by_name", orNull(r.answeredByName));
        }
    }
    out.set("answer", answer);
    return out;
}

} // namespace kiroku::backend::services
