#pragma once

#include "core/KioskSettings.h"
#include "net/BackendMonitor.h"

#include <QJsonObject>
#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kiroku::kiosk::core {
class ChipReader;
}

namespace kiroku::kiosk::net {
class ApiClient;
class CounterService;
} // namespace kiroku::kiosk::net

namespace kiroku::kiosk::ui {

class CheckInWizard;
class HomeScreen;
class Language;
class LoginScreen;
class ManagerScreen;
class MemberCheckInScreen;
class RetentionAuditScreen;

/// The kiosk's window: a header with the offline journal's state and the language switch, the current screen, and
/// a status line that always says whether the backend is ready.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `chip` reads identity-card chips for the check-in; null when the kiosk has no card reader.
    MainWindow(net::ApiClient& api, net::BackendMonitor& monitor, Language& language, net::CounterService& counter,
               const core::KioskSettings& settings, core::ChipReader* chip = nullptr, QWidget* parent = nullptr);

    LoginScreen* loginScreen() const { return m_login; }
    HomeScreen* homeScreen() const { return m_home; }
    CheckInWizard* wizard() const { return m_wizard; }
    MemberCheckInScreen* memberScreen() const { return m_member; }
    ManagerScreen* managerScreen() const { return m_manager; }
    RetentionAuditScreen* retentionAuditScreen() const { return m_audit; }
    QWidget* currentScreen() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showBackendState(net::BackendMonitor::State state);
    void showJournalState();
    void onLoggedIn(const QJsonObject& session);
    void logout();
    void showHome();
    [[nodiscard]] bool isManager() const;

    net::ApiClient& m_api;
    net::BackendMonitor& m_monitor;
    Language& m_language;
    net::CounterService& m_counter;
    QJsonObject m_session;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    HomeScreen* m_home;
    CheckInWizard* m_wizard;
    MemberCheckInScreen* m_member;
    ManagerScreen* m_manager;
    RetentionAuditScreen* m_audit;
    QLabel* m_status;
    QLabel* m_journal;
    QPushButton* m_languageButton;
};

} // namespace kiroku::kiosk::ui
