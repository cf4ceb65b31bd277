#pragma once

#include "core/CounterRules.h"
#include "core/IdentityDraft.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kiroku::kiosk::core {
class ChipReader;
class MrzScanner;
} // namespace kiroku::kiosk::core

namespace kiroku::kiosk::ui {

class ChipReadPanel;

/// Step 2 of a new customer's check-in: read the document. A license or My Number card chip is read through the
/// card reader; the MRZ of a passport is typed by a keyboard-wedge reader (or by staff) and checked by the device
/// parser, with a message for each failing check digit; anything else is typed by staff, who then state that the
/// entries match the original. Errors appear next to the field
/// they concern, whether found here or by the backend (error.field). A document number is masked once the field
/// loses focus; kinds whose number must never be recorded have no number field at all.
class IdentityEntryPage : public QWidget {
    Q_OBJECT
public:
    /// `chip` reads license and My Number card chips; null when the kiosk has no card reader.
    IdentityEntryPage(core::CounterRules rules, core::ChipReader* chip, QWidget* parent = nullptr);

    /// A serial passport reader: a zone it sends while this page waits for an MRZ is read as if typed. Null: none.
    void setMrzScanner(core::MrzScanner* scanner);
    /// Clears the form for a new document of kind `kindCode`.
    void begin(const QString& kindCode);
    /// Fills the form from a draft read by a device (chip or MRZ); fields the device read become read-only, except
    /// `fieldsToType` (characters the chip holds only as images), which staff complete.
    void load(const core::IdentityDraft& draft, const QStringList& fieldsToType = {});
    /// The form's content as a draft.
    [[nodiscard]] core::IdentityDraft draft() const;
    /// Shows `message` under the field named by its API path; false when no field on this form has that name.
    bool showFieldError(const QString& field, const QString& message);
    void clearErrors();
    /// A message under the form (e.g. a refusal that names no field).
    void setMessage(const QString& message);
    /// Validates and, when nothing is wrong, emits completed().
    void submit();

signals:
    void completed(const kiroku::kiosk::core::IdentityDraft& draft);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void readMrz();
    void forgetDeviceReading();
    void updateVisibility();
    QWidget* row(const char* field, QWidget* input);

    core::CounterRules m_rules;
    QString m_kind;
    core::ReadMethod m_method = core::ReadMethod::Visual;
    QString m_deviceIssuer; ///< the issuing authority a chip reported (e.g. 東京都公安委員会)

    QLabel* m_title;
    ChipReadPanel* m_chip;
    QWidget* m_mrzPanel;
    QLabel* m_mrzHelp;
    QPlainTextEdit* m_mrz;
    QPushButton* m_readMrz;
    QPushButton* m_clearReading;
    QLabel* m_mrzMessage;
    QLabel* m_mrzScannerStatus;
    core::MrzScanner* m_scanner = nullptr;
    QLineEdit* m_name;
    QLineEdit* m_kana;
    QLineEdit* m_address;
    QLineEdit* m_birth;
    QLineEdit* m_number;
    QLineEdit* m_issuer;
    QLineEdit* m_nationality;
    QLineEdit* m_expires;
    QLineEdit* m_issued;
    QCheckBox* m_addressOnDocument;
    QComboBox* m_proofKind;
    QLineEdit* m_proofDate;
    QCheckBox* m_attestation;
    QLabel* m_noNumberNote;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_next;
    QMap<QString, QLabel*> m_labels; ///< field path → its caption
    QMap<QString, QLabel*> m_errors; ///< field path → its error line
    QMap<QString, QWidget*> m_rows;  ///< field path → its row (hidden when the kind has no such field)
};

/// Reads a date typed as YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD; an invalid QDate otherwise.
QDate parseTypedDate(const QString& text);

} // namespace kiroku::kiosk::ui
