#pragma once

#include "core/CounterRules.h"
#include "core/PoliceAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace kiroku::kiosk::net {
class CounterService;
struct ApiResult;
} // namespace kiroku::kiosk::net

namespace kiroku::kiosk::ui {

class PoliceAnswerPdf;
class PoliceRequestForm;

/// The police desk (docs/police.md), in the manager area: the store's police requests, entering a paper request,
/// approving it as a second manager (or alone for an emergency to protect life), rejecting it with a reason,
/// answering it, and exporting the signed answer as PDF with its JSON, detached signature and public key. Answers
/// whose signature does not verify are never rendered.
class PoliceDeskScreen : public QWidget {
    Q_OBJECT
public:
    PoliceDeskScreen(net::CounterService& counter, core::CounterRules rules, QWidget* parent = nullptr);
    ~PoliceDeskScreen() override;

    /// The signed-in staff member (from the login answer): who may approve what depends on it.
    void showSession(const QJsonObject& session);
    /// Fingerprints of the store signing keys answers must be signed with (empty: any key that verifies).
    void setTrustedKeys(const QStringList& fingerprints) { m_trustedKeys = fingerprints; }
    /// Reloads the list from the backend, then selects `selectId` (default: the request selected now) and shows
    /// `problem` (in red) instead of the count when one is given.
    void load(const QString& selectId = {}, const QString& problem = {});
    /// Forgets everything shown (at logout).
    void clear();
    /// Selects the request with this id in the list; false when it is not there.
    bool select(const QString& id);
    /// Shows a signed answer (as the API returns it); false, with the reason on screen, when it is refused.
    bool presentAnswer(const QJsonObject& answer);
    /// Writes the answer shown as PDF, with `.json`, `.sig` and `.pub.pem` next to it. Empty when done, else why not.
    [[nodiscard]] QString exportAnswer(const QString& pdfPath) const;

    [[nodiscard]] const QJsonArray& requests() const { return m_requests; }
    [[nodiscard]] PoliceRequestForm* form() const { return m_form; }
    [[nodiscard]] const PoliceAnswerPdf* answer() const { return m_answer.get(); }

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showList();
    void updateButtons();
    /// Shows `m_requests` in the list and selects `selectId` (signals blocked: the answer shown stays).
    void fillTable(const QString& selectId);
    [[nodiscard]] QJsonObject selected() const;
    void submit(const QJsonObject& body);
    void act(const QString& action);
    void afterAction(const net::ApiResult& result, const QString& id);
    void loadAnswer(const QString& id);
    void chooseAndExport();
    void setStatus(const QString& text, bool problem = false);
    [[nodiscard]] QString failure(const net::ApiResult& result) const;
    /// A staff member who handled a request: "name (staff #id)" from the request's `*_name` field next to the id, or
    /// "staff #id" when the backend sent no name. Empty when no one did.
    [[nodiscard]] static QString staffMember(const QString& id, const QString& name);

    net::CounterService& m_counter;
    core::CounterRules m_rules;
    QJsonObject m_session;
    QJsonArray m_requests;
    QStringList m_trustedKeys;
    QByteArray m_submitKey; ///< the Idempotency-Key of the request being entered, kept for its retries
    std::unique_ptr<PoliceAnswerPdf> m_answer;
    QStackedWidget* m_pages;
    QWidget* m_listPage;
    PoliceRequestForm* m_form;
    QLabel* m_title;
    QLabel* m_status;
    QTableWidget* m_table;
    QLabel* m_detail;
    QLabel* m_answerStatus;
    QLineEdit* m_reason;
    QTextBrowser* m_answerView;
    QPushButton* m_back;
    QPushButton* m_refresh;
    QPushButton* m_new;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_answerButton;
    QPushButton* m_export;
};

} // namespace kiroku::kiosk::ui
