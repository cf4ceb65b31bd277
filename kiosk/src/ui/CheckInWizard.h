#pragma once

#include "core/Booth.h"
#include "core/CounterRules.h"
#include "core/IdentityDraft.h"

#include "ui/MemberCardPrinter.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kiroku::kiosk::core {
class ChipReader;
class MrzScanner;
} // namespace kiroku::kiosk::core

namespace kiroku::kiosk::net {
class CounterService;
struct CheckInAttempt;
struct CounterOutcome;
} // namespace kiroku::kiosk::net

namespace kiroku::kiosk::ui {

class BoothGrid;
class IdentityEntryPage;
class ReviewPage;

/// A new customer's check-in: choose the document → read it (IC chip, MRZ, or typed with staff attestation) → review
/// what the law needs confirmed → the customer notice → booth → done (identity verification and visit, optionally a
/// member card shown as a QR code). Refusals from the backend come back to the step they concern, next to the field
/// named.
class CheckInWizard : public QWidget {
    Q_OBJECT
public:
    enum class Step { Document, Entry, Review, Notice, Booth, Result };

    /// `chip` reads IC chips; null when the kiosk has no card reader.
    CheckInWizard(net::CounterService& counter, core::CounterRules rules, core::ChipReader* chip = nullptr,
                  QWidget* parent = nullptr);
    ~CheckInWizard() override;

    /// Starts a new check-in. `booths` is the current booth map; `preselectedKey` a booth chosen on it (or empty).
    void start(const QVector<core::Booth>& booths, const QString& preselectedKey);
    [[nodiscard]] Step step() const;
    [[nodiscard]] IdentityEntryPage* entryPage() const { return m_entry; }
    /// A serial passport reader whose zones fill the MRZ step (null: none).
    void setMrzScanner(core::MrzScanner* scanner);
    /// Where a new member card is printed (not enabled: shown on screen only), with the store's name on it.
    void setCardPrinter(const MemberCardPrinter& printer) { m_printer = printer; }
    void setStoreName(const QString& name) { m_storeName = name; }
    /// Forgets everything typed (at logout or when leaving).
    void discard();

signals:
    /// The staff member left the wizard (done or cancelled).
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void go(Step step);
    void chooseKind(const QString& code);
    void submit();
    void showOutcome(const net::CounterOutcome& outcome);
    void showDone(const net::CounterOutcome& outcome);
    void issueCard(const QString& identityRecordId);
    /// A backend warning in the UI language when its code is known, else the backend's own words.
    [[nodiscard]] QString warningText(const QJsonObject& warning) const;

    net::CounterService& m_counter;
    core::CounterRules m_rules;
    core::IdentityDraft m_draft;
    std::shared_ptr<net::CheckInAttempt> m_attempt;
    QJsonObject m_attemptIdentity;
    QString m_attemptBoothKey;
    QString m_attemptBoothLabel;
    bool m_submitting = false;
    MemberCardPrinter m_printer;
    QString m_storeName;

    QStackedWidget* m_pages;
    // Document step
    QWidget* m_documentPage;
    QLabel* m_documentTitle;
    QVector<QPushButton*> m_kindButtons;
    QPushButton* m_cancel;
    // Entry and review
    IdentityEntryPage* m_entry;
    ReviewPage* m_review;
    // Notice
    QWidget* m_noticePage;
    QLabel* m_noticeTitle;
    QLabel* m_noticeText;
    QPushButton* m_noticeBack;
    QPushButton* m_noticeAck;
    // Booth
    QWidget* m_boothPage;
    QLabel* m_boothTitle;
    BoothGrid* m_boothGrid;
    QCheckBox* m_issueCard;
    QLabel* m_boothMessage;
    QPushButton* m_boothBack;
    QPushButton* m_submit;
    // Result
    QWidget* m_resultPage;
    QLabel* m_resultTitle;
    QLabel* m_resultDetails;
    QLabel* m_cardQr;
    QLabel* m_cardHint;
    QPushButton* m_retry;
    QPushButton* m_done;
};

} // namespace kiroku::kiosk::ui
