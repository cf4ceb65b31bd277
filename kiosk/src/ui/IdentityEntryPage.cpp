#include "ui/IdentityEntryPage.h"

#include "core/CardInput.h"
#include "core/MrzScanner.h"
#include "ui/ChipReadPanel.h"
#include "ui/Touch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace f = core::field;

QDate parseTypedDate(const QString& text) {
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            return d;
        }
    }
    return {};
}

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, int maxLength) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMinimumHeight(kFieldHeight);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

IdentityEntryPage::IdentityEntryPage(core::CounterRules rules, core::ChipReader* chip, QWidget* parent)
    : QWidget(parent), m_rules(std::move(rules)), m_title(new QLabel(this)), m_chip(new ChipReadPanel(chip, this)),
      m_mrzPanel(new QWidget(this)), m_mrzHelp(new QLabel(m_mrzPanel)), m_mrz(new QPlainTextEdit(m_mrzPanel)),
      m_readMrz(new QPushButton(m_mrzPanel)), m_clearReading(new QPushButton(this)),
      m_mrzMessage(new QLabel(m_mrzPanel)), m_mrzScannerStatus(new QLabel(m_mrzPanel)),
      m_name(lineEdit(this, "nameField", 200)), m_kana(lineEdit(this, "kanaField", 200)),
      m_address(lineEdit(this, "addressField", 400)), m_birth(lineEdit(this, "birthField", 10)),
      m_number(lineEdit(this, "numberField", 32)), m_issuer(lineEdit(this, "issuerField", 100)),
      m_nationality(lineEdit(this, "nationalityField", 3)), m_expires(lineEdit(this, "expiresField", 10)),
      m_issued(lineEdit(this, "issuedField", 10)), m_addressOnDocument(new QCheckBox(this)),
      m_proofKind(new QComboBox(this)), m_proofDate(lineEdit(this, "proofDateField", 10)),
      m_attestation(new QCheckBox(this)), m_noNumberNote(new QLabel(this)), m_message(new QLabel(this)),
      m_back(new QPushButton(this)), m_next(new QPushButton(this)) {
    setObjectName(QStringLiteral("entryPage"));
    m_mrzPanel->setObjectName(QStringLiteral("mrzPanel"));
    m_mrz->setObjectName(QStringLiteral("mrzField"));
    m_readMrz->setObjectName(QStringLiteral("readMrzButton"));
    m_clearReading->setObjectName(QStringLiteral("clearReadingButton"));
    m_mrzMessage->setObjectName(QStringLiteral("mrzMessage"));
    m_mrzScannerStatus->setObjectName(QStringLiteral("mrzScannerStatus"));
    m_mrzScannerStatus->setWordWrap(true);
    m_mrzScannerStatus->hide();
    m_addressOnDocument->setObjectName(QStringLiteral("addressOnDocumentCheck"));
    m_proofKind->setObjectName(QStringLiteral("proofKindCombo"));
    m_attestation->setObjectName(QStringLiteral("attestationCheck"));
    m_noNumberNote->setObjectName(QStringLiteral("noNumberNote"));
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_back->setObjectName(QStringLiteral("entryBackButton"));
    m_next->setObjectName(QStringLiteral("entryNextButton"));
    makeHeading(m_title);
    for (QAbstractButton* b : {static_cast<QAbstractButton*>(m_readMrz), static_cast<QAbstractButton*>(m_clearReading),
                               static_cast<QAbstractButton*>(m_back), static_cast<QAbstractButton*>(m_next)}) {
        makeTouchButton(b);
    }
    m_addressOnDocument->setMinimumHeight(kFieldHeight);
    m_attestation->setMinimumHeight(kFieldHeight);
    m_proofKind->setMinimumHeight(kFieldHeight);
    // Shown while typed, hidden once the field is left: the full number is not left on screen.
    m_number->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_nationality->setMaxLength(3);
    m_mrz->setMaximumHeight(110);
    m_mrz->setFont(QFont(QStringLiteral("monospace")));
    m_mrzMessage->setWordWrap(true);
    m_noNumberNote->setWordWrap(true);
    m_message->setWordWrap(true);
    m_attestation->setStyleSheet(QStringLiteral("QCheckBox { font-weight: bold; }"));
    for (const QString& code : core::DocumentKinds::proofKindCodes()) {
        m_proofKind->addItem(QString(), code);
    }

    auto* mrzLayout = new QVBoxLayout(m_mrzPanel);
    mrzLayout->setContentsMargins(0, 0, 0, 0);
    mrzLayout->addWidget(m_mrzHelp);
    mrzLayout->addWidget(m_mrzScannerStatus);
    mrzLayout->addWidget(m_mrz);
    auto* mrzButtons = new QHBoxLayout;
    mrzButtons->addWidget(m_readMrz);
    mrzButtons->addStretch(1);
    mrzLayout->addLayout(mrzButtons);
    mrzLayout->addWidget(m_mrzMessage);

    auto* form = new QGridLayout;
    form->setHorizontalSpacing(24);
    form->addWidget(row(f::kName, m_name), 0, 0);
    form->addWidget(row(f::kNameKana, m_kana), 0, 1);
    form->addWidget(row(f::kAddress, m_address), 1, 0, 1, 2);
    form->addWidget(row(f::kDateOfBirth, m_birth), 2, 0);
    form->addWidget(row(f::kNumber, m_number), 2, 1);
    form->addWidget(row(f::kIssuer, m_issuer), 3, 0);
    form->addWidget(row(f::kNationality, m_nationality), 3, 1);
    form->addWidget(row(f::kExpiresOn, m_expires), 4, 0);
    form->addWidget(row(f::kIssuedOn, m_issued), 4, 1);
    form->addWidget(row(f::kAddressOnDocument, m_addressOnDocument), 5, 0, 1, 2);
    form->addWidget(row(f::kProofKind, m_proofKind), 6, 0);
    form->addWidget(row(f::kProofDate, m_proofDate), 6, 1);
    form->addWidget(m_noNumberNote, 7, 0, 1, 2);
    form->addWidget(row(f::kAttestation, m_attestation), 8, 0, 1, 2);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_chip);
    column->addWidget(m_mrzPanel);
    column->addWidget(m_clearReading, 0, Qt::AlignLeft);
    column->addLayout(form);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_readMrz, &QPushButton::clicked, this, &IdentityEntryPage::readMrz);
    connect(m_chip, &ChipReadPanel::read, this, [this](const core::IdentityDraft& read, const QStringList& toType) {
        core::IdentityDraft d = read;
        d.nameKana = m_kana->text(); // the chip holds no kana
        load(d, toType);
    });
    connect(m_clearReading, &QPushButton::clicked, this, &IdentityEntryPage::forgetDeviceReading);
    connect(m_addressOnDocument, &QCheckBox::toggled, this, &IdentityEntryPage::updateVisibility);
    connect(m_next, &QPushButton::clicked, this, &IdentityEntryPage::submit);
    connect(m_back, &QPushButton::clicked, this, &IdentityEntryPage::backRequested);
    retranslate();
}

