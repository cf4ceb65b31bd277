#include "ui/PoliceRequestForm.h"

#include "ui/PoliceAnswerPdf.h"
#include "ui/Touch.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

namespace {

const QStringList kBasisCodes{QStringLiteral("ccp_197_2"), QStringLiteral("warrant"),
                              QStringLiteral("ordinance_report"), QStringLiteral("ordinance_inspection"),
                              QStringLiteral("emergency_life")};
const QStringList kQuestionCodes{QStringLiteral("terminal_at_time"), QStringLiteral("person"),
                                 QStringLiteral("public_endpoint")};

/// The question's fields by kind, as the API names them.
QStringList questionFieldsOf(const QString& kind) {
    if (kind == QLatin1String("terminal_at_time")) {
        return {QStringLiteral("booth"), QStringLiteral("terminal"), QStringLiteral("at")};
    }
    if (kind == QLatin1String("person")) {
        return {QStringLiteral("name"), QStringLiteral("name_kana"), QStringLiteral("date_of_birth"),
                QStringLiteral("document_kind"), QStringLiteral("document_number")};
    }
    return {QStringLiteral("public_ip"), QStringLiteral("source_port"), QStringLiteral("at"),
            QStringLiteral("tolerance_seconds")};
}

const QStringList kAllQuestionFields{
    QStringLiteral("booth"),         QStringLiteral("terminal"),         QStringLiteral("at"),
    QStringLiteral("name"),          QStringLiteral("name_kana"),        QStringLiteral("date_of_birth"),
    QStringLiteral("document_kind"), QStringLiteral("document_number"),  QStringLiteral("public_ip"),
    QStringLiteral("source_port"),   QStringLiteral("tolerance_seconds")};

/// A whole number as a JSON number; anything else as typed, for the backend to refuse by name.
QJsonValue numberOrText(const QString& text) {
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue(text);
}

} // namespace

PoliceRequestForm::PoliceRequestForm(core::CounterRules rules, QWidget* parent)
    : QWidget(parent), m_rules(std::move(rules)), m_title(new QLabel(this)), m_general(new QLabel(this)),
      m_form(new QFormLayout), m_basis(new QComboBox(this)), m_question(new QComboBox(this)),
      m_basisLabel(new QLabel(this)), m_questionLabel(new QLabel(this)), m_submit(new QPushButton(this)),
      m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("policeRequestForm"));
    makeHeading(m_title);
    m_general->setObjectName(QStringLiteral("policeFormError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_basis->setObjectName(QStringLiteral("police.legal_basis.kind"));
    m_question->setObjectName(QStringLiteral("police.question.kind"));
    m_submit->setObjectName(QStringLiteral("policeSubmitButton"));
    m_cancel->setObjectName(QStringLiteral("policeCancelButton"));
    makeTouchButton(m_submit);
    makeTouchButton(m_cancel);
    m_basis->setMinimumHeight(kFieldHeight);
    m_question->setMinimumHeight(kFieldHeight);
    for (const QString& code : kBasisCodes) {
        m_basis->addItem(code, code);
    }
    for (const QString& code : kQuestionCodes) {
        m_question->addItem(code, code);
    }

    auto* formHost = new QWidget;
    formHost->setLayout(m_form);
    for (const char* path : {"agency.name", "officer.name", "officer.badge", "officer.contact"}) {
        addField(QLatin1String(path), path);
    }
    m_form->addRow(m_basisLabel, m_basis);
    for (const char* path : {"legal_basis.court", "legal_basis.expires_on", "document.reference", "document.date",
                             "scope.from", "scope.to"}) {
        addField(QLatin1String(path), path);
    }
    m_form->addRow(m_questionLabel, m_question);
    for (const QString& key : kAllQuestionFields) {
        const QString path = QStringLiteral("question.") + key;
        addField(path, path.toLatin1().constData());
    }
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(formHost);
    m_scroll->setWidgetResizable(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_general);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_question, &QComboBox::currentIndexChanged, this, &PoliceRequestForm::showQuestionFields);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        clearErrors();
        emit submitted(body());
    });
    connect(m_cancel, &QPushButton::clicked, this, &PoliceRequestForm::cancelled);
    retranslate();
    reset();
}

QLineEdit* PoliceRequestForm::addField(const QString& path, const char* objectName) {
    auto* host = new QWidget;
    auto* column = new QVBoxLayout(host);
    column->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(host);
    edit->setObjectName(QStringLiteral("police.") + QLatin1String(objectName));
    edit->setMinimumHeight(kFieldHeight);
    auto* error = new QLabel(host);
    error->setObjectName(QStringLiteral("police.") + QLatin1String(objectName) + QStringLiteral(".error"));
    error->setStyleSheet(QStringLiteral("color: #b00000;"));
    error->setWordWrap(true);
    error->hide();
    column->addWidget(edit);
    column->addWidget(error);
    auto* label = new QLabel;
    m_form->addRow(label, host);
    m_fields.insert(path, edit);
    m_errors.insert(path, error);
    m_fieldLabels.insert(path, label);
    return edit;
}

QString PoliceRequestForm::text(const QString& path) const {
    return m_fields.value(path)->text().trimmed();
}

