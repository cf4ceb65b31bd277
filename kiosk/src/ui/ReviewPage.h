#pragma once

#include "core/CounterRules.h"
#include "core/IdentityDraft.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kiroku::kiosk::ui {

/// Step 3: what the law needs staff to confirm, on one screen: name, kana, address, date of birth and age, the
/// kind of document, its number masked, its expiry, and every warning in plain words (expired, address from a
/// receipt, minor and night hours, check digit). A blocking problem (expired document) disables confirmation.
class ReviewPage : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPage(core::CounterRules rules, QWidget* parent = nullptr);

    /// Shows the draft as of `now`.
    void present(const core::IdentityDraft& draft, const QDateTime& now);
    [[nodiscard]] bool blocked() const { return m_blocked; }

signals:
    void confirmed();
    void editRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    core::CounterRules m_rules;
    core::IdentityDraft m_draft;
    QDateTime m_now;
    bool m_blocked = false;
    QLabel* m_title;
    QLabel* m_captions[8];
    QLabel* m_name;
    QLabel* m_kana;
    QLabel* m_address;
    QLabel* m_birth;
    QLabel* m_kind;
    QLabel* m_number;
    QLabel* m_expiry;
    QLabel* m_method;
    QWidget* m_notesBox;
    QVBoxLayout* m_notes;
    QPushButton* m_edit;
    QPushButton* m_confirm;
};

} // namespace kiroku::kiosk::ui
