#include "core/RetentionReport.h"

#include "core/Booth.h"

#include <QJsonArray>

#include <string_view>

namespace kiroku::kiosk::core {

namespace {

/// Reads one JSON object strictly enough to say which field is wrong.
class Reader {
public:
    Reader(const QJsonObject& object, QString path, QString* problem)
        : m_object(object), m_path(std::move(path)), m_problem(problem) {}

    [[nodiscard]] bool ok() const { return m_problem->isEmpty(); }

    QString string(const char* key, bool required = true) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isString()) {
            return v.toString();
        }
        if (required || !(v.isUndefined() || v.isNull())) {
            fail(key, QStringLiteral("a string"));
        }
        return {};
    }
    qint64 count(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != static_cast<double>(v.toInteger())) {
            fail(key, QStringLiteral("a whole number of at least 0"));
            return 0;
        }
        return v.toInteger();
    }
    std::optional<qint64> optionalCount(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        return count(key);
    }
    bool boolean(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isBool()) {
            fail(key, QStringLiteral("true or false"));
        }
        return v.toBool();
    }
    QDate date(const char* key, bool required = true) {
        const QString text = string(key, required);
        if (text.isEmpty() && !required) {
            return {};
        }
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            fail(key, QStringLiteral("a date YYYY-MM-DD"));
        }
        return d;
    }
    QDateTime instant(const char* key, bool required = true) {
        const QString text = string(key, required);
        if (text.isEmpty() && !required) {
            return {};
        }
        const QDateTime t = parseInstant(text);
        if (!t.isValid()) {
            fail(key, QStringLiteral("an RFC 3339 instant"));
        }
        return t;
    }
    QJsonObject object(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isObject()) {
            fail(key, QStringLiteral("an object"));
        }
        return v.toObject();
    }
    QJsonArray array(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isArray()) {
            fail(key, QStringLiteral("a list"));
        }
        return v.toArray();
    }
    [[nodiscard]] QString path(const char* key) const {
        return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }

private:
    void fail(const char* key, const QString& what) {
        if (m_problem->isEmpty()) {
            *m_problem = QStringLiteral("%1 must be %2").arg(path(key), what);
        }
    }

    QJsonObject m_object;
    QString m_path;
    QString* m_problem;
};

RecordCounts countsOf(Reader& in) {
    RecordCounts c;
    c.identityRecords = in.count("identity_records");
    c.visits = in.count("visits");
    c.visitSegments = in.count("visit_segments");
    c.terminalEvents = in.count("terminal_events");
    return c;
}

