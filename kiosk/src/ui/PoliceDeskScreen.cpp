#include "ui/PoliceDeskScreen.h"

#include "core/Booth.h"
#include "net/CounterService.h"
#include "ui/PoliceAnswerPdf.h"
#include "ui/PoliceRequestForm.h"
#include "ui/Touch.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

QString textOf(const QJsonValue& v) {
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}

QString at(const QJsonObject& o, const char* a, const char* b = nullptr) {
    const QJsonValue v = o.value(QLatin1String(a));
    return b == nullptr ? textOf(v) : textOf(v.toObject().value(QLatin1String(b)));
}

} // namespace

PoliceDeskScreen::PoliceDeskScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent)
    : QWidget(parent), m_counter(counter), m_rules(std::move(rules)), m_pages(new QStackedWidget(this)),
      m_listPage(new QWidget(m_pages)), m_form(new PoliceRequestForm(m_rules, m_pages)),
      m_title(new QLabel(m_listPage)), m_status(new QLabel(m_listPage)), m_table(new QTableWidget(m_listPage)),
      m_detail(new QLabel(m_listPage)), m_answerStatus(new QLabel(m_listPage)), m_reason(new QLineEdit(m_listPage)),
      m_answerView(new QTextBrowser(m_listPage)), m_back(new QPushButton(m_listPage)),
      m_refresh(new QPushButton(m_listPage)), m_new(new QPushButton(m_listPage)),
      m_approve(new QPushButton(m_listPage)), m_reject(new QPushButton(m_listPage)),
      m_answerButton(new QPushButton(m_listPage)), m_export(new QPushButton(m_listPage)) {
    setObjectName(QStringLiteral("policeDeskScreen"));
    m_status->setObjectName(QStringLiteral("policeStatus"));
    m_table->setObjectName(QStringLiteral("policeRequests"));
    m_detail->setObjectName(QStringLiteral("policeDetail"));
    m_answerStatus->setObjectName(QStringLiteral("policeAnswerStatus"));
    m_answerStatus->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("rejectReasonField"));
    m_answerView->setObjectName(QStringLiteral("policeAnswerView"));
    m_back->setObjectName(QStringLiteral("policeBackButton"));
    m_refresh->setObjectName(QStringLiteral("policeRefreshButton"));
    m_new->setObjectName(QStringLiteral("newPoliceRequestButton"));
    m_approve->setObjectName(QStringLiteral("approvePoliceButton"));
    m_reject->setObjectName(QStringLiteral("rejectPoliceButton"));
    m_answerButton->setObjectName(QStringLiteral("answerPoliceButton"));
    m_export->setObjectName(QStringLiteral("exportAnswerButton"));
    makeHeading(m_title);
    for (QPushButton* b : {m_back, m_refresh, m_new, m_approve, m_reject, m_answerButton, m_export}) {
        makeTouchButton(b);
    }
    m_reason->setMinimumHeight(kFieldHeight);
    m_status->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText); // names and reasons are typed by people: never markup
    m_table->setColumnCount(6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_new);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_reject);
    actions->addWidget(m_answerButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    auto* list = new QVBoxLayout(m_listPage);
    list->addLayout(top);
    list->addWidget(m_status);
    list->addWidget(m_table, 2);
    list->addWidget(m_detail);
    list->addLayout(actions);
    list->addWidget(m_answerStatus);
    list->addWidget(m_answerView, 3);
    list->addLayout(bottom);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_back, &QPushButton::clicked, this, &PoliceDeskScreen::finished);
    connect(m_refresh, &QPushButton::clicked, this, [this] { load(); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_form->reset();
        m_submitKey = net::ApiClient::newIdempotencyKey();
        m_pages->setCurrentWidget(m_form);
    });
    connect(m_form, &PoliceRequestForm::cancelled, this, &PoliceDeskScreen::showList);
    connect(m_form, &PoliceRequestForm::submitted, this, &PoliceDeskScreen::submit);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_answer.reset();
        m_answerView->clear();
        m_answerStatus->clear();
        updateButtons();
        const QJsonObject r = selected();
        if (at(r, "status") == QLatin1String("answered")) {
            loadAnswer(at(r, "id"));
        }
    });
    connect(m_reason, &QLineEdit::textChanged, this, &PoliceDeskScreen::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { act(QStringLiteral("approve")); });
    connect(m_reject, &QPushButton::clicked, this, [this] { act(QStringLiteral("reject")); });
    connect(m_answerButton, &QPushButton::clicked, this, [this] { act(QStringLiteral("answer")); });
    connect(m_export, &QPushButton::clicked, this, &PoliceDeskScreen::chooseAndExport);
    retranslate();
    updateButtons();
}

