#include "ui/PoliceAnswerPdf.h"

#include "core/DocumentKinds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace kiroku::kiosk::ui {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");

QString row(const QString& name, const QString& value) {
    return QStringLiteral("<tr><th align=\"left\" bgcolor=\"#e8e8e8\" width=\"28%\">%1</th><td>%2</td></tr>")
        .arg(esc(name), esc(value));
}

QString headerRow(const QStringList& names) {
    QString out = QStringLiteral("<tr>");
    for (const QString& name : names) {
        out += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(esc(name));
    }
    return out + QStringLiteral("</tr>");
}

QString cells(const QStringList& values) {
    QString out = QStringLiteral("<tr>");
    for (const QString& value : values) {
        out += QStringLiteral("<td>%1</td>").arg(esc(value));
    }
    return out + QStringLiteral("</tr>");
}

/// Long hex and base64 strings broken every 64 characters so that they wrap on the page.
QString wrapped(const QString& text) {
    QStringList parts;
    for (qsizetype i = 0; i < text.size(); i += 64) {
        parts << esc(text.mid(i, 64));
    }
    return QStringLiteral("<tt>%1</tt>").arg(parts.join(QStringLiteral("<br>")));
}

/// "192.0.2.1:80", or "[2001:db8::1]:80" for IPv6.
QString endpoint(const QString& ip, qint64 port) {
    return (ip.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(ip).arg(port);
}

QString baseName(const QString& pdfPath) {
    const QFileInfo info(pdfPath);
    const QString base = info.completeBaseName();
    return info.dir().filePath(base);
}

/// Answers hold personal data: their files are for the owner only (mode 0600), set before anything is written.
bool openPrivate(QFile& file) {
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return openPrivate(file) && file.write(bytes) == bytes.size();
}

} // namespace

QString PoliceTerms::basisName(const QString& code) {
    if (code == QLatin1String("ordinance_report")) {
        return tr("Report requested under the ordinance");
    }
    if (code == QLatin1String("ordinance_inspection")) {
        return tr("On-site inspection under the ordinance");
    }
    if (code == QLatin1String("ccp_197_2")) {
        return tr("Inquiry for investigation (Code of Criminal Procedure art. 197(2))");
    }
    if (code == QLatin1String("warrant")) {
        return tr("Warrant");
    }
    if (code == QLatin1String("emergency_life")) {
        return tr("Emergency to protect life");
    }
    return code;
}

QString PoliceTerms::questionName(const QString& code) {
    if (code == QLatin1String("terminal_at_time")) {
        return tr("Who used a booth or terminal");
    }
    if (code == QLatin1String("person")) {
        return tr("Visits of a person");
    }
    if (code == QLatin1String("public_endpoint")) {
        return tr("Who used a public IP address and port");
    }
    return code;
}

QString PoliceTerms::statusName(const QString& code) {
    if (code == QLatin1String("received")) {
        return tr("Awaiting approval");
    }
    if (code == QLatin1String("approved")) {
        return tr("Approved");
    }
    if (code == QLatin1String("answered")) {
        return tr("Answered");
    }
    if (code == QLatin1String("rejected")) {
        return tr("Rejected");
    }
    if (code == QLatin1String("expired")) {
        return tr("Expired");
    }
    return code;
}

QString PoliceTerms::sourceName(const QString& code) {
    if (code == QLatin1String("kiosk")) {
        return tr("Paper request entered at the kiosk");
    }
    if (code == QLatin1String("police")) {
        return tr("Submitted by police over the API");
    }
    return code;
}

QString PoliceTerms::methodName(const QString& code) {
    if (code == QLatin1String("ic_chip")) {
        return tr("IC chip read");
    }
    if (code == QLatin1String("mrz")) {
        return tr("Machine-readable zone read");
    }
    if (code == QLatin1String("visual")) {
        return tr("Checked by sight");
    }
    return code;
}

