#include "ui/ManagerScreen.h"

#include "net/CounterService.h"
#include "ui/HomeScreen.h"
#include "ui/Touch.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

QString kindName(net::JournalEntry::Kind kind) {
    switch (kind) {
    case net::JournalEntry::Kind::CheckIn:
        return ManagerScreen::tr("Check-in");
    case net::JournalEntry::Kind::MemberVisit:
        return ManagerScreen::tr("Member check-in");
    case net::JournalEntry::Kind::Move:
        return ManagerScreen::tr("Move");
    case net::JournalEntry::Kind::Checkout:
        break;
    }
    return ManagerScreen::tr("Check-out");
}

} // namespace

ManagerScreen::ManagerScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent)
    : QWidget(parent), m_counter(counter), m_rules(std::move(rules)), m_title(new QLabel(this)),
      m_store(new QLabel(this)), m_available(new QLabel(this)), m_journalTitle(new QLabel(this)),
      m_failed(new QListWidget(this)), m_discard(new QPushButton(this)), m_audit(new QPushButton(this)),
      m_back(new QPushButton(this)) {
    setObjectName(QStringLiteral("managerScreen"));
    m_store->setObjectName(QStringLiteral("managerStore"));
    m_available->setObjectName(QStringLiteral("managerAvailable"));
    m_failed->setObjectName(QStringLiteral("failedEntries"));
    m_discard->setObjectName(QStringLiteral("discardEntryButton"));
    m_back->setObjectName(QStringLiteral("managerBackButton"));
    m_audit->setObjectName(QStringLiteral("retentionAuditButton"));
    makeTouchButton(m_audit);
    makeHeading(m_title);
    makeHeading(m_journalTitle, 1.2);
    makeTouchButton(m_discard);
    makeTouchButton(m_back);
    m_store->setWordWrap(true);
    m_available->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_audit);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_store);
    layout->addWidget(m_available);
    layout->addWidget(m_journalTitle);
    layout->addWidget(m_failed, 1);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &ManagerScreen::finished);
    connect(m_audit, &QPushButton::clicked, this, &ManagerScreen::retentionAuditRequested);
    connect(m_discard, &QPushButton::clicked, this, &ManagerScreen::discardSelected);
    connect(&m_counter, &net::CounterService::journalChanged, this, &ManagerScreen::refresh);
    retranslate();
}

void ManagerScreen::showSession(const QJsonObject& session) {
    m_session = session;
    retranslate();
}

void ManagerScreen::refresh() {
    m_failed->clear();
    for (const auto& entry : m_counter.failedEntries()) {
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3 · %4")
                                             .arg(m_rules.dateTime(entry.recordedAt), kindName(entry.kind),
                                                  entry.boothLabel.isEmpty() ? tr("no booth") : entry.boothLabel,
                                                  entry.errorMessage.isEmpty() ? entry.errorCode : entry.errorMessage),
                                         m_failed);
        item->setData(Qt::UserRole, entry.seq);
    }
    m_discard->setEnabled(m_failed->count() > 0);
}

void ManagerScreen::discardSelected() {
    if (QListWidgetItem* item = m_failed->currentItem()) {
        m_counter.discardFailed(item->data(Qt::UserRole).toLongLong());
        refresh();
    }
}

void ManagerScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ManagerScreen::retranslate() {
    const QJsonObject staff = m_session.value(QStringLiteral("staff")).toObject();
    const QJsonObject store = m_session.value(QStringLiteral("store")).toObject();
    m_title->setText(tr("Manager"));
    m_store->setText(tr("Store: %1 (code %2)\nSigned in: %3 (%4)")
                         .arg(store.value(QStringLiteral("name")).toString(),
                              store.value(QStringLiteral("code")).toString(),
                              staff.value(QStringLiteral("display_name")).toString(),
                              HomeScreen::roleName(staff.value(QStringLiteral("role")).toString())));
    m_available->setText(tr("Available at this kiosk:\n"
                            "• Booth map: check-in, check-out, moves, cleaning and out-of-service marks\n"
                            "• New customer check-in with identity verification, and member cards\n"
                            "• Member check-in by card\n"
                            "• Offline journal: check-ins, moves and check-outs recorded while the server is "
                            "unreachable, sent when it is back; entries the server refused are listed below"));
    m_journalTitle->setText(tr("Journal entries the server refused (%1 pending)").arg(m_counter.pendingCount()));
    m_discard->setText(tr("Discard the selected entry"));
    m_back->setText(tr("Back to the booth map"));
    m_audit->setText(tr("Retention audit"));
    refresh();
}

} // namespace kiroku::kiosk::ui