PoliceDeskScreen::~PoliceDeskScreen() = default;

void PoliceDeskScreen::showSession(const QJsonObject& session) {
    m_session = session;
    updateButtons();
}

void PoliceDeskScreen::setStatus(const QString& text, bool problem) {
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00000;") : QString());
    m_status->setText(text);
}

QString PoliceDeskScreen::failure(const net::ApiResult& result) const {
    if (!result.reached()) {
        return tr("The server cannot be reached.");
    }
    if (result.status == 403) {
        return tr("Only managers may do this.");
    }
    return result.errorMessage.isEmpty() ? tr("The server refused (HTTP %1).").arg(result.status)
                                         : tr("The server refused: %1").arg(result.errorMessage);
}

void PoliceDeskScreen::load(const QString& selectId, const QString& problem) {
    showList();
    setStatus(tr("Loading the police requests…"));
    const QString keep = selectId.isEmpty() ? at(selected(), "id") : selectId;
    QPointer<PoliceDeskScreen> self(this);
    m_counter.fetchPoliceRequests([self, keep, problem](const net::ApiResult& result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            self->setStatus(tr("The police requests could not be loaded: %1").arg(self->failure(result)), true);
            return;
        }
        self->m_requests = result.body.value(QStringLiteral("police_requests")).toArray();
        self->fillTable(keep);
        if (!problem.isEmpty()) {
            self->setStatus(problem, true);
            return;
        }
        self->setStatus(tr("%n police request(s).", nullptr, static_cast<int>(self->m_requests.size())));
    });
}

void PoliceDeskScreen::fillTable(const QString& selectId) {
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_requests.size()));
    int row = 0;
    for (const QJsonValue& v : std::as_const(m_requests)) {
        const QJsonObject r = v.toObject();
        const QString received = m_rules.dateTime(core::parseInstant(at(r, "received_at")));
        const QStringList cells{PoliceTerms::statusName(at(r, "status")),
                                at(r, "answer", "number"),
                                PoliceTerms::basisName(at(r, "legal_basis", "kind")),
                                at(r, "agency", "name"),
                                received,
                                staffMember(at(r, "approval", "by"), at(r, "approval", "by_name"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, at(r, "id"));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (!selectId.isEmpty()) {
        select(selectId);
    }
    updateButtons();
}

bool PoliceDeskScreen::select(const QString& id) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0) != nullptr && m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_table->clearSelection();
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QJsonObject PoliceDeskScreen::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    const QString id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    for (const QJsonValue& v : m_requests) {
        if (at(v.toObject(), "id") == id) {
            return v.toObject();
        }
    }
    return {};
}

