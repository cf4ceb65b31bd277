#pragma once

#include "core/CounterRules.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kiroku::kiosk::net {
class CounterService;
}

namespace kiroku::kiosk::ui {

/// The manager area, reached only with a manager or admin session: the store and session, what a manager can do
/// at this kiosk now, and the offline journal's entries the backend refused, which need a decision.
class ManagerScreen : public QWidget {
    Q_OBJECT
public:
    ManagerScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent = nullptr);
    void showSession(const QJsonObject& session);
    /// Reloads the journal's failed entries.
    void refresh();

signals:
    void finished();
    void retentionAuditRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void discardSelected();

    net::CounterService& m_counter;
    core::CounterRules m_rules;
    QJsonObject m_session;
    QLabel* m_title;
    QLabel* m_store;
    QLabel* m_available;
    QLabel* m_journalTitle;
    QListWidget* m_failed;
    QPushButton* m_discard;
    QPushButton* m_audit;
    QPushButton* m_back;
};

} // namespace kiroku::kiosk::ui
