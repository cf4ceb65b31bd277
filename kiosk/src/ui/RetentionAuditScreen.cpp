#include "ui/RetentionAuditScreen.h"

#include "net/CounterService.h"
#include "ui/RetentionReportPdf.h"
#include "ui/Touch.h"

#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

RetentionAuditScreen::RetentionAuditScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent)
    : QWidget(parent), m_counter(counter), m_rules(std::move(rules)), m_title(new QLabel(this)),
      m_asOf(new QDateEdit(this)), m_load(new QPushButton(this)), m_status(new QLabel(this)), m_chain(new QLabel(this)),
      m_gaps(new QLabel(this)), m_view(new QTextBrowser(this)), m_pdf(new QPushButton(this)),
      m_csv(new QPushButton(this)), m_back(new QPushButton(this)) {
    setObjectName(QStringLiteral("retentionAuditScreen"));
    m_asOf->setObjectName(QStringLiteral("asOfField"));
    m_load->setObjectName(QStringLiteral("loadAuditButton"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_gaps->setObjectName(QStringLiteral("auditGaps"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_back->setObjectName(QStringLiteral("auditBackButton"));
    makeHeading(m_title);
    for (QPushButton* b : {m_load, m_pdf, m_csv, m_back}) {
        makeTouchButton(b);
    }
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setMinimumHeight(kFieldHeight);
    m_asOf->setDate(m_rules.localDate(QDateTime::currentDateTimeUtc()));
    m_status->setWordWrap(true);
    m_chain->setWordWrap(true);
    m_gaps->setWordWrap(true);
    QFont strong = m_chain->font();
    strong.setBold(true);
    m_chain->setFont(strong);
    m_gaps->setFont(strong);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_asOf);
    top->addWidget(m_load);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_chain);
    layout->addWidget(m_gaps);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_load, &QPushButton::clicked, this, [this] { load(m_asOf->date()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_back, &QPushButton::clicked, this, &RetentionAuditScreen::finished);
    retranslate();
    render();
}

void RetentionAuditScreen::load(const QDate& asOf) {
    m_asOf->setDate(asOf);
    m_status->setText(tr("Loading the audit as of %1…").arg(asOf.toString(Qt::ISODate)));
    m_load->setEnabled(false);
    QPointer<RetentionAuditScreen> self(this);
    m_counter.fetchRetentionAudit(asOf, [self](const net::ApiResult& result) {
        if (!self) {
            return;
        }
        self->m_load->setEnabled(true);
        if (!result.ok()) {
            self->m_status->setText(result.status == 403
                                        ? tr("Only managers may see the retention audit.")
                                        : tr("The audit could not be loaded: %1")
                                              .arg(result.errorMessage.isEmpty() ? tr("the server cannot be reached")
                                                                                 : result.errorMessage));
            return;
        }
        QString problem;
        const auto report = core::RetentionReport::parse(result.body, &problem);
        if (!report) {
            self->m_status->setText(tr("The server's audit could not be read (%1).").arg(problem));
            return;
        }
        self->present(*report);
    });
}

void RetentionAuditScreen::present(const core::RetentionReport& report) {
    m_report = report;
    m_asOf->setDate(report.asOf);
    m_status->setText(tr("Audit as of %1 for %2.").arg(report.asOf.toString(Qt::ISODate), report.storeName));
    render();
}

void RetentionAuditScreen::clear() {
    m_report.reset();
    m_status->clear();
    render();
}

void RetentionAuditScreen::render() {
    m_pdf->setEnabled(m_report.has_value());
    m_csv->setEnabled(m_report.has_value());
    if (!m_report) {
        m_chain->clear();
        m_gaps->clear();
        m_view->clear();
        return;
    }
    const core::RetentionReport& r = *m_report;
    m_chain->setStyleSheet(r.chainOk ? QStringLiteral("color: #006000;") : QStringLiteral("color: #b00000;"));
    m_chain->setText(r.chainOk ? tr("Audit chain intact: %1 entries.").arg(r.chainLength)
                               : tr("Audit chain BROKEN: the records cannot be trusted. Report this at once."));
    const qint64 gaps = r.complianceGapTotal();
    m_gaps->setStyleSheet(gaps == 0 ? QStringLiteral("color: #006000;") : QStringLiteral("color: #b00000;"));
    m_gaps->setText(gaps == 0 ? tr("No gaps against the ordinance.")
                              : tr("Gaps against the ordinance: %1. See below.").arg(gaps));
    m_view->setHtml(RetentionReportDocument(r, m_rules).html());
}

QString RetentionAuditScreen::exportPdf(const QString& path) const {
    if (!m_report) {
        return tr("Load the audit first.");
    }
    return RetentionReportDocument(*m_report, m_rules).writePdf(path);
}

QString RetentionAuditScreen::exportCsv(const QString& path) const {
    if (!m_report) {
        return tr("Load the audit first.");
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_report->toCsv()) < 0) {
        return tr("The file %1 cannot be written.").arg(path);
    }
    return {};
}

void RetentionAuditScreen::chooseAndExport(bool pdf) {
    if (!m_report) {
        return;
    }
    const QString suggested = QStringLiteral("retention-audit-%1-%2.%3")
                                  .arg(m_report->storeCode, m_report->asOf.toString(Qt::ISODate),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Save the audit as PDF") : tr("Save as CSV"), suggested,
                                     pdf ? QStringLiteral("PDF (*.pdf)") : QStringLiteral("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const QString problem = pdf ? exportPdf(path) : exportCsv(path);
    m_status->setText(problem.isEmpty() ? tr("Saved to %1.").arg(path) : problem);
}

void RetentionAuditScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void RetentionAuditScreen::retranslate() {
    m_title->setText(tr("Retention audit"));
    m_load->setText(tr("Show"));
    m_pdf->setText(tr("Export PDF"));
    m_csv->setText(tr("Export CSV"));
    m_back->setText(tr("Back to the manager area"));
}

} // namespace kiroku::kiosk::ui
