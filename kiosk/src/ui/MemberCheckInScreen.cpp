#include "ui/MemberCheckInScreen.h"

#include "core/CardInput.h"
#include "net/CounterService.h"
#include "ui/BoothGrid.h"
#include "ui/Touch.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

QLabel* label(QWidget* parent, const char* name) {
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    return l;
}

} // namespace

MemberCheckInScreen::MemberCheckInScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent)
    : QWidget(parent), m_counter(counter), m_rules(std::move(rules)), m_title(label(this, "memberTitle")),
      m_scan(new QLineEdit(this)), m_scanMessage(label(this, "scanMessage")), m_name(label(this, "memberName")),
      m_age(label(this, "memberAge")), m_verified(label(this, "memberVerified")),
      m_reverification(label(this, "memberReverification")), m_face(new QCheckBox(this)), m_booths(new BoothGrid),
      m_result(label(this, "memberResult")), m_back(new QPushButton(this)), m_checkIn(new QPushButton(this)) {
    setObjectName(QStringLiteral("memberScreen"));
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_face->setObjectName(QStringLiteral("faceCheck"));
    m_booths->setObjectName(QStringLiteral("memberBoothPicker"));
    m_back->setObjectName(QStringLiteral("memberBackButton"));
    m_checkIn->setObjectName(QStringLiteral("memberCheckInButton"));
    makeHeading(m_title);
    // The token is a secret of the card: it is never shown.
    m_scan->setEchoMode(QLineEdit::Password);
    m_scan->setMinimumHeight(kFieldHeight);
    m_scan->setMaxLength(256);
    m_face->setMinimumHeight(kFieldHeight);
    makeTouchButton(m_back);
    makeTouchButton(m_checkIn);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_name->setFont(big);
    m_booths->setFilter([](const core::Booth& b) { return b.isFree(); });
    m_booths->setRules(m_rules);

    auto* info = new QVBoxLayout;
    info->addWidget(m_scan);
    info->addWidget(m_scanMessage);
    info->addWidget(m_name);
    info->addWidget(m_age);
    info->addWidget(m_verified);
    info->addWidget(m_reverification);
    info->addWidget(m_face);
    info->addStretch(1);
    auto* infoPanel = new QWidget(this);
    infoPanel->setLayout(info);
    infoPanel->setFixedWidth(420);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_booths);
    auto* middle = new QHBoxLayout;
    middle->addWidget(infoPanel);
    middle->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_checkIn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(middle, 1);
    layout->addLayout(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, &MemberCheckInScreen::scanned);
    connect(m_face, &QCheckBox::toggled, this, &MemberCheckInScreen::updateButton);
    connect(m_booths, &BoothGrid::boothClicked, this, &MemberCheckInScreen::updateButton);
    connect(m_checkIn, &QPushButton::clicked, this, &MemberCheckInScreen::checkIn);
    connect(m_back, &QPushButton::clicked, this, [this] {
        discard();
        emit finished();
    });
    retranslate();
    updateButton();
}

void MemberCheckInScreen::start(const QVector<core::Booth>& booths, const QString& preselectedKey) {
    discard();
    m_booths->setBooths(booths, QDateTime::currentDateTimeUtc());
    m_booths->select(preselectedKey);
    m_scan->setFocus();
    updateButton();
}

void MemberCheckInScreen::discard() {
    m_token.clear();
    m_memberConfirmed = false;
    m_visitKey.clear();
    m_visitKeyBooth.clear();
    m_scan->clear();
    for (QLabel* l : {m_scanMessage, m_name, m_age, m_verified, m_reverification, m_result}) {
        l->clear();
    }
    m_face->setChecked(false);
    updateButton();
}

