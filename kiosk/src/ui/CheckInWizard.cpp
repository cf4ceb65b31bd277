#include "ui/CheckInWizard.h"

#include "net/CounterService.h"
#include "ui/BoothGrid.h"
#include "ui/IdentityEntryPage.h"
#include "ui/QrCode.h"
#include "ui/ReviewPage.h"
#include "ui/Touch.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

QPushButton* button(QWidget* parent, const char* name) {
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    makeTouchButton(b);
    return b;
}

QLabel* label(QWidget* parent, const char* name, bool heading = false) {
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    if (heading) {
        makeHeading(l);
    }
    return l;
}

} // namespace

CheckInWizard::CheckInWizard(net::CounterService& counter, core::CounterRules rules, core::ChipReader* chip,
                             QWidget* parent)
    : QWidget(parent), m_counter(counter), m_rules(rules), m_pages(new QStackedWidget(this)),
      m_documentPage(new QWidget), m_documentTitle(label(m_documentPage, "documentTitle", true)),
      m_cancel(button(this, "wizardCancelButton")), m_entry(new IdentityEntryPage(rules, chip)),
      m_review(new ReviewPage(rules)), m_noticePage(new QWidget),
      m_noticeTitle(label(m_noticePage, "noticeTitle", true)), m_noticeText(label(m_noticePage, "noticeText")),
      m_noticeBack(button(m_noticePage, "noticeBackButton")), m_noticeAck(button(m_noticePage, "noticeAckButton")),
      m_boothPage(new QWidget), m_boothTitle(label(m_boothPage, "boothTitle", true)), m_boothGrid(new BoothGrid),
      m_issueCard(new QCheckBox(m_boothPage)), m_boothMessage(label(m_boothPage, "boothMessage")),
      m_boothBack(button(m_boothPage, "boothBackButton")), m_submit(button(m_boothPage, "submitButton")),
      m_resultPage(new QWidget), m_resultTitle(label(m_resultPage, "resultTitle", true)),
      m_resultDetails(label(m_resultPage, "resultDetails")), m_cardQr(label(m_resultPage, "cardQr")),
      m_cardHint(label(m_resultPage, "cardHint")), m_retry(button(m_resultPage, "retryButton")),
      m_done(button(m_resultPage, "doneButton")) {
    setObjectName(QStringLiteral("checkInWizard"));

    // Document: one large button per kind.
    auto* kinds = new QGridLayout;
    int i = 0;
    for (const auto& kind : core::DocumentKinds::all()) {
        auto* b = button(m_documentPage, "kind");
        b->setObjectName(QStringLiteral("kind_") + kind.code);
        b->setMinimumHeight(72);
        kinds->addWidget(b, i / 3, i % 3);
        connect(b, &QPushButton::clicked, this, [this, code = kind.code] { chooseKind(code); });
        m_kindButtons.append(b);
        ++i;
    }
    auto* documentLayout = new QVBoxLayout(m_documentPage);
    documentLayout->addWidget(m_documentTitle);
    documentLayout->addLayout(kinds);
    documentLayout->addStretch(1);

    // Notice.
    m_noticeText->setStyleSheet(QStringLiteral("QLabel { font-size: 20px; padding: 12px; }"));
    auto* noticeButtons = new QHBoxLayout;
    noticeButtons->addWidget(m_noticeBack);
    noticeButtons->addStretch(1);
    noticeButtons->addWidget(m_noticeAck);
    auto* noticeLayout = new QVBoxLayout(m_noticePage);
    noticeLayout->addWidget(m_noticeTitle);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addLayout(noticeButtons);

    // Booth.
    m_boothGrid->setObjectName(QStringLiteral("boothPicker"));
    m_boothGrid->setFilter([](const core::Booth& b) { return b.isFree(); });
    m_boothGrid->setRules(m_rules);
    m_issueCard->setObjectName(QStringLiteral("issueCardCheck"));
    m_issueCard->setMinimumHeight(kFieldHeight);
    m_boothMessage->setStyleSheet(QStringLiteral("color: #b00000;"));
    auto* scroll = new QScrollArea(m_boothPage);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_boothGrid);
    auto* boothButtons = new QHBoxLayout;
    boothButtons->addWidget(m_boothBack);
    boothButtons->addWidget(m_issueCard);
    boothButtons->addStretch(1);
    boothButtons->addWidget(m_submit);
    auto* boothLayout = new QVBoxLayout(m_boothPage);
    boothLayout->addWidget(m_boothTitle);
    boothLayout->addWidget(scroll, 1);
    boothLayout->addWidget(m_boothMessage);
    boothLayout->addLayout(boothButtons);

    // Result.
    m_cardQr->setAlignment(Qt::AlignCenter);
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_retry);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_done);
    auto* resultLayout = new QVBoxLayout(m_resultPage);
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_resultDetails);
    resultLayout->addWidget(m_cardQr, 1);
    resultLayout->addWidget(m_cardHint);
    resultLayout->addLayout(resultButtons);

    m_pages->addWidget(m_documentPage);
    m_pages->addWidget(m_entry);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_noticePage);
    m_pages->addWidget(m_boothPage);
    m_pages->addWidget(m_resultPage);

    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        discard();
        emit finished();
    });
    connect(m_entry, &IdentityEntryPage::backRequested, this, [this] { go(Step::Document); });
    connect(m_entry, &IdentityEntryPage::completed, this, [this](const core::IdentityDraft& draft) {
        m_draft = draft;
        m_review->present(m_draft, QDateTime::currentDateTimeUtc());
        go(Step::Review);
    });
    connect(m_review, &ReviewPage::editRequested, this, [this] { go(Step::Entry); });
    connect(m_review, &ReviewPage::confirmed, this, [this] { go(Step::Notice); });
    connect(m_noticeBack, &QPushButton::clicked, this, [this] { go(Step::Review); });
    connect(m_noticeAck, &QPushButton::clicked, this, [this] { go(Step::Booth); });
    connect(m_boothBack, &QPushButton::clicked, this, [this] { go(Step::Notice); });
    connect(m_submit, &QPushButton::clicked, this, &CheckInWizard::submit);
    connect(m_retry, &QPushButton::clicked, this, &CheckInWizard::submit);
    connect(m_done, &QPushButton::clicked, this, [this] {
        discard();
        emit finished();
    });
    retranslate();
}