QString PoliceTerms::addressSourceName(const QString& code) {
    if (code == QLatin1String("ip_assigned")) {
        return tr("address from the terminal's report");
    }
    if (code == QLatin1String("configured")) {
        return tr("configured address");
    }
    return code;
}

QString PoliceTerms::fieldName(const QString& key) {
    static const std::pair<const char*, const char*> names[] = {
        {"booth", QT_TR_NOOP("Booth")},
        {"terminal", QT_TR_NOOP("Terminal")},
        {"at", QT_TR_NOOP("At")},
        {"public_ip", QT_TR_NOOP("Public IP address")},
        {"source_port", QT_TR_NOOP("Source port")},
        {"tolerance_seconds", QT_TR_NOOP("Tolerance (seconds)")},
        {"name", QT_TR_NOOP("Name")},
        {"name_kana", QT_TR_NOOP("Name (kana)")},
        {"date_of_birth", QT_TR_NOOP("Date of birth")},
        {"document_kind", QT_TR_NOOP("Document kind")},
        {"document_number", QT_TR_NOOP("Document number")},
    };
    for (const auto& [code, name] : names) {
        if (key == QLatin1String(code)) {
            return tr(name);
        }
    }
    return key;
}

PoliceAnswerPdf::PoliceAnswerPdf(core::SignedPoliceAnswer answer, core::CounterRules rules,
                                 const QStringList& trustedKeys)
    : m_answer(std::move(answer)), m_rules(std::move(rules)), m_check(core::verifySignature(m_answer)) {
    if (!m_check.valid) {
        QString why = tr("the signature does not match the document");
        if (m_check.failure == core::SignatureCheck::Failure::Algorithm) {
            why = tr("the signature algorithm is %1, not Ed25519").arg(m_answer.algorithm);
        } else if (m_check.failure == core::SignatureCheck::Failure::PublicKey) {
            why = tr("the public key is not an Ed25519 key");
        }
        m_refusal = tr("The answer's signature does not verify (%1): it may have been altered, so it is not printed. "
                       "Fetch it again from the server; if this persists, report it.")
                        .arg(why);
        return;
    }
    if (!trustedKeys.isEmpty() && !trustedKeys.contains(m_check.keyFingerprint)) {
        m_refusal = tr("The answer is signed with a key this kiosk does not trust (fingerprint %1; "
                       "police/signing_key_fingerprints): it is not printed. Report this.")
                        .arg(m_check.keyFingerprint);
        return;
    }
    QString problem;
    m_document = core::PoliceAnswerDocument::parse(m_answer.document, &problem);
    if (!m_document) {
        m_refusal = tr("The signed answer cannot be read (%1).").arg(problem);
        return;
    }
    if (!m_answer.number.isEmpty() && m_answer.number != m_document->number) {
        m_refusal = tr("The answer's number %1 differs from the signed document's number %2.")
                        .arg(m_answer.number, m_document->number);
        m_document.reset();
    }
}

QString PoliceAnswerPdf::instant(const QDateTime& t) const {
    if (!t.isValid()) {
        return tr("(open)");
    }
    const QDateTime local = t.toTimeZone(m_rules.zone);
    return QStringLiteral("%1 (%2)").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                         QString::fromLatin1(m_rules.zone.id()));
}

QString PoliceAnswerPdf::staff(const QString& id, const QString& name) {
    return name.isEmpty() ? tr("staff #%1").arg(id) : tr("%1 (staff #%2)").arg(name, id);
}

