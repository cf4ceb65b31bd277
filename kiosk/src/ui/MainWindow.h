#pragma once

#include "net/BackendMonitor.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kiroku::kiosk::net {
class ApiClient;
}

namespace kiroku::kiosk::ui {

class HomeScreen;
class Language;
class LoginScreen;

/// The kiosk's window: a header with the language switch, the current screen, and a status line
/// that always says whether the backend is ready.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(net::ApiClient& api, net::BackendMonitor& monitor, Language& language, QWidget* parent = nullptr);

    LoginScreen* loginScreen() const { return m_login; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showBackendState(net::BackendMonitor::State state);

    net::ApiClient& m_api;
    net::BackendMonitor& m_monitor;
    Language& m_language;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    HomeScreen* m_home;
    QLabel* m_status;
    QPushButton* m_languageButton;
};

} // namespace kiroku::kiosk::ui