CheckInWizard::~CheckInWizard() = default;

void CheckInWizard::start(const QVector<core::Booth>& booths, const QString& preselectedKey) {
    discard();
    m_boothGrid->setBooths(booths, QDateTime::currentDateTimeUtc());
    m_boothGrid->select(preselectedKey);
    go(Step::Document);
}

void CheckInWizard::setMrzScanner(core::MrzScanner* scanner) {
    m_entry->setMrzScanner(scanner);
}

CheckInWizard::Step CheckInWizard::step() const {
    return static_cast<Step>(m_pages->currentIndex());
}

void CheckInWizard::discard() {
    m_draft.clear();
    m_attempt.reset();
    m_attemptIdentity = {};
    m_attemptBoothKey.clear();
    m_submitting = false;
    m_entry->begin({});
    m_review->present(core::IdentityDraft{}, QDateTime::currentDateTimeUtc());
    m_issueCard->setChecked(false);
    m_boothMessage->clear();
    m_resultDetails->clear();
    m_cardQr->clear();
    m_cardHint->clear();
}

void CheckInWizard::go(Step step) {
    m_pages->setCurrentIndex(static_cast<int>(step));
    m_cancel->setVisible(step != Step::Result);
    if (step == Step::Booth) {
        m_boothMessage->clear();
        // Refresh the free booths; the map's list stays if the server cannot be reached.
        QPointer<CheckInWizard> self(this);
        m_counter.fetchBooths([self](const net::ApiResult& result) {
            if (!self || !result.ok()) {
                return;
            }
            QVector<core::Booth> booths = core::Booths::parse(result.body);
            net::CounterService::applyPending(booths, self->m_counter.pendingEntries());
            self->m_boothGrid->setBooths(booths, QDateTime::currentDateTimeUtc());
        });
    }
}

void CheckInWizard::chooseKind(const QString& code) {
    m_entry->begin(code);
    go(Step::Entry);
}

