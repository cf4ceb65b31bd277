#include "ui/ChipReadPanel.h"

#include "core/ChipReader.h"
#include "ui/Touch.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kiroku::kiosk::ui {

ChipReadPanel::ChipReadPanel(core::ChipReader* reader, QWidget* parent)
    : QWidget(parent), m_reader(reader), m_help(new QLabel(this)), m_start(new QPushButton(this)),
      m_message(new QLabel(this)), m_pinRow(new QWidget(this)), m_pin(new QLineEdit(m_pinRow)),
      m_lastTry(new QCheckBox(m_pinRow)), m_sendPin(new QPushButton(m_pinRow)) {
    setObjectName(QStringLiteral("chipPanel"));
    m_start->setObjectName(QStringLiteral("readChipButton"));
    m_message->setObjectName(QStringLiteral("chipMessage"));
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_lastTry->setObjectName(QStringLiteral("lastTryCheck"));
    m_sendPin->setObjectName(QStringLiteral("sendPinButton"));
    makeTouchButton(m_start);
    makeTouchButton(m_sendPin);
    m_help->setWordWrap(true);
    m_message->setWordWrap(true);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setMinimumHeight(kFieldHeight);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_pin));
    m_lastTry->setMinimumHeight(kFieldHeight);
    auto* pinLayout = new QHBoxLayout(m_pinRow);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    pinLayout->addWidget(m_pin);
    pinLayout->addWidget(m_sendPin);
    pinLayout->addWidget(m_lastTry, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_help);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_pinRow);
    layout->addWidget(m_message);
    m_pinRow->hide();
    m_lastTry->hide();
    connect(m_start, &QPushButton::clicked, this, &ChipReadPanel::start);
    connect(m_sendPin, &QPushButton::clicked, this, &ChipReadPanel::sendPin);
    connect(m_pin, &QLineEdit::returnPressed, this, &ChipReadPanel::sendPin);
    if (m_reader != nullptr) {
        connect(m_reader, &core::ChipReader::progress, this, [this](const QString& message) {
            if (m_active) {
                m_message->setText(message);
            }
        });
        connect(m_reader, &core::ChipReader::pinRequested, this, [this](int tries) {
            if (m_active) {
                askPin(tries);
            }
        });
        connect(m_reader, &core::ChipReader::failed, this, [this](const QString& code, const QString& message, int t) {
            if (m_active) {
                showFailure(code, message, t);
            }
        });
        connect(m_reader, &core::ChipReader::recordRead, this,
                [this](const core::IdentityDraft& draft, const QStringList& fieldsToType) {
                    if (!m_active || draft.kind != m_kind) {
                        return;
                    }
                    m_active = false;
                    m_pinRow->hide();
                    m_start->setEnabled(true);
                    m_message->setText(tr("The chip was read. Check the details below."));
                    emit read(draft, fieldsToType);
                });
    }
    retranslate();
}

void ChipReadPanel::reset(const QString& kindCode) {
    if (m_active && m_reader != nullptr) {
        m_reader->cancel();
    }
    m_active = false;
    m_kind = kindCode;
    m_triesLeft = -1;
    m_pin->clear();
    m_lastTry->setChecked(false);
    m_lastTry->hide();
    m_pinRow->hide();
    m_message->clear();
    m_start->setEnabled(m_reader != nullptr);
    retranslate();
}

void ChipReadPanel::start() {
    if (m_reader == nullptr) {
        return;
    }
    m_active = true;
    m_start->setEnabled(false);
    m_message->setText(tr("Place the card on the reader."));
    m_reader->begin(m_kind);
}

void ChipReadPanel::askPin(int triesLeft) {
    m_triesLeft = triesLeft;
    m_pinRow->show();
    m_pin->clear();
    m_pin->setFocus();
    m_lastTry->setChecked(false);
    m_lastTry->setVisible(triesLeft <= 1);
    m_message->setText(triesLeft <= 1 ? tr("Customer: type your 4-digit PIN. Only 1 try is left: after a wrong PIN "
                                           "the card is blocked until the issuer unblocks it.")
                                      : tr("Customer: type your 4-digit PIN (%1 tries left).").arg(triesLeft));
}

void ChipReadPanel::sendPin() {
    if (!m_active || m_reader == nullptr || m_pin->text().size() != 4) {
        return;
    }
    if (m_triesLeft <= 1 && !m_lastTry->isChecked()) {
        m_message->setText(tr("Only 1 try is left: tick the confirmation first, or type the details instead."));
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear(); // the PIN is not kept on screen or in the widget
    m_pinRow->hide();
    m_reader->submitPin(pin, m_lastTry->isChecked());
}

void ChipReadPanel::showFailure(const QString& code, const QString& message, int triesLeft) {
    m_message->setText(message);
    if (code == QLatin1String("WrongPin") && triesLeft > 0) {
        askPin(triesLeft); // the customer may type again; nothing is sent until they do
        m_message->setText(message);
        return;
    }
    if (code == QLatin1String("LastTryNeedsStaffConfirmation")) {
        askPin(1);
        m_message->setText(message);
        return;
    }
    m_active = false;
    m_pinRow->hide();
    m_start->setEnabled(true);
}

void ChipReadPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ChipReadPanel::retranslate() {
    m_help->setText(m_reader != nullptr
                        ? tr("Read the IC chip: place the card on the reader, then the customer types the PIN.")
                        : tr("No card reader is set up on this kiosk: type the details from the card below."));
    m_start->setText(tr("Read the IC chip"));
    m_sendPin->setText(tr("Send PIN"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_lastTry->setText(tr("Staff: the customer is sure of the PIN; use the last try"));
}

} // namespace kiroku::kiosk::ui
