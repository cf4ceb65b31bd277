#include "ui/MainWindow.h"

#include "net/ApiClient.h"
#include "net/CounterService.h"
#include "ui/CheckInWizard.h"
#include "ui/HomeScreen.h"
#include "ui/Language.h"
#include "ui/LoginScreen.h"
#include "ui/ManagerScreen.h"
#include "ui/MemberCheckInScreen.h"
#include "ui/RetentionAuditScreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace kiroku::kiosk::ui {

MainWindow::MainWindow(net::ApiClient& api, net::BackendMonitor& monitor, Language& language,
                       net::CounterService& counter, const core::KioskSettings& settings, core::ChipReader* chip,
                       QWidget* parent)
    : QMainWindow(parent), m_api(api), m_monitor(monitor), m_language(language), m_counter(counter),
      m_stack(new QStackedWidget(this)), m_login(new LoginScreen(api, m_stack)),
      m_home(new HomeScreen(counter, settings.rules, settings.boothPollMs, m_stack)),
      m_wizard(new CheckInWizard(counter, settings.rules, chip, m_stack)),
      m_member(new MemberCheckInScreen(counter, settings.rules, m_stack)),
      m_manager(new ManagerScreen(counter, settings.rules, m_stack)),
      m_audit(new RetentionAuditScreen(counter, settings.rules, m_stack)), m_status(new QLabel(this)),
      m_journal(new QLabel(this)), m_languageButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_status->setObjectName(QStringLiteral("backendStatus"));
    m_journal->setObjectName(QStringLiteral("journalStatus"));
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setMinimumHeight(40);
    QFont journalFont = m_journal->font();
    journalFont.setBold(true);
    journalFont.setPointSizeF(journalFont.pointSizeF() * 1.2);
    m_journal->setFont(journalFont);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* header = new QHBoxLayout;
    header->addWidget(m_journal, 1);
    header->addWidget(m_languageButton);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    for (QWidget* screen :
         {static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_wizard),
          static_cast<QWidget*>(m_member), static_cast<QWidget*>(m_manager), static_cast<QWidget*>(m_audit)}) {
        m_stack->addWidget(screen);
    }
    m_stack->setCurrentWidget(m_login);

    m_wizard->setCardPrinter(MemberCardPrinter(settings.printer, settings.printToPdf));
    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        m_language.use(m_language.current() == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja"));
    });
    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_home, &HomeScreen::logoutRequested, this, &MainWindow::logout);
    // The map polls only while it is shown.
    connect(m_home, &HomeScreen::checkInRequested, this, [this](const QString& boothKey) {
        m_home->stopPolling();
        m_wizard->start(m_home->booths(), boothKey);
        m_stack->setCurrentWidget(m_wizard);
    });
    connect(m_home, &HomeScreen::memberCheckInRequested, this, [this](const QString& boothKey) {
        m_home->stopPolling();
        m_member->start(m_home->booths(), boothKey);
        m_stack->setCurrentWidget(m_member);
    });
    connect(m_home, &HomeScreen::managerAreaRequested, this, [this] {
        if (isManager()) {
            m_home->stopPolling();
            m_manager->showSession(m_session);
            m_stack->setCurrentWidget(m_manager);
        }
    });
    connect(m_wizard, &CheckInWizard::finished, this, &MainWindow::showHome);
    connect(m_member, &MemberCheckInScreen::finished, this, &MainWindow::showHome);
    connect(m_manager, &ManagerScreen::finished, this, &MainWindow::showHome);
    connect(m_manager, &ManagerScreen::retentionAuditRequested, this, [this] {
        if (isManager()) {
            m_stack->setCurrentWidget(m_audit);
            m_audit->load(m_audit->report() ? m_audit->report()->asOf : QDate::currentDate());
        }
    });
    connect(m_audit, &RetentionAuditScreen::finished, this, [this] {
        m_manager->refresh();
        m_stack->setCurrentWidget(m_manager);
    });
    connect(&m_monitor, &net::BackendMonitor::stateChanged, this, [this](net::BackendMonitor::State state) {
        showBackendState(state);
        showJournalState();
        if (state == net::BackendMonitor::State::Ready) {
            m_counter.replayJournal();
        }
    });
    connect(&m_counter, &net::CounterService::journalChanged, this, &MainWindow::showJournalState);
    setMinimumSize(1280, 800);
    retranslate();
}

QWidget* MainWindow::currentScreen() const {
    return m_stack->currentWidget();
}

bool MainWindow::isManager() const {
    const QString role = m_session.value(QStringLiteral("staff")).toObject().value(QStringLiteral("role")).toString();
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

void MainWindow::onLoggedIn(const QJsonObject& session) {
    m_session = session;
    m_home->showSession(session);
    m_wizard->setStoreName(session.value(QStringLiteral("store")).toObject().value(QStringLiteral("name")).toString());
    m_manager->showSession(isManager() ? session : QJsonObject{});
    showHome();
    m_counter.replayJournal(); // entries recorded while offline go out under this session
}

void MainWindow::showHome() {
    m_stack->setCurrentWidget(m_home);
    m_home->startPolling();
}

void MainWindow::logout() {
    m_api.post(QStringLiteral("/v1/auth/logout"), {}, [](const net::ApiResult&) {});
    m_api.setToken({});
    m_session = {};
    m_home->clear();
    m_wizard->discard();
    m_member->discard();
    m_manager->showSession({});
    m_audit->clear();
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
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
    showJournalState();
}

void MainWindow::showJournalState() {
    const bool offline = m_monitor.state() == net::BackendMonitor::State::Unreachable;
    const int pending = m_counter.pendingCount();
    const int failed = m_counter.failedCount();
    QStringList parts;
    if (offline) {
        parts << (m_counter.journalAvailable() ? tr("Offline, %1 pending").arg(pending)
                                               : tr("Offline: check-ins cannot be recorded (no journal)"));
    } else if (pending > 0) {
        parts << tr("%1 pending, sending").arg(pending);
    }
    if (failed > 0) {
        parts << tr("%1 refused, see Manager").arg(failed);
    }
    m_journal->setText(parts.join(QStringLiteral(" · ")));
    m_journal->setStyleSheet(offline ? QStringLiteral("QLabel { color: white; background: #b00000; padding: 6px; }")
                                     : QString());
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
