#pragma once

#include "core/CounterRules.h"
#include "core/RetentionReport.h"

#include <QCoreApplication>
#include <QString>

namespace kiroku::kiosk::ui {

/// The retention audit as a document: the same HTML on screen and in the PDF, in the UI language, stating the audit
/// chain head (hash and length) it was made from at the top and at the end.
class RetentionReportDocument {
    Q_DECLARE_TR_FUNCTIONS(RetentionReportDocument)
public:
    RetentionReportDocument(const core::RetentionReport& report, core::CounterRules rules)
        : m_report(report), m_rules(std::move(rules)) {}

    [[nodiscard]] QString html() const;
    /// Writes the PDF (A4, Noto Sans CJK for the Japanese); the chain head is also in the PDF's title. Returns an
    /// empty string when done, else why not.
    [[nodiscard]] QString writePdf(const QString& path) const;

private:
    [[nodiscard]] QString chainLine() const;

    const core::RetentionReport& m_report;
    core::CounterRules m_rules;
};

} // namespace kiroku::kiosk::ui