QString PoliceAnswerPdf::html(const QString& fileBase) const {
    if (!m_document) {
        return {};
    }
    const core::PoliceAnswerDocument& d = *m_document;
    QString h =
        QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', 'Noto Sans CJK JP'; font-size: 9pt;\">");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Answer to a police inquiry")));
    h += kTable + row(tr("Answer number"), d.number) +
         row(tr("Store"), tr("%1 (code %2)").arg(d.storeName, d.storeCode)) +
         row(tr("Answered at"), instant(d.answeredAt)) + row(tr("Answered by"), staff(d.answeredBy, d.answeredByName)) +
         row(tr("Records as of"), instant(d.dataAsOf)) + QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The request")));
    QString basis = PoliceTerms::basisName(d.basisKind);
    if (!d.warrantCourt.isEmpty()) {
        basis += QStringLiteral(" — ") + tr("court: %1").arg(d.warrantCourt);
    }
    if (d.warrantExpiresOn.isValid()) {
        basis += QStringLiteral(" — ") + tr("valid until %1").arg(d.warrantExpiresOn.toString(Qt::ISODate));
    }
    h += kTable + row(tr("Request id"), d.requestId) + row(tr("Received"), instant(d.receivedAt)) +
         row(tr("How it arrived"), PoliceTerms::sourceName(d.source)) + row(tr("Agency"), d.agencyName) +
         row(tr("Officer"), tr("%1 (badge %2, contact %3)").arg(d.officerName, d.officerBadge, d.officerContact)) +
         row(tr("Legal basis"), basis) +
         row(tr("Document"), tr("%1 dated %2").arg(d.documentReference, d.documentDate.toString(Qt::ISODate))) +
         row(tr("Scope"), tr("%1 to %2").arg(instant(d.scopeFrom), instant(d.scopeTo))) +
         row(tr("Question"), PoliceTerms::questionName(d.questionKind));
    for (const auto& [key, value] : d.questionFields) {
        h += row(QStringLiteral("　") + PoliceTerms::fieldName(key), value);
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Approval")));
    h += kTable + row(tr("Approved at"), instant(d.approvedAt)) +
         row(tr("Approved by"), staff(d.approvedBy, d.approvedByName));
    h += d.reviewRequired ? QStringLiteral("<tr><th align=\"left\" bgcolor=\"#e8e8e8\">%1</th><td><font "
                                           "color=\"#b00000\"><b>%2</b></font></td></tr>")
                                .arg(esc(tr("Review")), esc(tr("Approved by one manager in an emergency: flagged for "
                                                               "review afterwards")))
                          : row(tr("Review"), tr("Two-person rule applied; no review required"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Audit chain head before this answer")));
    h += kTable + row(tr("Chain"), d.chainId) + row(tr("Length"), QString::number(d.chainLength)) +
         QStringLiteral("<tr><th align=\"left\" bgcolor=\"#e8e8e8\">%1</th><td>%2</td></tr>")
             .arg(esc(tr("Hash")), wrapped(d.chainHash)) +
         QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Records disclosed: %1").arg(d.recordCount)));
    if (d.records.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No record matched the question within the scope.")));
    }
    int n = 0;
    for (const core::AnswerRecord& r : d.records) {
        h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Record %1").arg(++n)));
        QString document = core::DocumentKinds::displayName(r.documentKind);
        if (!r.documentNumber.isEmpty()) {
            document += QStringLiteral(" ") + tr("no. %1").arg(r.documentNumber);
        }
        if (!r.documentIssuer.isEmpty()) {
            document += QStringLiteral(" ") + tr("issued by %1").arg(r.documentIssuer);
        }
        h += kTable + row(tr("Name"), r.name) + row(tr("Name (kana)"), r.nameKana) + row(tr("Address"), r.address) +
             row(tr("Date of birth"), r.dateOfBirth.toString(Qt::ISODate)) + row(tr("Identity document"), document) +
             (r.nationality.isEmpty() ? QString() : row(tr("Nationality"), r.nationality)) +
             row(tr("Verified"),
                 tr("%1, %2").arg(instant(r.verifiedAt), PoliceTerms::methodName(r.verificationMethod))) +
             row(tr("Identity record id"), r.id) + QStringLiteral("</table><p></p>");
        h += kTable + headerRow({tr("Visit"), tr("Booth"), tr("Terminal"), tr("From"), tr("To")});
        for (const core::AnswerVisit& v : r.visits) {
            for (const core::AnswerSegment& s : v.segments) {
                h += cells(
                    {v.id, s.booth, s.terminal.isEmpty() ? tr("none") : s.terminal, instant(s.from), instant(s.to)});
            }
        }
        h += QStringLiteral("</table>");
    }

    if (d.hasNatMappings) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("NAT mappings of the public address and port")));
        if (d.natMappings.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("The gateway's NAT log has no such mapping.")));
        } else {
            int mappingNo = 0;
            for (const core::AnswerMapping& m : d.natMappings) {
                QString from = m.startedAt.isValid() ? instant(m.startedAt) : tr("not in the log");
                if (m.startEstimated) {
                    from += QStringLiteral(" ") + tr("(estimated)");
                }
                QString terminal = m.terminal.isEmpty() ? tr("none known") : m.terminal;
                if (!m.terminalAddressSource.isEmpty()) {
                    terminal += QStringLiteral(" (%1)").arg(PoliceTerms::addressSourceName(m.terminalAddressSource));
                }
                h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Mapping %1").arg(++mappingNo)));
                h += kTable + row(tr("Protocol"), m.protocol) +
                     row(tr("Private address"), endpoint(m.privateIp, m.privatePort)) +
                     row(tr("Public address"), endpoint(m.publicIp, m.publicPort)) + row(tr("From"), from) +
                     row(tr("To"), instant(m.endedAt)) + row(tr("Terminal"), terminal) + QStringLiteral("</table>");
            }
        }
    }

    h += QStringLiteral("<hr><p><small>");
    h += QStringLiteral("<b>%1</b><br>%2<br>")
             .arg(esc(tr("SHA-256 of the signed document")), wrapped(m_check.documentSha256));
    h += QStringLiteral("<b>%1</b><br>%2<br>")
             .arg(esc(tr("Signature (Ed25519, base64)")), wrapped(QString::fromLatin1(m_answer.signature.toBase64())));
    h += QStringLiteral("<b>%1</b><br>%2<br>")
             .arg(esc(tr("Signing key fingerprint (SHA-256 of the public key, DER)")), wrapped(m_check.keyFingerprint));
    h +=
        esc(tr("This PDF is a reading of the answer. The authoritative copy is the JSON file %1.json with its detached "
               "Ed25519 signature %1.sig, verified against the store's public key %1.pub.pem with: "
               "openssl pkeyutl -verify -pubin -inkey %1.pub.pem -rawin -in %1.json -sigfile %1.sig")
                .arg(fileBase.isEmpty() ? d.number : fileBase));
    h += QStringLiteral("</small></p></body></html>");
    return h;
}