void MemberCheckInScreen::scanned() {
    const QString text = m_scan->text();
    m_scan->clear(); // nothing scanned stays in the field, least of all a refused number
    discard();
    const core::MemberScan scan = core::CardInput::checkMemberScan(text);
    if (!scan.ok) {
        m_scanMessage->setStyleSheet(QStringLiteral("color: #b00000;"));
        m_scanMessage->setText(scan.problem);
        return;
    }
    m_token = scan.token;
    m_scanMessage->setStyleSheet({});
    m_scanMessage->setText(tr("Looking up the card…"));
    QPointer<MemberCheckInScreen> self(this);
    const QString token = m_token;
    m_counter.lookupMember(token, [self, token](const net::ApiResult& result, std::optional<net::KnownCard> known) {
        if (!self || self->m_token != token) {
            return;
        }
        const QLocale locale;
        if (result.ok()) {
            const QJsonObject& m = result.body;
            self->m_scanMessage->clear();
            self->m_name->setText(m.value(QStringLiteral("name")).toString());
            const int age = m.value(QStringLiteral("age")).toInt(-1);
            self->m_age->setText(m.value(QStringLiteral("minor")).toBool() ? tr("Age %1 — MINOR").arg(age)
                                                                           : tr("Age %1").arg(age));
            self->m_age->setStyleSheet(m.value(QStringLiteral("minor")).toBool()
                                           ? QStringLiteral("color: #b00000; font-weight: bold;")
                                           : QString());
            const QDateTime verified = core::parseInstant(m.value(QStringLiteral("last_verified_at")).toString());
            self->m_verified->setText(
                tr("Identity last verified: %1")
                    .arg(verified.isValid()
                             ? locale.toString(verified.toTimeZone(self->m_rules.zone).date(), QLocale::LongFormat)
                             : tr("unknown")));
            const bool due = m.value(QStringLiteral("reverification_due")).toBool();
            self->m_reverification->setText(due ? tr("Re-verification is due: check the customer in with an "
                                                     "identity document (New customer).")
                                                : tr("No re-verification due."));
            self->m_reverification->setStyleSheet(due ? QStringLiteral("color: #b00000; font-weight: bold;")
                                                      : QString());
            self->m_memberConfirmed = !due;
        } else if (result.status == 404) {
            self->m_scanMessage->setStyleSheet(QStringLiteral("color: #b00000;"));
            self->m_scanMessage->setText(tr("This card is unknown or was revoked. Check the customer in with an "
                                            "identity document."));
            self->m_token.clear();
        } else if (result.backendUnavailable() && known) {
            self->m_scanMessage->setText(tr("The server cannot be reached. This card is known on this kiosk, but "
                                            "name and age cannot be shown offline: compare the customer with the "
                                            "card, and ask for a document if in doubt."));
            self->m_memberConfirmed = true;
        } else if (result.backendUnavailable()) {
            self->m_scanMessage->setText(tr("The server cannot be reached and this card has not been seen on this "
                                            "kiosk: check the customer in with an identity document."));
            self->m_token.clear();
        } else {
            self->m_scanMessage->setText(tr("The card could not be checked: %1").arg(result.errorMessage));
            self->m_token.clear();
        }
        self->updateButton();
    });
}

void MemberCheckInScreen::updateButton() {
    m_checkIn->setEnabled(!m_busy && !m_token.isEmpty() && m_memberConfirmed && m_face->isChecked() &&
                          m_booths->selected() != nullptr);
}

void MemberCheckInScreen::checkIn() {
    const core::Booth* booth = m_booths->selected();
    if (booth == nullptr || m_token.isEmpty()) {
        return;
    }
    // One key per attempt at this booth; a retry of the same attempt sends the same key.
    if (m_visitKey.isEmpty() || m_visitKeyBooth != booth->key()) {
        m_visitKey = net::ApiClient::newIdempotencyKey();
        m_visitKeyBooth = booth->key();
    }
    m_busy = true;
    updateButton();
    m_result->setText(tr("Recording…"));
    const QString label = booth->label;
    QPointer<MemberCheckInScreen> self(this);
    m_counter.memberVisit(m_token, *booth, m_visitKey, [self, label](const net::CounterOutcome& outcome) {
        if (!self) {
            return;
        }
        const auto hhmm = [&](const QDateTime& t) { return self->m_rules.clock(t); };
        self->m_busy = false;
        using S = net::CounterOutcome::Status;
        const QJsonObject& visit = outcome.result.body;
        if (outcome.status == S::Done) {
            const QString terminal =
                visit.value(QStringLiteral("terminal")).toObject().value(QStringLiteral("number")).toString();
            QString text =
                terminal.isEmpty()
                    ? tr("Checked in: booth %1 from %2.")
                          .arg(label, hhmm(core::parseInstant(visit.value(QStringLiteral("started_at")).toString())))
                    : tr("Checked in: booth %1, terminal %2, from %3.")
                          .arg(label, terminal,
                               hhmm(core::parseInstant(visit.value(QStringLiteral("started_at")).toString())));
            const QDateTime leave = core::parseInstant(visit.value(QStringLiteral("minor_must_leave_at")).toString());
            if (leave.isValid()) {
                text += QLatin1Char(' ') + tr("Minor: must leave by %1.").arg(hhmm(leave));
            }
            self->m_result->setText(text);
            self->m_token.clear();
            self->m_visitKey.clear();
        } else if (outcome.status == S::Queued) {
            self->m_result->setText(
                tr("Check-in to %1 recorded offline; it is sent when the server is back.").arg(label));
            self->m_token.clear();
            self->m_visitKey.clear();
        } else if (outcome.status == S::Refused) {
            self->m_result->setText(outcome.result.errorMessage.isEmpty()
                                        ? tr("Refused (%1).").arg(outcome.result.errorCode)
                                        : outcome.result.errorMessage);
        } else {
            self->m_result->setText(tr("Not recorded: %1").arg(outcome.problem));
        }
        self->updateButton();
    });
}

void MemberCheckInScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MemberCheckInScreen::retranslate() {
    m_title->setText(tr("Member card"));
    m_scan->setPlaceholderText(tr("Scan the member card"));
    m_face->setText(tr("The customer's face matches the card holder"));
    m_back->setText(tr("Back to the booth map"));
    m_checkIn->setText(tr("Check in"));
}

} // namespace kiroku::kiosk::ui
