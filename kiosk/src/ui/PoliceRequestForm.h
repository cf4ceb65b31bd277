#pragma once

#include "core/CounterRules.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace kiroku::kiosk::ui {

/// Entering a paper request from police (POST /v1/police-requests): agency, officer, legal basis, the document, the
/// scope (store-local times) and the question. The backend checks everything; its 400/422 answers are shown under
/// the field they name.
class PoliceRequestForm : public QWidget {
    Q_OBJECT
public:
    explicit PoliceRequestForm(core::CounterRules rules, QWidget* parent = nullptr);

    /// The request body as typed. Optional fields left empty are left out; required ones are sent even when empty,
    /// so that the backend names them.
    [[nodiscard]] QJsonObject body() const;
    /// Shows the backend's refusal: under the field it names (e.g. "officer.badge"), else above the form.
    void showError(const QString& field, const QString& message);
    void clearErrors();
    /// Empties the form for the next request.
    void reset();
    /// The error shown for a field path, empty when none (for tests and screen readers).
    [[nodiscard]] QString errorFor(const QString& field) const;

signals:
    void submitted(const QJsonObject& body);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLineEdit* addField(const QString& path, const char* objectName);
    void retranslate();
    void showQuestionFields();
    [[nodiscard]] QString text(const QString& path) const;
    /// "2026-11-22 13:00" in the store's time zone → RFC 3339 with the offset; anything else is sent as typed.
    [[nodiscard]] QString instantText(const QString& typed) const;

    core::CounterRules m_rules;
    QLabel* m_title;
    QLabel* m_general;
    QScrollArea* m_scroll = nullptr;
    QFormLayout* m_form;
    QComboBox* m_basis;
    QComboBox* m_question;
    QMap<QString, QLineEdit*> m_fields;   ///< by the API's field path
    QMap<QString, QLabel*> m_errors;      ///< by the API's field path
    QMap<QString, QLabel*> m_fieldLabels; ///< by the API's field path
    QLabel* m_basisLabel;
    QLabel* m_questionLabel;
    QPushButton* m_submit;
    QPushButton* m_cancel;
};

} // namespace kiroku::kiosk::ui
