#include "core/PoliceAnswer.h"

#include "core/JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace kiroku::kiosk::core {

namespace {

const QString kFormat = QStringLiteral("kiroku/police-answer/v1");

QString scalarText(const QJsonValue& v) {
    if (v.isString()) {
        return v.toString();
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return v.toDouble() == static_cast<double>(v.toInteger()) ? QString::number(v.toInteger())
                                                                  : QString::number(v.toDouble());
    }
    return {};
}

AnswerRecord recordOf(const QJsonObject& json, const QString& path, QString& error) {
    AnswerRecord r;
    JsonFields top(json, path, &error);
    JsonFields id(top.object("identity_record"), top.path("identity_record"), &error);
    r.id = id.id("id");
    r.name = id.string("name");
    r.nameKana = id.string("name_kana", false);
    r.address = id.string("address");
    r.dateOfBirth = id.date("date_of_birth");
    JsonFields document(id.object("document"), id.path("document"), &error);
    r.documentKind = document.string("kind");
    r.documentNumber = document.string("number", false);
    r.documentIssuer = document.string("issuer", false);
    r.nationality = id.string("nationality", false);
    r.verifiedAt = id.instant("verified_at");
    r.verificationMethod = id.string("verification_method");
    for (const QJsonValue& v : top.array("visits")) {
        JsonFields visit(v.toObject(), top.path("visits"), &error);
        AnswerVisit out;
        out.id = visit.id("id");
        for (const QJsonValue& s : visit.array("segments")) {
            JsonFields segment(s.toObject(), visit.path("segments"), &error);
            AnswerSegment seg;
            seg.booth = segment.string("booth");
            seg.terminal = segment.string("terminal", false);
            seg.from = segment.instant("from");
            seg.to = segment.instant("to", false);
            out.segments.push_back(seg);
        }
        r.visits.push_back(out);
    }
    return r;
}

AnswerMapping mappingOf(const QJsonObject& json, const QString& path, QString& error) {
    AnswerMapping m;
    JsonFields top(json, path, &error);
    m.protocol = top.id("protocol");
    JsonFields priv(top.object("private"), top.path("private"), &error);
    m.privateIp = priv.string("ip");
    m.privatePort = priv.count("port");
    JsonFields pub(top.object("public"), top.path("public"), &error);
    m.publicIp = pub.string("ip");
    m.publicPort = pub.count("port");
    m.startedAt = top.instant("started_at", false);
    m.startEstimated = top.boolean("start_estimated");
    m.endedAt = top.instant("ended_at", false);
    m.terminal = top.string("terminal", false);
    m.terminalAddressSource = top.string("terminal_address_source", false);
    return m;
}

} // namespace

std::optional<PoliceAnswerDocument> PoliceAnswerDocument::parse(const QByteArray& json, QString* problem) {
    QString local;
    QString& error = problem != nullptr ? *problem : local;
    error.clear();
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
        error = QStringLiteral("the document is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = parsed.object();
    PoliceAnswerDocument d;
    JsonFields top(root, {}, &error);
    if (top.string("format") != kFormat) {
        if (error.isEmpty()) {
            error = QStringLiteral("format must be %1").arg(kFormat);
        }
        return std::nullopt;
    }
    d.number = top.string("number");
    JsonFields store(top.object("store"), top.path("store"), &error);
    d.storeId = store.id("id");
    d.storeCode = store.string("code");
    d.storeName = store.string("name");

    JsonFields request(top.object("request"), top.path("request"), &error);
    d.requestId = request.id("id");
    d.source = request.string("source");
    d.receivedAt = request.instant("received_at");
    JsonFields agency(request.object("agency"), request.path("agency"), &error);
    d.agencyName = agency.string("name");
    JsonFields officer(request.object("officer"), request.path("officer"), &error);
    d.officerName = officer.string("name");
    d.officerBadge = officer.string("badge");
    d.officerContact = officer.string("contact");
    JsonFields basis(request.object("legal_basis"), request.path("legal_basis"), &error);
    d.basisKind = basis.string("kind");
    d.warrantCourt = basis.string("court", false);
    d.warrantExpiresOn = basis.date("expires_on", false);
    JsonFields document(request.object("document"), request.path("document"), &error);
    d.documentReference = document.string("reference");
    d.documentDate = document.date("date");
    JsonFields scope(request.object("scope"), request.path("scope"), &error);
    d.scopeFrom = scope.instant("from");
    d.scopeTo = scope.instant("to");
    const QJsonObject question = request.object("question");
    JsonFields q(question, request.path("question"), &error);
    d.questionKind = q.string("kind");
    for (auto it = question.begin(); it != question.end(); ++it) {
        if (it.key() != QLatin1String("kind") && !it.value().isNull()) {
            d.questionFields.push_back({it.key(), scalarText(it.value())});
        }
    }

    JsonFields approval(top.object("approval"), top.path("approval"), &error);
    d.approvedAt = approval.instant("approved_at");
    d.approvedBy = approval.id("approved_by");
    d.approvedByName = approval.string("approved_by_name", false);
    d.reviewRequired = approval.boolean("review_required");
    d.answeredAt = top.instant("answered_at");
    d.answeredBy = top.id("answered_by");
    d.answeredByName = top.string("answered_by_name", false);
    d.dataAsOf = top.instant("data_as_of");
    JsonFields chain(top.object("audit_chain_head"), top.path("audit_chain_head"), &error);
    d.chainId = chain.id("chain");
    d.chainLength = chain.count("length");
    d.chainHash = chain.string("hash");

    JsonFields answer(top.object("answer"), top.path("answer"), &error);
    d.recordCount = answer.count("record_count");
    for (const QJsonValue& v : answer.array("records")) {
        d.records.push_back(recordOf(v.toObject(), answer.path("records"), error));
    }
    const QJsonValue mappings = top.object("answer").value(QStringLiteral("nat_mappings"));
    if (!mappings.isUndefined()) {
        d.hasNatMappings = true;
        for (const QJsonValue& v : answer.array("nat_mappings")) {
            d.natMappings.push_back(mappingOf(v.toObject(), answer.path("nat_mappings"), error));
        }
    }
    if (error.isEmpty() && d.recordCount != d.records.size()) {
        error = QStringLiteral("answer.record_count (%1) does not match the %2 records")
                    .arg(d.recordCount)
                    .arg(d.records.size());
    }
    if (!error.isEmpty()) {
        return std::nullopt;
    }
    return d;
}

std::optional<SignedPoliceAnswer> SignedPoliceAnswer::fromApi(const QJsonObject& json, QString* problem) {
    QString local;
    QString& error = problem != nullptr ? *problem : local;
    error.clear();
    SignedPoliceAnswer a;
    JsonFields top(json, {}, &error);
    a.requestId = top.id("request_id");
    a.number = top.string("number");
    a.algorithm = top.string("signature_algorithm");
    a.publicKeyPem = top.string("public_key_pem");
    const QString document = top.string("document_base64");
    const QString signature = top.string("signature_base64");
    if (!error.isEmpty()) {
        return std::nullopt;
    }
    const auto decodedDocument =
        QByteArray::fromBase64Encoding(document.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto decodedSignature =
        QByteArray::fromBase64Encoding(signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedDocument) {
        error = QStringLiteral("document_base64 must be base64");
        return std::nullopt;
    }
    if (!decodedSignature) {
        error = QStringLiteral("signature_base64 must be base64");
        return std::nullopt;
    }
    a.document = *decodedDocument;
    a.signature = *decodedSignature;
    return a;
}

} // namespace kiroku::kiosk::core
