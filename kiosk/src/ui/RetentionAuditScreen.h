#pragma once

#include "core/CounterRules.h"
#include "core/RetentionReport.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace kiroku::kiosk::net {
class CounterService;
}

namespace kiroku::kiosk::ui {

/// The manager's retention audit (GET /v1/audits/retention): what the store holds and until when, legal holds,
/// purges, whether the audit chain is intact, who read personal data, and the gaps against the ordinance; exported
/// as PDF (stating the audit chain head it was made from) or CSV. Reached from the manager area only.
class RetentionAuditScreen : public QWidget {
    Q_OBJECT
public:
    RetentionAuditScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent = nullptr);

    /// Asks the backend for the audit as of `asOf` and shows it.
    void load(const QDate& asOf);
    /// Shows a report (as received from the backend).
    void present(const core::RetentionReport& report);
    /// Forgets the report shown (at logout).
    void clear();
    [[nodiscard]] const std::optional<core::RetentionReport>& report() const { return m_report; }

    /// Writes the report shown; an empty string when done, else why not.
    [[nodiscard]] QString exportPdf(const QString& path) const;
    [[nodiscard]] QString exportCsv(const QString& path) const;

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void chooseAndExport(bool pdf);

    net::CounterService& m_counter;
    core::CounterRules m_rules;
    std::optional<core::RetentionReport> m_report;
    QLabel* m_title;
    QDateEdit* m_asOf;
    QPushButton* m_load;
    QLabel* m_status;
    QLabel* m_chain;
    QLabel* m_gaps;
    QTextBrowser* m_view;
    QPushButton* m_pdf;
    QPushButton* m_csv;
    QPushButton* m_back;
};

} // namespace kiroku::kiosk::ui
