#include "ui/RetentionReportPdf.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace kiroku::kiosk::ui {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString cell(const QString& text, bool number = false) {
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(text))
                  : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString num(qint64 n) {
    return QString::number(n);
}

QString headerRow(const QStringList& names) {
    QString row = QStringLiteral("<tr>");
    for (const QString& name : names) {
        row += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(esc(name));
    }
    return row + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");

} // namespace

QString RetentionReportDocument::chainLine() const {
    const core::RetentionReport& r = m_report;
    return tr("Made from audit chain head %1 (length %2).").arg(r.chainHeadHash).arg(r.chainLength);
}

QString RetentionReportDocument::html() const {
    const core::RetentionReport& r = m_report;
    const QStringList kinds{tr("Identity records"), tr("Visits"), tr("Booth/terminal segments"), tr("Terminal events")};
    QString h =
        QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', 'Noto Sans CJK JP'; font-size: 9pt;\">");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Retention audit")));
    h += QStringLiteral("<p>%1<br>%2<br><b>%3</b></p>")
             .arg(esc(tr("Store: %1 (%2)").arg(r.storeName, r.storeCode)),
                  esc(tr("As of %1").arg(r.asOf.toString(Qt::ISODate))), esc(chainLine()));

    // The audit chain and the gaps first: they say whether the rest can be trusted and what needs work.
    h += QStringLiteral("<h3>%1</h3><p>").arg(esc(tr("Audit chain")));
    if (r.chainOk) {
        h += esc(tr("Intact: %1 entries, head %2.").arg(r.chainLength).arg(r.chainHeadHash));
    } else {
        h += QStringLiteral("<font color=\"#b00000\"><b>%1</b></font>")
                 .arg(esc(r.chainFirstBroken ? tr("BROKEN at entry %1 of %2: the records after it cannot be trusted.")
                                                   .arg(*r.chainFirstBroken)
                                                   .arg(r.chainLength)
                                             : tr("BROKEN: the records cannot be trusted.")));
    }
    if (r.latestCheckpoint) {
        h += QStringLiteral("<br>") +
             esc(tr("Latest checkpoint: %1 entries, head %2, made %3.")
                     .arg(r.latestCheckpoint->length)
                     .arg(r.latestCheckpoint->headHash, m_rules.dateTime(r.latestCheckpoint->createdAt)));
    }
    h += QStringLiteral("</p>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Gaps against the ordinance")));
    h += kTable + headerRow({tr("Check"), tr("Count")});
    const std::pair<QString, qint64> gaps[] = {
        {tr("Visits without an identity record"), r.visitsWithoutIdentityRecord},
        {tr("Booth segments without a terminal"), r.segmentsWithoutTerminal},
        {tr("Identity records missing a required item"), r.identityRecordsMissingRequiredItem},
        {tr("Records missing the supplementary address proof"), r.missingSupplementaryAddressProof}};
    for (const auto& [name, n] : gaps) {
        h += QStringLiteral("<tr>") + cell(name) +
             (n > 0 ? QStringLiteral("<td align=\"right\"><font color=\"#b00000\"><b>%1</b></font></td>").arg(n)
                    : cell(num(n), true)) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Records held, by month their retention ends")));
    h += kTable + headerRow(QStringList{tr("Month")} + kinds);
    for (const auto& m : r.heldByMonth) {
        h += QStringLiteral("<tr>") + cell(m.month) + cell(num(m.held.identityRecords), true) +
             cell(num(m.held.visits), true) + cell(num(m.held.visitSegments), true) +
             cell(num(m.held.terminalEvents), true) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(tr("Due in the next 30 days"))) +
         cell(num(r.dueNext30Days.identityRecords), true) + cell(num(r.dueNext30Days.visits), true) +
         cell(num(r.dueNext30Days.visitSegments), true) + cell(num(r.dueNext30Days.terminalEvents), true) +
         QStringLiteral("</tr></table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Legal holds")));
    if (r.holds.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += kTable +
             headerRow({tr("Hold"), tr("Reason"), tr("Until"), tr("Released"), tr("Police request"), tr("Records")});
        for (const auto& hold : r.holds) {
            h += QStringLiteral("<tr>") + cell(hold.id) + cell(hold.reason) + cell(hold.until.toString(Qt::ISODate)) +
                 cell(hold.releasedAt.isValid() ? m_rules.dateTime(hold.releasedAt) : tr("in force")) +
                 cell(hold.policeRequestId) + cell(num(hold.records), true) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Purges")));
    if (r.purges.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += kTable + headerRow({tr("Ran at"), tr("Cutoff"), tr("Rows purged"), tr("Keys destroyed"),
                                 tr("Holds respected"), tr("Duration")});
        for (const auto& p : r.purges) {
            QStringList counts;
            for (const auto& [table, n] : p.counts) {
                counts << QStringLiteral("%1 %2").arg(table).arg(n);
            }
            h += QStringLiteral("<tr>") + cell(m_rules.dateTime(p.ranAt)) + cell(p.cutoff.toString(Qt::ISODate)) +
                 cell(counts.join(QStringLiteral(", "))) + cell(p.keysDestroyed.join(QStringLiteral(", "))) +
                 cell(p.holdsRespected ? tr("yes") : tr("NO")) + cell(tr("%1 ms").arg(p.durationMs), true) +
                 QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Access to personal data")));
    h += kTable + headerRow({tr("Staff"), tr("Login"), tr("Reads")});
    for (const auto& s : r.readsByStaff) {
        h += QStringLiteral("<tr>") + cell(s.displayName) + cell(s.login) + cell(num(s.reads), true) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><p></p>") + kTable + headerRow({tr("Disclosure basis"), tr("Disclosures")});
    for (const auto& d : r.disclosuresByBasis) {
        h += QStringLiteral("<tr>") + cell(d.basis) + cell(num(d.count), true) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><small>%1</small></p></body></html>").arg(esc(chainLine()));
    return h;
}

QString RetentionReportDocument::writePdf(const QString& path) const {
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return tr("The file %1 cannot be written.").arg(path);
    }
    probe.close();
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setCreator(QStringLiteral("kiroku-kiosk"));
    pdf.setTitle(tr("Retention audit %1 %2 — audit chain head %3 (length %4)")
                     .arg(m_report.storeCode, m_report.asOf.toString(Qt::ISODate), m_report.chainHeadHash)
                     .arg(m_report.chainLength));
    QTextDocument document;
    // Latin letters and digits from DejaVu Sans, Japanese from Noto Sans CJK: the PDF's text then copies (and is
    // searched) as it reads; Noto CJK alone maps its digit glyphs to no character in the PDF's ToUnicode table.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&pdf);
    if (QFile(path).size() == 0) {
        return tr("The PDF could not be written.");
    }
    return {};
}

} // namespace kiroku::kiosk::ui
