#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kiroku::kiosk::ui {

/// What staff see once logged in: who they are, at which store, and a way to log out. The booth
/// map and the check-in wizard are reached from here.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit HomeScreen(QWidget* parent = nullptr);
    void showSession(const QJsonObject& session);

signals:
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QJsonObject m_session;
    QLabel* m_who;
    QPushButton* m_logout;
};

} // namespace kiroku::kiosk::ui