void CheckInWizard::submit() {
    const core::Booth* booth = m_boothGrid->selected();
    if (booth == nullptr) {
        m_boothMessage->setText(tr("Choose a free booth."));
        go(Step::Booth);
        return;
    }
    if (m_submitting) {
        return;
    }
    const QJsonObject identity = m_draft.toJson();
    // Same entries: the same attempt and keys (a retry). Other entries: a new attempt. Another booth after the
    // record was accepted: keep the record, new key for the visit.
    if (!m_attempt || (identity != m_attemptIdentity && m_attempt->identityRecordId.isEmpty())) {
        m_attempt = std::make_shared<net::CheckInAttempt>();
        m_attemptIdentity = identity;
    } else if (booth->key() != m_attemptBoothKey) {
        m_attempt->visitKey = net::ApiClient::newIdempotencyKey();
    }
    m_attemptBoothKey = booth->key();
    m_attemptBoothLabel = booth->label;
    m_submitting = true;
    m_submit->setEnabled(false);
    m_retry->setEnabled(false);
    m_boothMessage->setText(tr("Recording…"));
    QPointer<CheckInWizard> self(this);
    m_counter.checkIn(identity, *booth, m_attempt, [self](const net::CounterOutcome& outcome) {
        if (self) {
            self->m_submitting = false;
            self->m_submit->setEnabled(true);
            self->m_retry->setEnabled(true);
            self->showOutcome(outcome);
        }
    });
}

void CheckInWizard::showOutcome(const net::CounterOutcome& outcome) {
    using S = net::CounterOutcome::Status;
    m_retry->hide();
    m_cardQr->clear();
    m_cardHint->clear();
    switch (outcome.status) {
    case S::Done:
        showDone(outcome);
        return;
    case S::Queued:
        m_resultTitle->setText(tr("Recorded offline"));
        m_resultDetails->setText(
            tr("The server cannot be reached. The check-in to %1 is kept, encrypted, in this kiosk's journal and "
               "sent as soon as the server is back. The customer may go to the booth.")
                .arg(m_attemptBoothLabel));
        if (m_issueCard->isChecked()) {
            m_cardHint->setText(tr("A member card can only be issued while the server is reachable."));
        }
        m_attempt.reset(); // the journal holds the keys now
        go(Step::Result);
        return;
    case S::Refused:
        if (outcome.stage == QLatin1String("identity")) {
            go(Step::Entry);
            const bool placed = m_entry->showFieldError(outcome.result.errorField, outcome.result.errorMessage);
            m_entry->setMessage(placed ? tr("The server refused the record: see the field marked in red.")
                                       : tr("The server refused the record: %1").arg(outcome.result.errorMessage));
            return;
        }
        m_boothMessage->setText(outcome.result.errorMessage.isEmpty()
                                    ? tr("The check-in was refused (%1).").arg(outcome.result.errorCode)
                                    : outcome.result.errorMessage);
        go(Step::Booth);
        return;
    case S::Failed:
        m_resultTitle->setText(tr("Not recorded"));
        m_resultDetails->setText(outcome.problem);
        m_retry->show();
        go(Step::Result);
        return;
    }
}

void CheckInWizard::showDone(const net::CounterOutcome& outcome) {
    const auto hhmm = [this](const QDateTime& t) { return m_rules.clock(t); };
    const QJsonObject visit = outcome.result.body;
    const QJsonObject identity = m_attempt ? m_attempt->identityAnswer.body : QJsonObject{};
    QStringList lines;
    const QString booth = visit.value(QStringLiteral("booth")).toObject().value(QStringLiteral("label")).toString();
    const QString terminal =
        visit.value(QStringLiteral("terminal")).toObject().value(QStringLiteral("number")).toString();
    lines << (terminal.isEmpty()
                  ? tr("Booth %1 from %2")
                        .arg(booth, hhmm(core::parseInstant(visit.value(QStringLiteral("started_at")).toString())))
                  : tr("Booth %1, terminal %2, from %3")
                        .arg(booth, terminal,
                             hhmm(core::parseInstant(visit.value(QStringLiteral("started_at")).toString()))));
    if (visit.value(QStringLiteral("minor")).toBool()) {
        const QDateTime leave = core::parseInstant(visit.value(QStringLiteral("minor_must_leave_at")).toString());
        lines << (leave.isValid() ? tr("Minor: must leave by %1.").arg(hhmm(leave)) : tr("Minor."));
    }
    for (const QJsonValue& w : identity.value(QStringLiteral("warnings")).toArray()) {
        lines << tr("Note: %1").arg(warningText(w.toObject()));
    }
    m_resultTitle->setText(tr("Checked in"));
    m_resultDetails->setText(lines.join(QLatin1Char('\n')));
    const QString recordId = m_attempt ? m_attempt->identityRecordId : QString();
    m_attempt.reset();
    go(Step::Result);
    if (m_issueCard->isChecked() && !recordId.isEmpty()) {
        issueCard(recordId);
    }
}

