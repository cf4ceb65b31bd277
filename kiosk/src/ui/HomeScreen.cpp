#include "ui/HomeScreen.h"

#include "net/CounterService.h"
#include "ui/BoothGrid.h"
#include "ui/Touch.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

QPushButton* touchButton(QWidget* parent, const char* name) {
    auto* button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    makeTouchButton(button);
    return button;
}

} // namespace

HomeScreen::HomeScreen(net::CounterService& counter, core::CounterRules rules, int pollMs, QWidget* parent)
    : QWidget(parent), m_counter(counter), m_rules(std::move(rules)), m_who(new QLabel(this)),
      m_newCustomer(touchButton(this, "newCustomerButton")), m_member(touchButton(this, "memberButton")),
      m_manager(touchButton(this, "managerButton")), m_logout(touchButton(this, "logoutButton")), m_grid(new BoothGrid),
      m_selectedTitle(new QLabel(this)), m_selectedDetails(new QLabel(this)),
      m_checkInHere(touchButton(this, "checkInHereButton")), m_memberHere(touchButton(this, "memberHereButton")),
      m_checkout(touchButton(this, "checkoutButton")), m_move(touchButton(this, "moveButton")),
      m_cleaning(touchButton(this, "cleaningButton")), m_free(touchButton(this, "freeButton")),
      m_outOfService(touchButton(this, "outOfServiceButton")), m_confirmPanel(new QWidget(this)),
      m_confirmText(new QLabel(m_confirmPanel)), m_confirm(touchButton(m_confirmPanel, "confirmButton")),
      m_cancel(touchButton(m_confirmPanel, "cancelButton")), m_message(new QLabel(this)),
      m_freshness(new QLabel(this)) {
    setObjectName(QStringLiteral("homeScreen"));
    m_who->setObjectName(QStringLiteral("sessionLabel"));
    m_grid->setObjectName(QStringLiteral("boothMap"));
    m_selectedTitle->setObjectName(QStringLiteral("selectedBooth"));
    m_selectedDetails->setObjectName(QStringLiteral("selectedDetails"));
    m_confirmPanel->setObjectName(QStringLiteral("confirmPanel"));
    m_confirmText->setObjectName(QStringLiteral("confirmText"));
    m_message->setObjectName(QStringLiteral("mapMessage"));
    m_freshness->setObjectName(QStringLiteral("mapFreshness"));
    m_freshness->setWordWrap(true);
    m_grid->setRules(m_rules);
    makeHeading(m_selectedTitle, 1.4);
    m_selectedDetails->setWordWrap(true);
    m_confirmText->setWordWrap(true);
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_who, 1);
    top->addWidget(m_newCustomer);
    top->addWidget(m_member);
    top->addWidget(m_manager);
    top->addWidget(m_logout);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_grid);

    auto* confirmLayout = new QVBoxLayout(m_confirmPanel);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_confirm);
    confirmButtons->addWidget(m_cancel);
    confirmLayout->addLayout(confirmButtons);
    m_confirmPanel->hide();

    auto* side = new QVBoxLayout;
    side->addWidget(m_selectedTitle);
    side->addWidget(m_selectedDetails);
    auto* actions = new QGridLayout;
    actions->addWidget(m_checkInHere, 0, 0);
    actions->addWidget(m_memberHere, 0, 1);
    actions->addWidget(m_checkout, 1, 0);
    actions->addWidget(m_move, 1, 1);
    actions->addWidget(m_cleaning, 2, 0);
    actions->addWidget(m_free, 2, 1);
    actions->addWidget(m_outOfService, 3, 0, 1, 2);
    side->addLayout(actions);
    side->addWidget(m_confirmPanel);
    side->addWidget(m_message);
    side->addStretch(1);
    side->addWidget(m_freshness);
    auto* sidePanel = new QWidget(this);
    sidePanel->setLayout(side);
    sidePanel->setFixedWidth(340);

    auto* middle = new QHBoxLayout;
    middle->addWidget(scroll, 1);
    middle->addWidget(sidePanel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);

    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &HomeScreen::refresh);
    connect(m_grid, &BoothGrid::boothClicked, this, &HomeScreen::onBoothClicked);
    connect(m_logout, &QPushButton::clicked, this, &HomeScreen::logoutRequested);
    connect(m_newCustomer, &QPushButton::clicked, this, [this] { emit checkInRequested({}); });
    connect(m_member, &QPushButton::clicked, this, [this] { emit memberCheckInRequested({}); });
    connect(m_manager, &QPushButton::clicked, this, &HomeScreen::managerAreaRequested);
    connect(m_checkInHere, &QPushButton::clicked, this, [this] {
        if (const core::Booth* b = m_grid->selected()) {
            emit checkInRequested(b->key());
        }
    });
    connect(m_memberHere, &QPushButton::clicked, this, [this] {
        if (const core::Booth* b = m_grid->selected()) {
            emit memberCheckInRequested(b->key());
        }
    });
    connect(m_checkout, &QPushButton::clicked, this, &HomeScreen::beginCheckout);
    connect(m_confirm, &QPushButton::clicked, this, &HomeScreen::confirmCheckout);
    connect(m_cancel, &QPushButton::clicked, this, &HomeScreen::cancelPending);
    connect(m_move, &QPushButton::clicked, this, &HomeScreen::beginMove);
    connect(m_cleaning, &QPushButton::clicked, this, [this] { setBoothStatus(QStringLiteral("cleaning")); });
    connect(m_free, &QPushButton::clicked, this, [this] { setBoothStatus(QStringLiteral("free")); });
    connect(m_outOfService, &QPushButton::clicked, this, [this] { setBoothStatus(QStringLiteral("out_of_service")); });
    connect(&m_counter, &net::CounterService::journalChanged, this, &HomeScreen::rebuild);
    retranslate();
    updateActions();
}

