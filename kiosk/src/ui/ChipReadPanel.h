#pragma once

#include "core/IdentityDraft.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kiroku::kiosk::core {
class ChipReader;
}

namespace kiroku::kiosk::ui {

/// Reading a license or My Number card chip at the counter: place the card, the customer types the PIN (tries left
/// always shown; with one try left staff must tick a confirmation first), the card is read. Never sends a PIN on its
/// own. Without a chip reader configured it says so, and staff type the details instead.
class ChipReadPanel : public QWidget {
    Q_OBJECT
public:
    ChipReadPanel(core::ChipReader* reader, QWidget* parent = nullptr);

    /// Ready for a card of kind `kindCode`; stops any reading in progress.
    void reset(const QString& kindCode);

signals:
    void read(const kiroku::kiosk::core::IdentityDraft& draft, const QStringList& fieldsToType);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void sendPin();
    void askPin(int triesLeft);
    void showFailure(const QString& code, const QString& message, int triesLeft);

    core::ChipReader* m_reader;
    QString m_kind;
    bool m_active = false;
    int m_triesLeft = -1;
    QLabel* m_help;
    QPushButton* m_start;
    QLabel* m_message;
    QWidget* m_pinRow;
    QLineEdit* m_pin;
    QCheckBox* m_lastTry;
    QPushButton* m_sendPin;
};

} // namespace kiroku::kiosk::ui
