#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kiroku::kiosk::net {
class ApiClient;
}

namespace kiroku::kiosk::ui {

/// Staff login: login name and password (a badge scanner types into the login field), the result
/// of the attempt in plain words.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    LoginScreen(net::ApiClient& api, QWidget* parent = nullptr);

    /// Clears the fields, e.g. after a logout.
    void reset();

signals:
    /// The backend accepted the login; `session` is its answer (staff, store, role, expiry).
    void loggedIn(const QJsonObject& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();

    net::ApiClient& m_api;
    QLabel* m_title;
    QLabel* m_loginLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QPushButton* m_submit;
    QLabel* m_message;
    bool m_busy = false;
};

} // namespace kiroku::kiosk::ui