void PoliceDeskScreen::updateButtons() {
    const QJsonObject r = selected();
    const QString status = at(r, "status");
    const bool manager = at(m_session, "staff", "role") == QLatin1String("manager");
    const QString me = at(m_session, "staff", "id");
    // Two-person rule: a paper request needs a manager other than the one who entered it, except in an emergency
    // to protect life (then one manager may, and the request is flagged for review).
    const bool secondManager = at(r, "source") != QLatin1String("kiosk") || at(r, "entered_by") != me ||
                               at(r, "legal_basis", "kind") == QLatin1String("emergency_life");
    m_new->setEnabled(manager);
    m_approve->setEnabled(manager && status == QLatin1String("received") && secondManager);
    const bool rejectable = manager && (status == QLatin1String("received") || status == QLatin1String("approved"));
    m_reason->setEnabled(rejectable);
    m_reject->setEnabled(rejectable && !m_reason->text().trimmed().isEmpty());
    m_answerButton->setEnabled(manager && status == QLatin1String("approved"));
    m_export->setEnabled(m_answer != nullptr && m_answer->document().has_value());

    if (r.isEmpty()) {
        m_detail->setText(tr("Select a request."));
        return;
    }
    QStringList lines;
    lines << tr("%1 · %2 · officer %3 (%4) · document %5")
                 .arg(PoliceTerms::statusName(status), PoliceTerms::sourceName(at(r, "source")),
                      at(r, "officer", "name"), at(r, "officer", "badge"), at(r, "document", "reference"));
    lines << tr("Question: %1 · scope %2 to %3")
                 .arg(PoliceTerms::questionName(at(r, "question", "kind")),
                      m_rules.dateTime(core::parseInstant(at(r, "scope", "from"))),
                      m_rules.dateTime(core::parseInstant(at(r, "scope", "to"))));
    if (!at(r, "entered_by").isEmpty()) {
        lines << tr("Entered by %1").arg(staffMember(at(r, "entered_by"), at(r, "entered_by_name")));
    }
    if (r.value(QStringLiteral("approval")).isObject()) {
        lines << tr("Approved by %1 at %2")
                     .arg(staffMember(at(r, "approval", "by"), at(r, "approval", "by_name")),
                          m_rules.dateTime(core::parseInstant(at(r, "approval", "at"))));
    }
    if (r.value(QStringLiteral("review_required")).toBool()) {
        lines << tr("Approved by one manager in an emergency: flagged for review.");
    }
    if (r.value(QStringLiteral("rejection")).isObject()) {
        lines << tr("Rejected by %1 at %2: %3")
                     .arg(staffMember(at(r, "rejection", "by"), at(r, "rejection", "by_name")),
                          m_rules.dateTime(core::parseInstant(at(r, "rejection", "at"))), at(r, "rejection", "reason"));
    }
    if (r.value(QStringLiteral("answer")).isObject()) {
        lines << tr("Answered by %1 at %2")
                     .arg(staffMember(at(r, "answer", "answered_by"), at(r, "answer", "answered_by_name")),
                          m_rules.dateTime(core::parseInstant(at(r, "answer", "answered_at"))));
    }
    if (status == QLatin1String("received") && manager && !secondManager) {
        lines << tr("You entered this request: another manager must approve it.");
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

QString PoliceDeskScreen::staffMember(const QString& id, const QString& name) {
    if (id.isEmpty()) {
        return {};
    }
    return name.isEmpty() ? tr("staff #%1").arg(id) : tr("%1 (staff #%2)").arg(name, id);
}

void PoliceDeskScreen::showList() {
    m_pages->setCurrentWidget(m_listPage);
}

void PoliceDeskScreen::submit(const QJsonObject& body) {
    if (m_submitKey.isEmpty()) {
        m_submitKey = net::ApiClient::newIdempotencyKey();
    }
    QPointer<PoliceDeskScreen> self(this);
    m_counter.submitPoliceRequest(body, m_submitKey, [self](const net::ApiResult& result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            // The same key is kept: a retry after a lost answer returns the first request. A refused body is
            // corrected and sent with a new key (the backend would refuse the old key with another body).
            if (result.reached() && !result.backendUnavailable()) {
                self->m_submitKey = net::ApiClient::newIdempotencyKey();
            }
            // Under a field, the backend's own words about it; otherwise why the request was not recorded.
            const bool aboutField = !result.errorField.isEmpty() && !result.errorMessage.isEmpty();
            self->m_form->showError(result.errorField, aboutField ? result.errorMessage : self->failure(result));
            return;
        }
        self->m_submitKey.clear();
        self->m_form->reset();
        self->load(at(result.body, "id"));
    });
}

void PoliceDeskScreen::act(const QString& action) {
    const QString id = at(selected(), "id");
    if (id.isEmpty()) {
        return;
    }
    QPointer<PoliceDeskScreen> self(this);
    auto done = [self, id](const net::ApiResult& result) {
        if (self) {
            self->afterAction(result, id);
        }
    };
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_answerButton->setEnabled(false);
    if (action == QLatin1String("approve")) {
        m_counter.approvePoliceRequest(id, done);
    } else if (action == QLatin1String("reject")) {
        m_counter.rejectPoliceRequest(id, m_reason->text().trimmed(), done);
    } else {
        setStatus(tr("Answering from the records…"));
        m_counter.answerPoliceRequest(id, [self, id](const net::ApiResult& result) {
            if (!self) {
                return;
            }
            if (result.ok()) {
                self->presentAnswer(result.body);
            }
            self->afterAction(result, id);
        });
    }
}

void PoliceDeskScreen::afterAction(const net::ApiResult& result, const QString& id) {
    if (!result.ok()) {
        // A refusal may itself have changed the request (a warrant past its expiry becomes expired): reloaded, with
        // the reason kept on screen.
        if (result.reached()) {
            load(id, failure(result));
        } else {
            updateButtons();
            setStatus(failure(result), true);
        }
        return;
    }
    m_reason->clear();
    load(id);
}

void PoliceDeskScreen::loadAnswer(const QString& id) {
    QPointer<PoliceDeskScreen> self(this);
    m_counter.fetchPoliceAnswer(id, [self, id](const net::ApiResult& result) {
        if (!self || at(self->selected(), "id") != id) {
            return;
        }
        if (!result.ok()) {
            self->m_answerStatus->setStyleSheet(QStringLiteral("color: #b00000;"));
            self->m_answerStatus->setText(tr("The answer could not be loaded: %1").arg(self->failure(result)));
            return;
        }
        self->presentAnswer(result.body);
    });
}

bool PoliceDeskScreen::presentAnswer(const QJsonObject& answer) {
    QString problem;
    const auto signedAnswer = core::SignedPoliceAnswer::fromApi(answer, &problem);
    m_answerView->clear();
    m_answerStatus->setStyleSheet(QStringLiteral("color: #b00000;"));
    if (!signedAnswer) {
        m_answer.reset();
        m_answerStatus->setText(tr("The server's answer could not be read (%1).").arg(problem));
        updateButtons();
        return false;
    }
    m_answer = std::make_unique<PoliceAnswerPdf>(*signedAnswer, m_rules, m_trustedKeys);
    if (!m_answer->refusal().isEmpty()) {
        m_answerStatus->setText(m_answer->refusal());
        updateButtons();
        return false;
    }
    m_answerView->setHtml(m_answer->html());
    m_answerStatus->setStyleSheet(QStringLiteral("color: #006000;"));
    m_answerStatus->setText(tr("Answer %1: signature verified (signing key %2…).")
                                .arg(m_answer->document()->number, m_answer->signature().keyFingerprint.left(16)));
    updateButtons();
    return true;
}

QString PoliceDeskScreen::exportAnswer(const QString& pdfPath) const {
    if (m_answer == nullptr) {
        return tr("Open an answered request first.");
    }
    return m_answer->exportTo(pdfPath);
}

void PoliceDeskScreen::chooseAndExport() {
    if (m_answer == nullptr || !m_answer->document()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the answer as PDF"),
                                                      m_answer->document()->number + QStringLiteral(".pdf"),
                                                      QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const QString problem = exportAnswer(path);
    setStatus(problem.isEmpty()
                  ? tr("Saved %1 with the signed JSON, its signature and the public key next to it.").arg(path)
                  : problem,
              !problem.isEmpty());
}

void PoliceDeskScreen::clear() {
    m_requests = {};
    m_answer.reset();
    m_answerView->clear();
    m_answerStatus->clear();
    m_table->setRowCount(0);
    m_reason->clear();
    m_status->clear();
    m_form->reset();
    m_submitKey.clear();
    showList();
    updateButtons();
}

void PoliceDeskScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The list's statuses and bases, and the answer shown, in the new language.
        fillTable(at(selected(), "id"));
        if (m_answer != nullptr && m_answer->document()) {
            m_answerView->setHtml(m_answer->html());
        }
    }
    QWidget::changeEvent(event);
}

void PoliceDeskScreen::retranslate() {
    m_title->setText(tr("Police requests"));
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("Number"), tr("Legal basis"), tr("Agency"), tr("Received"), tr("Approved by")});
    m_reason->setPlaceholderText(tr("Reason for rejecting (required)"));
    m_back->setText(tr("Back to the manager area"));
    m_refresh->setText(tr("Reload"));
    m_new->setText(tr("Enter a paper request"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject"));
    m_answerButton->setText(tr("Answer"));
    m_export->setText(tr("Export PDF"));
}

} // namespace kiroku::kiosk::ui
