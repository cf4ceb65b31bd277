#include "ui/LoginScreen.h"

#include "net/ApiClient.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

LoginScreen::LoginScreen(net::ApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api), m_title(new QLabel(this)), m_loginLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_submit(new QPushButton(this)), m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("loginScreen"));
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_login->setObjectName(QStringLiteral("loginField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_message->setObjectName(QStringLiteral("loginMessage"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setMaxLength(64);
    m_password->setMaxLength(256);
    m_login->setMinimumHeight(48);
    m_password->setMinimumHeight(48);
    m_submit->setMinimumHeight(56);
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addSpacing(24);
    column->addLayout(form);
    column->addWidget(m_submit);
    column->addWidget(m_message);
    column->addStretch(2);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(m_submit, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    retranslate();
}

void LoginScreen::reset() {
    m_login->clear();
    m_password->clear();
    m_message->clear();
    m_login->setFocus();
}

void LoginScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LoginScreen::retranslate() {
    m_title->setText(tr("Staff login"));
    m_loginLabel->setText(tr("Staff ID"));
    m_passwordLabel->setText(tr("Password"));
    m_submit->setText(tr("Log in"));
    m_login->setPlaceholderText(tr("Scan your badge or type your ID"));
}

void LoginScreen::submit() {
    if (m_busy) {
        return;
    }
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your staff ID and password."));
        return;
    }
    m_busy = true;
    m_submit->setEnabled(false);
    m_message->setText(tr("Checking…"));
    m_api.login(m_login->text().trimmed(), m_password->text(), [this](const net::ApiResult& result) {
        m_busy = false;
        m_submit->setEnabled(true);
        m_password->clear();
        if (result.ok()) {
            m_message->clear();
            emit loggedIn(result.body);
        } else if (!result.reached()) {
            m_message->setText(tr("The server cannot be reached. Check the network, then try again."));
        } else if (result.status == 401) {
            m_message->setText(tr("The staff ID or password is wrong."));
        } else if (result.status == 423 || result.errorCode == QLatin1String("locked")) {
            m_message->setText(tr("This account is locked after repeated failures. Ask a manager."));
        } else {
            m_message->setText(tr("Login failed (%1). Ask a manager.").arg(result.errorCode));
        }
    });
}

} // namespace kiroku::kiosk::ui