QString PoliceAnswerPdf::writePdf(const QString& path) const {
    if (!m_document) {
        return m_refusal;
    }
    QFile probe(path);
    if (!openPrivate(probe)) {
        return tr("The file %1 cannot be written.").arg(path);
    }
    probe.close();
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setCreator(QStringLiteral("kiroku-kiosk"));
    pdf.setTitle(tr("Answer %1 — SHA-256 %2").arg(m_document->number, m_check.documentSha256));
    QTextDocument document;
    // As for the retention audit: Latin letters and digits from DejaVu Sans (they copy as they read), Japanese from
    // Noto Sans CJK.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(html(QFileInfo(path).completeBaseName()));
    document.print(&pdf);
    if (QFile(path).size() == 0) {
        return tr("The PDF could not be written.");
    }
    return {};
}

QString PoliceAnswerPdf::exportTo(const QString& pdfPath) const {
    if (!m_document) {
        return m_refusal;
    }
    const QString base = baseName(pdfPath);
    if (!writeFile(base + QStringLiteral(".json"), m_answer.document) ||
        !writeFile(base + QStringLiteral(".sig"), m_answer.signature) ||
        !writeFile(base + QStringLiteral(".pub.pem"), m_answer.publicKeyPem.toUtf8())) {
        return tr("The signed document cannot be saved next to %1.").arg(pdfPath);
    }
    return writePdf(pdfPath);
}

} // namespace kiroku::kiosk::ui
