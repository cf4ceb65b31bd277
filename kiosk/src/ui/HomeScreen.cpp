#include "ui/HomeScreen.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

HomeScreen::HomeScreen(QWidget* parent) : QWidget(parent), m_who(new QLabel(this)), m_logout(new QPushButton(this)) {
    setObjectName(QStringLiteral("homeScreen"));
    m_who->setObjectName(QStringLiteral("sessionLabel"));
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    m_logout->setMinimumHeight(48);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addStretch(1);
    layout->addWidget(m_logout, 0, Qt::AlignRight);
    connect(m_logout, &QPushButton::clicked, this, &HomeScreen::logoutRequested);
    retranslate();
}

void HomeScreen::showSession(const QJsonObject& session) {
    m_session = session;
    retranslate();
}

void HomeScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HomeScreen::retranslate() {
    const QJsonObject staff = m_session.value(QStringLiteral("staff")).toObject();
    const QJsonObject store = m_session.value(QStringLiteral("store")).toObject();
    m_who->setText(tr("%1 (%2) at %3")
                       .arg(staff.value(QStringLiteral("display_name")).toString(),
                            staff.value(QStringLiteral("role")).toString(),
                            store.value(QStringLiteral("name")).toString()));
    m_logout->setText(tr("Log out"));
}

} // namespace kiroku::kiosk::ui
