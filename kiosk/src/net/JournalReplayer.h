#pragma once

#include "net/OfflineJournal.h"

#include <QObject>

namespace kiroku::kiosk::net {

class ApiClient;
struct ApiResult;

/// Sends the offline journal's pending entries to the backend in the order they were recorded, one request at a
/// time, each with the Idempotency-Key it was recorded with, so a retry after a lost answer is carried out once.
/// A check-in is two calls (identity verification, then visit); the record id is kept after the first, so a restart
/// in between only sends the visit. Stops at the first entry the backend cannot take now (unreachable, 5xx, expired
/// session) and resumes on the next replay(); an entry the backend refuses (4xx) is marked failed for staff, and the
/// moves and check-outs of a failed check-in fail with it.
///
/// A member visit is sent with `started_at`, the time it was recorded, so the visit starts when the customer
/// arrived; when the backend refuses that time (older than it accepts, or overlapping the booth's previous visit:
/// an error naming "started_at"), the visit is sent again without it and starts at replay time. A new customer's
/// check-in is sent without it: its identity record is made at replay time, and a visit may not start before its
/// record's verification.
class JournalReplayer : public QObject {
    Q_OBJECT
public:
    JournalReplayer(ApiClient& api, OfflineJournal& journal, QObject* parent = nullptr);

    /// Starts a replay when entries are pending and a session exists; while one runs, another follows it.
    void replay();
    [[nodiscard]] bool running() const { return m_running; }

signals:
    /// A replay ended: `sent` and `failed` entries in this run; `interrupted` when it stopped early (backend
    /// unreachable or the session expired) with entries still pending.
    void replayFinished(int sent, int failed, bool interrupted);

private:
    void next();
    void stop(bool interrupted);
    void postVisitCall(const JournalEntry& entry, const QString& path, const QJsonObject& body);
    /// POST /v1/visits for a member visit, with started_at, and once more without it when that time is refused.
    void postBackdatedVisit(const JournalEntry& entry, const QJsonObject& body);
    void refuse(qint64 seq, const ApiResult& result);
    /// Stops (returns false) for answers that mean "not now"; marks refusals failed and continues.
    bool handleFailure(const JournalEntry& entry, const ApiResult& result);
    [[nodiscard]] QString resolveVisit(const JournalEntry& entry, bool* dependencyFailed) const;

    ApiClient& m_api;
    OfflineJournal& m_journal;
    bool m_running = false;
    bool m_again = false;
    int m_sent = 0;
    int m_failed = 0;
};

} // namespace kiroku::kiosk::net