QWidget* IdentityEntryPage::row(const char* field, QWidget* input) {
    auto* box = new QWidget(this);
    auto* caption = new QLabel(box);
    auto* error = new QLabel(box);
    const QString path = QString::fromLatin1(field);
    error->setObjectName(QStringLiteral("error_") + path);
    error->setStyleSheet(QStringLiteral("color: #b00000;"));
    error->setWordWrap(true);
    error->hide();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(caption);
    layout->addWidget(input);
    layout->addWidget(error);
    m_labels.insert(path, caption);
    m_errors.insert(path, error);
    m_rows.insert(path, box);
    return box;
}

void IdentityEntryPage::setMrzScanner(core::MrzScanner* scanner) {
    if (m_scanner != nullptr) {
        disconnect(m_scanner, nullptr, this, nullptr);
    }
    m_scanner = scanner;
    m_mrzScannerStatus->setVisible(scanner != nullptr);
    if (scanner == nullptr) {
        return;
    }
    m_mrzScannerStatus->setText(scanner->status());
    connect(scanner, &core::MrzScanner::statusChanged, m_mrzScannerStatus, &QLabel::setText);
    connect(scanner, &core::MrzScanner::zoneScanned, this, [this](const QString& zone) {
        // Only a page waiting for an MRZ takes it; a zone scanned at another moment is dropped, not kept.
        if (isVisible() && m_mrzPanel->isVisible()) {
            m_mrz->setPlainText(zone);
            readMrz();
        }
    });
}

void IdentityEntryPage::begin(const QString& kindCode) {
    m_kind = kindCode;
    m_method = core::ReadMethod::Visual;
    m_deviceIssuer.clear();
    const core::DocumentKindInfo* info = core::DocumentKinds::find(kindCode);
    for (QLineEdit* e :
         {m_name, m_kana, m_address, m_birth, m_number, m_issuer, m_nationality, m_expires, m_issued, m_proofDate}) {
        e->clear();
        e->setReadOnly(false);
    }
    m_mrz->clear();
    m_mrzMessage->clear();
    m_message->clear();
    m_chip->reset(kindCode);
    m_addressOnDocument->setChecked(info == nullptr || info->showsAddress);
    m_proofKind->setCurrentIndex(0);
    m_attestation->setChecked(false);
    clearErrors();
    updateVisibility();
    retranslate();
    (info != nullptr && info->mrz ? static_cast<QWidget*>(m_mrz) : m_name)->setFocus();
}