QByteArray csvField(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    // A leading = + - @ would be run as a formula by spreadsheet programs: quoted with a leading apostrophe.
    if (!utf8.isEmpty() && std::string_view("=+-@").find(utf8.front()) != std::string_view::npos) {
        utf8.prepend('\'');
    }
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

std::optional<RetentionReport> RetentionReport::parse(const QJsonObject& json, QString* problem) {
    QString local;
    QString& error = problem != nullptr ? *problem : local;
    error.clear();
    RetentionReport r;
    Reader top(json, {}, &error);
    r.asOf = top.date("as_of");
    Reader store(top.object("store"), top.path("store"), &error);
    r.storeId = json.value(QStringLiteral("store")).toObject().value(QStringLiteral("id")).toVariant().toString();
    r.storeCode = store.string("code");
    r.storeName = store.string("name");
    for (const QJsonValue& v : top.array("held_by_month")) {
        Reader m(v.toObject(), top.path("held_by_month"), &error);
        Month month;
        month.month = m.string("month");
        month.held = countsOf(m);
        r.heldByMonth.append(month);
    }
    Reader due(top.object("due_next_30_days"), top.path("due_next_30_days"), &error);
    r.dueNext30Days = countsOf(due);
    for (const QJsonValue& v : top.array("holds")) {
        Reader h(v.toObject(), top.path("holds"), &error);
        Hold hold;
        hold.id = v.toObject().value(QStringLiteral("id")).toVariant().toString();
        hold.reason = h.string("reason");
        hold.until = h.date("until", false);
        hold.releasedAt = h.instant("released_at", false);
        hold.policeRequestId = v.toObject().value(QStringLiteral("police_request_id")).toVariant().toString();
        hold.records = h.count("records");
        r.holds.append(hold);
    }
    for (const QJsonValue& v : top.array("purges")) {
        Reader p(v.toObject(), top.path("purges"), &error);
        Purge purge;
        purge.id = v.toObject().value(QStringLiteral("id")).toVariant().toString();
        purge.ranAt = p.instant("ran_at");
        purge.cutoff = p.date("cutoff");
        const QJsonObject counts = p.object("counts");
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            purge.counts.append({it.key(), it.value().toInteger()});
        }
        for (const QJsonValue& key : p.array("keys_destroyed")) {
            purge.keysDestroyed << key.toVariant().toString();
        }
        purge.holdsRespected = p.boolean("holds_respected");
        purge.durationMs = p.count("duration_ms");
        r.purges.append(purge);
    }
    Reader chain(top.object("audit_chain"), top.path("audit_chain"), &error);
    r.chainOk = chain.boolean("ok");
    r.chainLength = chain.count("length");
    r.chainHeadHash = chain.string("head_hash");
    r.chainFirstBroken = chain.optionalCount("first_broken");
    const QJsonValue checkpoint =
        json.value(QStringLiteral("audit_chain")).toObject().value(QStringLiteral("latest_checkpoint"));
    if (checkpoint.isObject()) {
        Reader c(checkpoint.toObject(), chain.path("latest_checkpoint"), &error);
        r.latestCheckpoint = Checkpoint{c.count("length"), c.string("head_hash"), c.instant("created_at")};
    }
    Reader access(top.object("access"), top.path("access"), &error);
    for (const QJsonValue& v : access.array("personal_data_reads_by_staff")) {
        Reader s(v.toObject(), access.path("personal_data_reads_by_staff"), &error);
        StaffReads reads;
        reads.staffId = v.toObject().value(QStringLiteral("staff_id")).toVariant().toString();
        reads.login = s.string("login");
        reads.displayName = s.string("display_name");
        reads.reads = s.count("reads");
        r.readsByStaff.append(reads);
    }
    for (const QJsonValue& v : access.array("disclosures_by_basis")) {
        Reader d(v.toObject(), access.path("disclosures_by_basis"), &error);
        r.disclosuresByBasis.append({d.string("basis"), d.count("count")});
    }
    Reader gaps(top.object("compliance_gaps"), top.path("compliance_gaps"), &error);
    r.visitsWithoutIdentityRecord = gaps.count("visits_without_identity_record");
    r.segmentsWithoutTerminal = gaps.count("segments_without_terminal");
    r.identityRecordsMissingRequiredItem = gaps.count("identity_records_missing_required_item");
    r.missingSupplementaryAddressProof = gaps.count("missing_supplementary_address_proof");
    if (!error.isEmpty()) {
        return std::nullopt;
    }
    return r;
}