QString HomeScreen::roleName(const QString& code) {
    if (code == QLatin1String("clerk")) {
        return tr("clerk");
    }
    if (code == QLatin1String("manager")) {
        return tr("manager");
    }
    if (code == QLatin1String("admin")) {
        return tr("administrator");
    }
    if (code == QLatin1String("auditor")) {
        return tr("auditor");
    }
    return code;
}

QString HomeScreen::hhmm(const QDateTime& t) const {
    return t.isValid() ? m_rules.clock(t) : QStringLiteral("--:--");
}

void HomeScreen::showSession(const QJsonObject& session) {
    m_session = session;
    const QString role = session.value(QStringLiteral("staff")).toObject().value(QStringLiteral("role")).toString();
    m_manager->setVisible(role == QLatin1String("manager") || role == QLatin1String("admin"));
    retranslate();
}

void HomeScreen::startPolling() {
    refresh();
    m_poll.start();
}

void HomeScreen::stopPolling() {
    m_poll.stop();
}

void HomeScreen::clear() {
    stopPolling();
    cancelPending();
    m_server.clear();
    m_shown.clear();
    m_grid->setBooths({}, QDateTime::currentDateTimeUtc());
    m_message->clear();
    m_session = {};
    updateActions();
}

void HomeScreen::refresh() {
    if (m_fetching) {
        return;
    }
    m_fetching = true;
    QPointer<HomeScreen> self(this);
    m_counter.fetchBooths([self](const net::ApiResult& result) {
        if (!self) {
            return;
        }
        self->m_fetching = false;
        if (result.status == 401) { // the session expired or was ended elsewhere: log in again
            emit self->logoutRequested();
            return;
        }
        QString problem;
        if (result.ok()) {
            self->m_server = core::Booths::parse(result.body, &problem);
        }
        self->m_lastFetchFailed = !result.ok() || !problem.isEmpty();
        if (!self->m_lastFetchFailed) {
            self->m_fetchedAt = QDateTime::currentDateTimeUtc();
        }
        self->rebuild();
    });
}

void HomeScreen::rebuild() {
    m_shown = m_server;
    net::CounterService::applyPending(m_shown, m_counter.pendingEntries());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_grid->setBooths(m_shown, now);
    if (m_lastFetchFailed) {
        m_freshness->setText(m_fetchedAt.isValid()
                                 ? tr("Booths could not be updated: shown as of %1.").arg(hhmm(m_fetchedAt))
                                 : tr("The booth list could not be loaded from the server."));
    } else {
        m_freshness->setText(tr("Updated %1").arg(hhmm(m_fetchedAt)));
    }
    updateActions();
}