void IdentityEntryPage::load(const core::IdentityDraft& draft, const QStringList& fieldsToType) {
    m_kind = draft.kind;
    m_method = draft.method;
    m_name->setText(draft.name);
    m_kana->setText(draft.nameKana);
    m_address->setText(draft.address);
    m_birth->setText(draft.dateOfBirth.toString(Qt::ISODate));
    m_number->setText(draft.number);
    m_nationality->setText(draft.nationality);
    m_expires->setText(draft.expiresOn.toString(Qt::ISODate));
    m_issued->setText(draft.issuedOn.toString(Qt::ISODate));
    m_addressOnDocument->setChecked(draft.addressOnDocument);
    const bool fromDevice = draft.method != core::ReadMethod::Visual;
    // What the chip or MRZ gave is not retyped; to change it, staff drop the reading and type everything.
    for (QLineEdit* e : {m_name, m_address, m_birth, m_number, m_nationality, m_expires}) {
        e->setReadOnly(fromDevice && !e->text().isEmpty());
    }
    m_deviceIssuer = draft.issuer;
    if (const auto* info = core::DocumentKinds::find(m_kind); info != nullptr && info->insurerField) {
        m_issuer->setText(draft.issuer);
    }
    clearErrors();
    for (const QString& path : fieldsToType) {
        if (QLineEdit* e = path == QLatin1String(f::kName)      ? m_name
                           : path == QLatin1String(f::kAddress) ? m_address
                                                                : nullptr) {
            e->setReadOnly(false);
            showFieldError(path, tr("The chip stores some characters only as images, shown as 〓: type them from "
                                    "the card."));
        }
    }
    updateVisibility();
    retranslate();
}

core::IdentityDraft IdentityEntryPage::draft() const {
    core::IdentityDraft d;
    d.method = m_method;
    d.kind = m_kind;
    d.name = m_name->text();
    d.nameKana = m_kana->text();
    d.address = m_address->text();
    d.dateOfBirth = parseTypedDate(m_birth->text());
    const core::DocumentKindInfo* info = d.kindInfo();
    if (info != nullptr && info->numberField) {
        d.number = m_number->text();
    }
    d.issuer = info != nullptr && info->insurerField ? m_issuer->text() : m_deviceIssuer;
    if (info != nullptr && info->nationalityField) {
        d.nationality = m_nationality->text();
    }
    d.expiresOn = parseTypedDate(m_expires->text());
    d.issuedOn = parseTypedDate(m_issued->text());
    d.addressOnDocument = m_addressOnDocument->isChecked();
    if (!d.addressOnDocument) {
        d.proofKind = m_proofKind->currentData().toString();
        d.proofDate = parseTypedDate(m_proofDate->text());
    }
    d.staffAttested = m_attestation->isChecked();
    return d;
}

bool IdentityEntryPage::showFieldError(const QString& field, const QString& message) {
    QLabel* error = m_errors.value(field);
    if (error == nullptr || m_rows.value(field)->isHidden()) {
        return false;
    }
    error->setText(message);
    error->show();
    return true;
}

void IdentityEntryPage::clearErrors() {
    for (QLabel* error : std::as_const(m_errors)) {
        error->clear();
        error->hide();
    }
    m_message->clear();
}

void IdentityEntryPage::setMessage(const QString& message) {
    m_message->setText(message);
}

void IdentityEntryPage::submit() {
    clearErrors();
    const core::IdentityDraft d = draft();
    QVector<core::FieldProblem> problems = d.validate(m_rules.localDate(QDateTime::currentDateTimeUtc()));
    // A typed date that is not a date is reported as such, not as "required".
    const std::pair<const char*, QLineEdit*> dates[] = {
        {f::kExpiresOn, m_expires}, {f::kIssuedOn, m_issued}, {f::kProofDate, m_proofDate}};
    for (const auto& [path, edit] : dates) {
        if (!edit->text().trimmed().isEmpty() && !parseTypedDate(edit->text()).isValid()) {
            problems.prepend({QString::fromLatin1(path), tr("Not a date: type it as YYYY-MM-DD.")});
        }
    }
    QSet<QString> shown;
    for (const auto& problem : problems) {
        if (!shown.contains(problem.field) && showFieldError(problem.field, problem.message)) {
            shown.insert(problem.field);
        } else if (!shown.contains(problem.field)) {
            m_message->setText(problem.message);
        }
    }
    if (!problems.isEmpty()) {
        m_message->setText(m_message->text().isEmpty() ? tr("Check the fields marked in red.") : m_message->text());
        return;
    }
    emit completed(d);
}