QString CheckInWizard::warningText(const QJsonObject& warning) const {
    const QString code = warning.value(QStringLiteral("code")).toString();
    if (code == QLatin1String("minor")) {
        return tr("the customer is a minor: no stay during night hours, and the terminal's filtering applies.");
    }
    if (code == QLatin1String("license_check_digit_mismatch")) {
        return tr("the license number's check digit does not match: compare the number with the card.");
    }
    if (code == QLatin1String("address_declared")) {
        return tr("the address was declared by the customer; it is not shown on the document.");
    }
    return warning.value(QStringLiteral("message")).toString();
}

void CheckInWizard::issueCard(const QString& identityRecordId) {
    m_cardHint->setText(tr("Issuing the member card…"));
    QPointer<CheckInWizard> self(this);
    m_counter.issueMemberCard(identityRecordId, [self](const net::ApiResult& member, const net::ApiResult& card) {
        if (!self) {
            return;
        }
        const QString token = card.body.value(QStringLiteral("token")).toString();
        if (!member.ok() || !card.ok() || token.isEmpty()) {
            const net::ApiResult& failed = member.ok() ? card : member;
            self->m_cardHint->setText(tr("The member card could not be issued: %1")
                                          .arg(failed.errorMessage.isEmpty() ? failed.errorCode : failed.errorMessage));
            return;
        }
        const QImage qr = makeQrImage(token, 320);
        self->m_cardQr->setPixmap(QPixmap::fromImage(qr));
        if (!self->m_printer.enabled()) {
            self->m_cardHint->setText(tr("Member card: print this code on the card or let the customer photograph "
                                         "it. It is shown only now."));
            return;
        }
        const QString problem = self->m_printer.print(token, self->m_storeName);
        self->m_cardHint->setText(problem.isEmpty()
                                      ? tr("Member card printed: hand it to the customer. The code is shown only now.")
                                      : tr("The member card was not printed: %1 Let the customer photograph the code; "
                                           "it is shown only now.")
                                            .arg(problem));
    });
}

void CheckInWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CheckInWizard::retranslate() {
    m_documentTitle->setText(tr("Which document does the customer show?"));
    const auto& kinds = core::DocumentKinds::all();
    for (int i = 0; i < m_kindButtons.size(); ++i) {
        m_kindButtons[i]->setText(core::DocumentKinds::displayName(kinds[i].code));
    }
    m_cancel->setText(tr("Cancel check-in"));
    m_noticeTitle->setText(tr("Please read (customer)"));
    m_noticeText->setText(
        tr("• Giving a false name, address or date of birth, or using someone else's identity document or member "
           "card, is an offence punishable by a fine of up to ¥200,000.\n\n"
           "• Do not type passwords or credit card numbers on this shared computer.\n\n"
           "• When you leave, log out and clear the browser history."));
    m_noticeBack->setText(tr("Back"));
    m_noticeAck->setText(tr("The customer has read this"));
    m_boothTitle->setText(tr("Choose the booth"));
    m_issueCard->setText(tr("Issue a member card"));
    m_boothBack->setText(tr("Back"));
    m_submit->setText(tr("Check in"));
    m_retry->setText(tr("Try again"));
    m_done->setText(tr("Back to the booth map"));
}

} // namespace kiroku::kiosk::ui