void HomeScreen::onBoothClicked(const core::Booth& booth) {
    if (!m_moveVisitId.isEmpty()) {
        moveTo(booth);
        return;
    }
    m_confirmPanel->hide();
    m_checkoutVisitId.clear();
    m_attemptKey.clear();
    updateActions();
}

void HomeScreen::updateActions() {
    const core::Booth* booth = m_grid->selected();
    const bool moving = !m_moveVisitId.isEmpty();
    const bool confirming = !m_checkoutVisitId.isEmpty();
    const bool occupied = booth != nullptr && booth->visit.has_value();
    const bool free = booth != nullptr && booth->isFree();
    m_checkInHere->setEnabled(free && !moving && !confirming);
    m_memberHere->setEnabled(free && !moving && !confirming);
    m_checkout->setEnabled(occupied && !moving && !confirming);
    m_move->setEnabled(occupied && !moving && !confirming);
    const bool statusChange = booth != nullptr && !occupied && !moving && !confirming;
    m_cleaning->setEnabled(statusChange && booth->status != QLatin1String("cleaning"));
    m_free->setEnabled(statusChange && booth->status != QLatin1String("free"));
    m_outOfService->setEnabled(statusChange && booth->status != QLatin1String("out_of_service"));
    if (booth == nullptr) {
        m_selectedTitle->setText(tr("Tap a booth"));
        m_selectedDetails->clear();
        return;
    }
    m_selectedTitle->setText(booth->terminalNumber.isEmpty()
                                 ? booth->label
                                 : tr("%1 · terminal %2").arg(booth->label, booth->terminalNumber));
    QStringList details{core::Booths::statusName(booth->status)};
    if (booth->visit) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        details << tr("In since %1 (%2)")
                       .arg(hhmm(booth->visit->startedAt),
                            core::Booths::formatDuration(booth->visit->startedAt.secsTo(now)));
        if (booth->visit->minor) {
            details << (booth->visit->minorMustLeaveAt.isValid()
                            ? tr("Minor: must leave at %1").arg(hhmm(booth->visit->minorMustLeaveAt))
                            : tr("Minor"));
        }
        if (booth->visit->pending) {
            details << tr("Recorded offline; not yet sent to the server.");
        }
    }
    m_selectedDetails->setText(details.join(QLatin1Char('\n')));
}

void HomeScreen::beginCheckout() {
    const core::Booth* booth = m_grid->selected();
    if (booth == nullptr || !booth->visit) {
        return;
    }
    m_checkoutVisitId = booth->visit->id;
    m_attemptKey = net::ApiClient::newIdempotencyKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_confirmText->setText(tr("Check out %1? In since %2, now %3 (%4).")
                               .arg(booth->label, hhmm(booth->visit->startedAt), hhmm(now),
                                    core::Booths::formatDuration(booth->visit->startedAt.secsTo(now))));
    m_confirm->setText(tr("Check out"));
    m_confirmPanel->show();
    updateActions();
}

void HomeScreen::confirmCheckout() {
    const core::Booth* booth = m_grid->selected();
    if (m_checkoutVisitId.isEmpty() || booth == nullptr || !booth->visit || booth->visit->id != m_checkoutVisitId) {
        cancelPending();
        return;
    }
    const QString label = booth->label;
    const QDateTime started = booth->visit->startedAt;
    m_confirm->setEnabled(false);
    QPointer<HomeScreen> self(this);
    m_counter.checkout(m_checkoutVisitId, m_attemptKey, [self, label, started](const net::CounterOutcome& outcome) {
        const auto hhmm = [&](const QDateTime& t) { return self ? self->hhmm(t) : QString(); };
        if (!self) {
            return;
        }
        self->m_confirm->setEnabled(true);
        using S = net::CounterOutcome::Status;
        if (outcome.status == S::Done || outcome.status == S::Queued) {
            QDateTime ended = core::parseInstant(outcome.result.body.value(QStringLiteral("ended_at")).toString());
            if (!ended.isValid()) {
                ended = QDateTime::currentDateTimeUtc();
            }
            const QString times =
                tr("%1–%2 (%3)").arg(hhmm(started), hhmm(ended), core::Booths::formatDuration(started.secsTo(ended)));
            self->say(
                outcome.status == S::Done
                    ? tr("%1 checked out: %2.").arg(label, times)
                    : tr("%1 check-out recorded offline: %2. It is sent when the server is back.").arg(label, times));
            self->cancelPending();
            self->refresh();
        } else if (outcome.status == S::Refused) {
            self->say(tr("Check-out refused: %1").arg(outcome.result.errorMessage));
        } else {
            self->say(tr("Check-out not recorded: %1 Try again.").arg(outcome.problem));
        }
    });
}