QString PoliceRequestForm::instantText(const QString& typed) const {
    for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss")}) {
        QDateTime local = QDateTime::fromString(typed, format);
        if (local.isValid()) {
            local.setTimeZone(m_rules.zone);
            return local.toString(Qt::ISODate);
        }
    }
    return typed;
}

QJsonObject PoliceRequestForm::body() const {
    QJsonObject basis{{QStringLiteral("kind"), m_basis->currentData().toString()}};
    if (!text(QStringLiteral("legal_basis.court")).isEmpty()) {
        basis.insert(QStringLiteral("court"), text(QStringLiteral("legal_basis.court")));
    }
    if (!text(QStringLiteral("legal_basis.expires_on")).isEmpty()) {
        basis.insert(QStringLiteral("expires_on"), text(QStringLiteral("legal_basis.expires_on")));
    }
    const QString kind = m_question->currentData().toString();
    QJsonObject question{{QStringLiteral("kind"), kind}};
    for (const QString& key : questionFieldsOf(kind)) {
        const QString value = text(QStringLiteral("question.") + key);
        if (value.isEmpty()) {
            continue;
        }
        if (key == QLatin1String("at")) {
            question.insert(key, instantText(value));
        } else if (key == QLatin1String("source_port") || key == QLatin1String("tolerance_seconds")) {
            question.insert(key, numberOrText(value));
        } else {
            question.insert(key, value);
        }
    }
    return QJsonObject{
        {QStringLiteral("agency"), QJsonObject{{QStringLiteral("name"), text(QStringLiteral("agency.name"))}}},
        {QStringLiteral("officer"), QJsonObject{{QStringLiteral("name"), text(QStringLiteral("officer.name"))},
                                                {QStringLiteral("badge"), text(QStringLiteral("officer.badge"))},
                                                {QStringLiteral("contact"), text(QStringLiteral("officer.contact"))}}},
        {QStringLiteral("legal_basis"), basis},
        {QStringLiteral("document"),
         QJsonObject{{QStringLiteral("reference"), text(QStringLiteral("document.reference"))},
                     {QStringLiteral("date"), text(QStringLiteral("document.date"))}}},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("from"), instantText(text(QStringLiteral("scope.from")))},
                                              {QStringLiteral("to"), instantText(text(QStringLiteral("scope.to")))}}},
        {QStringLiteral("question"), question},
    };
}

void PoliceRequestForm::showError(const QString& field, const QString& message) {
    if (QLabel* label = m_errors.value(field)) {
        label->setText(message);
        label->show();
        m_fields.value(field)->setFocus();
        m_scroll->ensureWidgetVisible(label->parentWidget());
        m_general->setText(tr("Check the marked field."));
        return;
    }
    m_general->setText(field.isEmpty() ? message : tr("%1: %2").arg(field, message));
}

void PoliceRequestForm::clearErrors() {
    m_general->clear();
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString PoliceRequestForm::errorFor(const QString& field) const {
    const QLabel* label = m_errors.value(field);
    return label != nullptr ? label->text() : QString();
}

void PoliceRequestForm::reset() {
    clearErrors();
    for (QLineEdit* edit : std::as_const(m_fields)) {
        edit->clear();
    }
    m_basis->setCurrentIndex(0);
    m_question->setCurrentIndex(0);
    showQuestionFields();
}

void PoliceRequestForm::showQuestionFields() {
    const QStringList shown = questionFieldsOf(m_question->currentData().toString());
    for (const QString& key : kAllQuestionFields) {
        m_form->setRowVisible(m_fields.value(QStringLiteral("question.") + key)->parentWidget(), shown.contains(key));
    }
}

void PoliceRequestForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PoliceRequestForm::retranslate() {
    m_title->setText(tr("Enter a paper request from police"));
    m_basisLabel->setText(tr("Legal basis"));
    m_questionLabel->setText(tr("Question"));
    for (int i = 0; i < m_basis->count(); ++i) {
        m_basis->setItemText(i, PoliceTerms::basisName(m_basis->itemData(i).toString()));
    }
    for (int i = 0; i < m_question->count(); ++i) {
        m_question->setItemText(i, PoliceTerms::questionName(m_question->itemData(i).toString()));
    }
    const std::pair<const char*, QString> labels[] = {
        {"agency.name", tr("Agency")},
        {"officer.name", tr("Officer's name")},
        {"officer.badge", tr("Badge or ID number")},
        {"officer.contact", tr("Officer's contact")},
        {"legal_basis.court", tr("Court (warrants)")},
        {"legal_basis.expires_on", tr("Warrant valid until (YYYY-MM-DD)")},
        {"document.reference", tr("Document reference")},
        {"document.date", tr("Document date (YYYY-MM-DD)")},
        {"scope.from", tr("Scope from (YYYY-MM-DD HH:MM, store time)")},
        {"scope.to", tr("Scope to (YYYY-MM-DD HH:MM, store time)")},
        {"question.at", tr("At (YYYY-MM-DD HH:MM, store time)")},
        {"question.date_of_birth", tr("Date of birth (YYYY-MM-DD)")},
    };
    for (const QString& key : kAllQuestionFields) {
        m_fieldLabels.value(QStringLiteral("question.") + key)->setText(PoliceTerms::fieldName(key));
    }
    for (const auto& [path, label] : labels) {
        m_fieldLabels.value(QLatin1String(path))->setText(label);
    }
    m_submit->setText(tr("Record the request"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace kiroku::kiosk::ui
