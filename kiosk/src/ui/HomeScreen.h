#pragma once

#include "core/Booth.h"
#include "core/CounterRules.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kiroku::kiosk::net {
class CounterService;
}

namespace kiroku::kiosk::ui {

class BoothGrid;

/// The booth map staff see once logged in: every booth with its status colour, the time in booth of the current
/// visit and a minor flag with the time the minor must leave, refreshed every few seconds. Actions on the selected
/// booth: check in (new customer or member), check out, move, and mark cleaning / free / out of service.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    /// Times are shown on the store's wall clock (`rules.zone`).
    HomeScreen(net::CounterService& counter, core::CounterRules rules, int pollMs, QWidget* parent = nullptr);
    void showSession(const QJsonObject& session);

    /// Polls GET /v1/booths while the map is in use.
    void startPolling();
    void stopPolling();
    /// Fetches the booths now.
    void refresh();
    /// The booths as last shown (server state with pending journal entries applied).
    [[nodiscard]] const QVector<core::Booth>& booths() const { return m_shown; }
    /// Forgets everything shown (at logout).
    void clear();
    /// A staff role in words ("manager" → 店長).
    static QString roleName(const QString& code);

signals:
    void logoutRequested();
    /// Staff want to check in a customer; `boothKey` is the preselected booth (empty: none).
    void checkInRequested(const QString& boothKey);
    void memberCheckInRequested(const QString& boothKey);
    void managerAreaRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void onBoothClicked(const core::Booth& booth);
    void updateActions();
    void beginCheckout();
    void confirmCheckout();
    void cancelPending();
    void beginMove();
    void moveTo(const core::Booth& target);
    void setBoothStatus(const QString& status);
    void say(const QString& message);

    QString hhmm(const QDateTime& t) const;

    net::CounterService& m_counter;
    core::CounterRules m_rules;
    QJsonObject m_session;
    QTimer m_poll;
    bool m_fetching = false;
    QVector<core::Booth> m_server;
    QVector<core::Booth> m_shown;
    QDateTime m_fetchedAt;
    bool m_lastFetchFailed = false;

    // Move mode: the visit being moved, and the Idempotency-Key of this move or check-out attempt (kept for retries).
    QString m_moveVisitId;
    QString m_moveFromLabel;
    QDateTime m_moveVisitStarted;
    QString m_checkoutVisitId;
    QByteArray m_attemptKey;

    QLabel* m_who;
    QPushButton* m_newCustomer;
    QPushButton* m_member;
    QPushButton* m_manager;
    QPushButton* m_logout;
    BoothGrid* m_grid;
    QLabel* m_selectedTitle;
    QLabel* m_selectedDetails;
    QPushButton* m_checkInHere;
    QPushButton* m_memberHere;
    QPushButton* m_checkout;
    QPushButton* m_move;
    QPushButton* m_cleaning;
    QPushButton* m_free;
    QPushButton* m_outOfService;
    QWidget* m_confirmPanel;
    QLabel* m_confirmText;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QLabel* m_message;
    QLabel* m_freshness;
};

} // namespace kiroku::kiosk::ui