void HomeScreen::cancelPending() {
    m_confirmPanel->hide();
    m_confirm->show();
    m_checkoutVisitId.clear();
    m_moveVisitId.clear();
    m_attemptKey.clear();
    updateActions();
}

void HomeScreen::beginMove() {
    const core::Booth* booth = m_grid->selected();
    if (booth == nullptr || !booth->visit) {
        return;
    }
    m_moveVisitId = booth->visit->id;
    m_moveFromLabel = booth->label;
    m_moveVisitStarted = booth->visit->startedAt;
    m_attemptKey = net::ApiClient::newIdempotencyKey();
    m_confirmText->setText(
        tr("Move %1 (in since %2): tap the free booth to move to.").arg(m_moveFromLabel, hhmm(m_moveVisitStarted)));
    m_confirm->hide();
    m_confirmPanel->show();
    updateActions();
}

void HomeScreen::moveTo(const core::Booth& target) {
    if (!target.isFree()) {
        say(tr("%1 is not free. Tap a free (green) booth.").arg(target.label));
        return;
    }
    const QString from = m_moveFromLabel;
    const QDateTime started = m_moveVisitStarted;
    QPointer<HomeScreen> self(this);
    m_counter.move(m_moveVisitId, target, m_attemptKey, [self, from, target, started](const net::CounterOutcome& o) {
        const auto hhmm = [&](const QDateTime& t) { return self ? self->hhmm(t) : QString(); };
        if (!self) {
            return;
        }
        using S = net::CounterOutcome::Status;
        const QString at = hhmm(QDateTime::currentDateTimeUtc());
        if (o.status == S::Done || o.status == S::Queued) {
            self->say(o.status == S::Done
                          ? tr("Moved from %1 to %2 at %3 (in since %4).").arg(from, target.label, at, hhmm(started))
                          : tr("Move from %1 to %2 at %3 recorded offline; it is sent when the server is back.")
                                .arg(from, target.label, at));
            self->cancelPending();
            self->m_grid->select(target.key());
            self->refresh();
        } else if (o.status == S::Refused) {
            self->say(tr("Move refused: %1").arg(o.result.errorMessage));
        } else {
            self->say(tr("Move not recorded: %1 Try again.").arg(o.problem));
        }
    });
}

void HomeScreen::setBoothStatus(const QString& status) {
    const core::Booth* booth = m_grid->selected();
    if (booth == nullptr) {
        return;
    }
    const QString label = booth->label;
    QPointer<HomeScreen> self(this);
    m_counter.setBoothStatus(*booth, status, [self, label, status](const net::ApiResult& result) {
        if (!self) {
            return;
        }
        if (result.ok()) {
            self->say(tr("%1 is now: %2").arg(label, core::Booths::statusName(status)));
            self->refresh();
        } else if (result.backendUnavailable()) {
            self->say(tr("Changing a booth's status needs the server, which cannot be reached now."));
        } else {
            self->say(tr("Status not changed: %1").arg(result.errorMessage));
        }
    });
}

void HomeScreen::say(const QString& message) {
    m_message->setText(message);
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
                            roleName(staff.value(QStringLiteral("role")).toString()),
                            store.value(QStringLiteral("name")).toString()));
    m_newCustomer->setText(tr("New customer"));
    m_member->setText(tr("Member card"));
    m_manager->setText(tr("Manager"));
    m_logout->setText(tr("Log out"));
    m_checkInHere->setText(tr("Check in here"));
    m_memberHere->setText(tr("Member here"));
    m_checkout->setText(tr("Check out"));
    m_move->setText(tr("Move"));
    m_cleaning->setText(tr("Cleaning"));
    m_free->setText(tr("Free"));
    m_outOfService->setText(tr("Out of service"));
    m_cancel->setText(tr("Cancel"));
    if (m_confirmPanel->isHidden()) {
        m_confirm->setText(tr("Check out"));
    }
    rebuild();
}

} // namespace kiroku::kiosk::ui