QByteArray RetentionReport::toCsv() const {
    QByteArray out("\xEF\xBB\xBF");
    const auto row = [&](const QString& section, const QString& item, const QString& key, const QString& value) {
        out += csvField(section) + ',' + csvField(item) + ',' + csvField(key) + ',' + csvField(value) + "\r\n";
    };
    const auto number = [](qint64 n) { return QString::number(n); };
    const auto counts = [&](const QString& section, const QString& key, const RecordCounts& c) {
        row(section, QStringLiteral("identity_records"), key, number(c.identityRecords));
        row(section, QStringLiteral("visits"), key, number(c.visits));
        row(section, QStringLiteral("visit_segments"), key, number(c.visitSegments));
        row(section, QStringLiteral("terminal_events"), key, number(c.terminalEvents));
    };
    row(QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("key"), QStringLiteral("value"));
    row(QStringLiteral("audit_chain"), QStringLiteral("head_hash"), {}, chainHeadHash);
    row(QStringLiteral("audit_chain"), QStringLiteral("length"), {}, number(chainLength));
    row(QStringLiteral("audit_chain"), QStringLiteral("ok"), {},
        chainOk ? QStringLiteral("true") : QStringLiteral("false"));
    if (chainFirstBroken) {
        row(QStringLiteral("audit_chain"), QStringLiteral("first_broken"), {}, number(*chainFirstBroken));
    }
    if (latestCheckpoint) {
        row(QStringLiteral("audit_chain"), QStringLiteral("checkpoint_length"), {}, number(latestCheckpoint->length));
        row(QStringLiteral("audit_chain"), QStringLiteral("checkpoint_head_hash"), {}, latestCheckpoint->headHash);
        row(QStringLiteral("audit_chain"), QStringLiteral("checkpoint_created_at"), {},
            latestCheckpoint->createdAt.toUTC().toString(Qt::ISODate));
    }
    row(QStringLiteral("report"), QStringLiteral("as_of"), {}, asOf.toString(Qt::ISODate));
    row(QStringLiteral("store"), QStringLiteral("code"), {}, storeCode);
    row(QStringLiteral("store"), QStringLiteral("name"), {}, storeName);
    for (const Month& m : heldByMonth) {
        counts(QStringLiteral("held_by_month"), m.month, m.held);
    }
    counts(QStringLiteral("due_next_30_days"), {}, dueNext30Days);
    for (const Hold& h : holds) {
        row(QStringLiteral("hold"), QStringLiteral("reason"), h.id, h.reason);
        row(QStringLiteral("hold"), QStringLiteral("until"), h.id, h.until.toString(Qt::ISODate));
        row(QStringLiteral("hold"), QStringLiteral("released_at"), h.id,
            h.releasedAt.isValid() ? h.releasedAt.toUTC().toString(Qt::ISODate) : QString());
        row(QStringLiteral("hold"), QStringLiteral("police_request_id"), h.id, h.policeRequestId);
        row(QStringLiteral("hold"), QStringLiteral("records"), h.id, number(h.records));
    }
    for (const Purge& p : purges) {
        row(QStringLiteral("purge"), QStringLiteral("ran_at"), p.id, p.ranAt.toUTC().toString(Qt::ISODate));
        row(QStringLiteral("purge"), QStringLiteral("cutoff"), p.id, p.cutoff.toString(Qt::ISODate));
        for (const auto& [table, n] : p.counts) {
            row(QStringLiteral("purge"), QStringLiteral("purged.") + table, p.id, number(n));
        }
        row(QStringLiteral("purge"), QStringLiteral("keys_destroyed"), p.id, p.keysDestroyed.join(QLatin1Char(' ')));
        row(QStringLiteral("purge"), QStringLiteral("holds_respected"), p.id,
            p.holdsRespected ? QStringLiteral("true") : QStringLiteral("false"));
        row(QStringLiteral("purge"), QStringLiteral("duration_ms"), p.id, number(p.durationMs));
    }
    for (const StaffReads& s : readsByStaff) {
        row(QStringLiteral("personal_data_reads"), s.login, s.displayName, number(s.reads));
    }
    for (const Disclosures& d : disclosuresByBasis) {
        row(QStringLiteral("disclosures"), d.basis, {}, number(d.count));
    }
    row(QStringLiteral("compliance_gaps"), QStringLiteral("visits_without_identity_record"), {},
        number(visitsWithoutIdentityRecord));
    row(QStringLiteral("compliance_gaps"), QStringLiteral("segments_without_terminal"), {},
        number(segmentsWithoutTerminal));
    row(QStringLiteral("compliance_gaps"), QStringLiteral("identity_records_missing_required_item"), {},
        number(identityRecordsMissingRequiredItem));
    row(QStringLiteral("compliance_gaps"), QStringLiteral("missing_supplementary_address_proof"), {},
        number(missingSupplementaryAddressProof));
    return out;
}

} // namespace kiroku::kiosk::core
