#include "ui/ReviewPage.h"

#include "ui/Touch.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    label->setFont(font);
    return label;
}

} // namespace

ReviewPage::ReviewPage(core::CounterRules rules, QWidget* parent)
    : QWidget(parent), m_rules(std::move(rules)), m_title(new QLabel(this)), m_name(valueLabel(this, "reviewName")),
      m_kana(valueLabel(this, "reviewKana")), m_address(valueLabel(this, "reviewAddress")),
      m_birth(valueLabel(this, "reviewBirth")), m_kind(valueLabel(this, "reviewKind")),
      m_number(valueLabel(this, "reviewNumber")), m_expiry(valueLabel(this, "reviewExpiry")),
      m_method(valueLabel(this, "reviewMethod")), m_notesBox(new QWidget(this)), m_notes(new QVBoxLayout(m_notesBox)),
      m_edit(new QPushButton(this)), m_confirm(new QPushButton(this)) {
    setObjectName(QStringLiteral("reviewPage"));
    m_notesBox->setObjectName(QStringLiteral("reviewNotes"));
    m_edit->setObjectName(QStringLiteral("reviewEditButton"));
    m_confirm->setObjectName(QStringLiteral("reviewConfirmButton"));
    makeHeading(m_title);
    makeTouchButton(m_edit);
    makeTouchButton(m_confirm);
    auto* form = new QFormLayout;
    QLabel* values[] = {m_name, m_kana, m_address, m_birth, m_kind, m_number, m_expiry, m_method};
    for (int i = 0; i < 8; ++i) {
        m_captions[i] = new QLabel(this);
        form->addRow(m_captions[i], values[i]);
    }
    m_notes->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_notesBox);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_edit, &QPushButton::clicked, this, &ReviewPage::editRequested);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_blocked) {
            emit confirmed();
        }
    });
    retranslate();
}

void ReviewPage::present(const core::IdentityDraft& draft, const QDateTime& now) {
    m_draft = draft;
    m_now = now;
    retranslate();
}

void ReviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReviewPage::retranslate() {
    const QLocale locale;
    const auto date = [&](QDate d) { return d.isValid() ? locale.toString(d, QLocale::LongFormat) : tr("—"); };
    m_title->setText(tr("Check these details against the document and the customer"));
    const QString captions[] = {tr("Name"),     tr("Name in kana"),    tr("Address"),     tr("Date of birth"),
                                tr("Document"), tr("Document number"), tr("Valid until"), tr("Read by")};
    for (int i = 0; i < 8; ++i) {
        m_captions[i]->setText(captions[i]);
    }
    m_name->setText(m_draft.name.trimmed());
    m_kana->setText(m_draft.nameKana.trimmed().isEmpty() ? tr("—") : m_draft.nameKana.trimmed());
    m_address->setText(m_draft.address.trimmed());
    const int age =
        core::ageOn(m_draft.dateOfBirth, m_rules.localDate(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()));
    m_birth->setText(age >= 0 ? tr("%1 (age %2)").arg(date(m_draft.dateOfBirth)).arg(age) : date(m_draft.dateOfBirth));
    m_kind->setText(
        core::DocumentKinds::displayName(m_draft.kind) +
        (m_draft.issuer.trimmed().isEmpty() ? QString() : tr(" (insurer: %1)").arg(m_draft.issuer.trimmed())));
    const core::DocumentKindInfo* info = m_draft.kindInfo();
    m_number->setText(info != nullptr && !info->numberField ? tr("not recorded for this document")
                      : m_draft.maskedNumber().isEmpty()    ? tr("—")
                                                            : m_draft.maskedNumber());
    m_expiry->setText(m_draft.expiresOn.isValid()  ? date(m_draft.expiresOn)
                      : m_draft.issuedOn.isValid() ? tr("no expiry; issued %1").arg(date(m_draft.issuedOn))
                                                   : tr("—"));
    m_method->setText(m_draft.method == core::ReadMethod::IcChip ? tr("IC chip")
                      : m_draft.method == core::ReadMethod::Mrz  ? tr("MRZ (machine-readable zone)")
                                                                 : tr("Typed by staff from the original"));
    while (QLayoutItem* item = m_notes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_blocked = false;
    const auto notes = m_draft.kind.isEmpty()
                           ? QVector<core::ReviewNote>{}
                           : m_draft.review(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(), m_rules);
    for (const auto& note : notes) {
        auto* label = new QLabel(m_notesBox);
        label->setObjectName(QStringLiteral("note_") + note.code);
        label->setWordWrap(true);
        label->setText(note.text);
        const char* style = note.level == core::ReviewNote::Level::Blocking  ? "background: #ffd0d0; color: #800000;"
                            : note.level == core::ReviewNote::Level::Warning ? "background: #fff0c0; color: #604000;"
                                                                             : "color: #404040;";
        label->setStyleSheet(QStringLiteral("QLabel { %1 padding: 8px; font-size: 16px; }").arg(QLatin1String(style)));
        m_notes->addWidget(label);
        m_blocked = m_blocked || note.level == core::ReviewNote::Level::Blocking;
    }
    m_edit->setText(tr("Correct the entries"));
    m_confirm->setText(tr("Details confirmed"));
    m_confirm->setEnabled(!m_blocked);
}

} // namespace kiroku::kiosk::ui
