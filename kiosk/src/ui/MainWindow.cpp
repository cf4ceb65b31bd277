#include "ui/MainWindow.h"

#include "net/ApiClient.h"
#include "ui/HomeScreen.h"
#include "ui/Language.h"
#include "ui/LoginScreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace kiroku::kiosk::ui {

MainWindow::MainWindow(net::ApiClient& api, net::BackendMonitor& monitor, Language& language, QWidget* parent)
    : QMainWindow(parent), m_api(api), m_monitor(monitor), m_language(language), m_stack(new QStackedWidget(this)),
      m_login(new LoginScreen(api, m_stack)), m_home(new HomeScreen(m_stack)), m_status(new QLabel(this)),
      m_languageButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_status->setObjectName(QStringLiteral("backendStatus"));
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setMinimumHeight(40);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(m_languageButton);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    m_stack->addWidget(m_login);
    m_stack->addWidget(m_home);
    m_stack->setCurrentWidget(m_login);

    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        m_language.use(m_language.current() == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja"));
    });
    connect(m_login, &LoginScreen::loggedIn, this, [this](const QJsonObject& session) {
        m_home->showSession(session);
        m_stack->setCurrentWidget(m_home);
    });
    connect(m_home, &HomeScreen::logoutRequested, this, [this] {
        m_api.post(QStringLiteral("/v1/auth/logout"), {}, [](const net::ApiResult&) {});
        m_api.setToken({});
        m_login->reset();
        m_stack->setCurrentWidget(m_login);
    });
    connect(&m_monitor, &net::BackendMonitor::stateChanged, this, &MainWindow::showBackendState);
    setMinimumSize(1280, 800);
    retranslate();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Kiroku check-in"));
    // The button names the language it switches to, in that language.
    m_languageButton->setText(m_language.current() == QLatin1String("ja") ? QStringLiteral("English")
                                                                          : QStringLiteral("日本語"));
    showBackendState(m_monitor.state());
}

void MainWindow::showBackendState(net::BackendMonitor::State state) {
    const QString server = m_api.baseUrl().toString();
    switch (state) {
    case net::BackendMonitor::State::Ready:
        m_status->setText(tr("Server ready (%1)").arg(server));
        break;
    case net::BackendMonitor::State::NotReady:
        m_status->setText(tr("Server reachable but not ready (%1)").arg(server));
        break;
    case net::BackendMonitor::State::Unreachable:
        m_status->setText(tr("Server unreachable (%1)").arg(server));
        break;
    case net::BackendMonitor::State::Unknown:
        m_status->setText(tr("Checking the server…"));
        break;
    }
    if (!m_api.tlsProblem().isEmpty()) {
        m_status->setText(m_status->text() + QStringLiteral(" — ") + m_api.tlsProblem());
    }
}

} // namespace kiroku::kiosk::ui