void IdentityEntryPage::readMrz() {
    core::IdentityDraft d = draft();
    const auto reading =
        core::CardInput::readMrz(m_mrz->toPlainText(), m_rules.localDate(QDateTime::currentDateTimeUtc()), d);
    if (!reading.ok) {
        m_mrzMessage->setStyleSheet(QStringLiteral("color: #b00000;"));
        m_mrzMessage->setText(reading.problem);
        return;
    }
    m_mrz->clear(); // the zone is not kept on screen once read
    m_mrzMessage->setStyleSheet({});
    m_mrzMessage->setText(tr("MRZ read: all check digits match. Add the address from the address proof."));
    d.kind = m_kind.isEmpty() ? d.kind : m_kind;
    d.address = m_address->text(); // typed from the address proof, which the MRZ never replaces
    d.nameKana = m_kana->text();
    load(d);
    m_address->setFocus();
}

void IdentityEntryPage::forgetDeviceReading() {
    const QString kind = m_kind;
    begin(kind);
}

void IdentityEntryPage::updateVisibility() {
    const core::DocumentKindInfo* info = core::DocumentKinds::find(m_kind);
    const bool numberField = info != nullptr && info->numberField;
    m_rows.value(QString::fromLatin1(f::kNumber))->setVisible(numberField);
    m_rows.value(QString::fromLatin1(f::kIssuer))->setVisible(info != nullptr && info->insurerField);
    m_rows.value(QString::fromLatin1(f::kNationality))->setVisible(info != nullptr && info->nationalityField);
    m_rows.value(QString::fromLatin1(f::kExpiresOn))->setVisible(info == nullptr || !info->noExpiry);
    const bool proof = !m_addressOnDocument->isChecked();
    m_rows.value(QString::fromLatin1(f::kProofKind))->setVisible(proof);
    m_rows.value(QString::fromLatin1(f::kProofDate))->setVisible(proof);
    m_rows.value(QString::fromLatin1(f::kAttestation))->setVisible(m_method == core::ReadMethod::Visual);
    m_noNumberNote->setVisible(!numberField);
    m_mrzPanel->setVisible(info != nullptr && info->mrz && m_method == core::ReadMethod::Visual);
    m_chip->setVisible(info != nullptr && info->icChip && m_method == core::ReadMethod::Visual);
    m_clearReading->setVisible(m_method != core::ReadMethod::Visual);
}

void IdentityEntryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IdentityEntryPage::retranslate() {
    m_title->setText(tr("Read the document: %1").arg(core::DocumentKinds::displayName(m_kind)));
    const auto caption = [&](const char* path, const QString& text) {
        m_labels.value(QString::fromLatin1(path))->setText(text);
    };
    caption(f::kName, tr("Name (as on the document)"));
    caption(f::kNameKana, tr("Name in kana (optional)"));
    caption(f::kAddress, tr("Current address"));
    caption(f::kDateOfBirth, tr("Date of birth (YYYY-MM-DD)"));
    caption(f::kNumber, tr("Document number"));
    caption(f::kIssuer, tr("Insurer's name (not the card's numbers)"));
    caption(f::kNationality, tr("Nationality (3 letters, e.g. JPN)"));
    caption(f::kExpiresOn, tr("Valid until (YYYY-MM-DD)"));
    caption(f::kIssuedOn, tr("Date of issue (YYYY-MM-DD)"));
    caption(f::kAddressOnDocument, QString());
    caption(f::kProofKind, tr("Address proof (receipt within 6 months)"));
    caption(f::kProofDate, tr("Date on the receipt (YYYY-MM-DD)"));
    caption(f::kAttestation, QString());
    m_addressOnDocument->setText(tr("The document shows the customer's current address"));
    m_attestation->setText(tr("I have the original document in front of me, the photo matches the customer, and "
                              "what I typed matches the document."));
    for (int i = 0; i < m_proofKind->count(); ++i) {
        m_proofKind->setItemText(i, core::DocumentKinds::proofKindName(m_proofKind->itemData(i).toString()));
    }
    m_mrzHelp->setText(tr("Scan the MRZ (the two lines at the bottom of the photo page) with the reader, or type "
                          "both lines, then press Read MRZ. Or type everything below."));
    m_readMrz->setText(tr("Read MRZ"));
    m_clearReading->setText(tr("Discard the reading and type by hand"));
    m_noNumberNote->setText(
        m_kind == QLatin1String("my_number_card")
            ? tr("The individual number (My Number) is never recorded: do not look at or copy the back of the card.")
            : tr("The card's symbol, number and insurer number are never recorded: record the insurer's name only."));
    m_back->setText(tr("Back"));
    m_next->setText(tr("Review"));
    m_name->setPlaceholderText(tr("Family name, given name"));
    m_birth->setPlaceholderText(QStringLiteral("1990-04-01"));
}

} // namespace kiroku::kiosk::ui
