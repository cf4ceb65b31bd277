#pragma once

#include "core/Booth.h"
#include "core/CounterRules.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kiroku::kiosk::net {
class CounterService;
}

namespace kiroku::kiosk::ui {

class BoothGrid;

/// A returning member: the keyboard-wedge scanner types the card token and Enter into the focused scan field (a
/// 12-digit numeric payload is refused on the spot as a possible My Number) → lookup → name, age, last
/// verification, whether re-verification is due → staff confirm the face → booth → visit with the card token.
class MemberCheckInScreen : public QWidget {
    Q_OBJECT
public:
    MemberCheckInScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent = nullptr);

    /// Starts with the scan field focused; `preselectedKey` is a booth chosen on the map (or empty).
    void start(const QVector<core::Booth>& booths, const QString& preselectedKey);
    /// Forgets the scanned card and what was shown.
    void discard();

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void scanned();
    void updateButton();
    void checkIn();

    net::CounterService& m_counter;
    core::CounterRules m_rules;
    QString m_token;
    bool m_memberConfirmed = false; ///< the backend (or, offline, the card map) knows the card and no re-check is due
    QByteArray m_visitKey;
    QString m_visitKeyBooth;
    bool m_busy = false;

    QLabel* m_title;
    QLineEdit* m_scan;
    QLabel* m_scanMessage;
    QLabel* m_name;
    QLabel* m_age;
    QLabel* m_verified;
    QLabel* m_reverification;
    QCheckBox* m_face;
    BoothGrid* m_booths;
    QLabel* m_result;
    QPushButton* m_back;
    QPushButton* m_checkIn;
};

} // namespace kiroku::kiosk::ui
