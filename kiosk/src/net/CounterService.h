#pragma once

#include "core/Booth.h"
#include "net/ApiClient.h"
#include "net/OfflineJournal.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace kiroku::kiosk::net {

class JournalReplayer;

/// One check-in as staff attempt it. Its Idempotency-Keys are made once and reused by every retry of this attempt
/// (and by the journal when the backend is unreachable), so a retry never creates a second record or visit. A new
/// attempt (after the entries changed) gets a new object.
struct CheckInAttempt {
    QByteArray identityKey = ApiClient::newIdempotencyKey();
    QByteArray visitKey = ApiClient::newIdempotencyKey();
    QString identityRecordId; ///< set once the backend accepted the identity verification
    ApiResult identityAnswer;
};

/// What became of a counter operation.
struct CounterOutcome {
    enum class Status {
        Done,    ///< the backend carried it out; `result` is its answer
        Queued,  ///< recorded in the offline journal; sent when the backend is back
        Refused, ///< the backend refused it; `result` holds the error (code, message, field)
        Failed,  ///< neither the backend nor the journal could take it; `problem` says why
    };
    Status status = Status::Failed;
    ApiResult result;
    QString stage; ///< check-ins: "identity" or "visit", the call that `result` answers
    qint64 journalSeq = 0;
    QString problem;
};

/// The screens' one way to the backend for counter work: check-ins, member visits, moves, check-outs, booth status
/// and member cards. When the backend cannot be reached (or entries are already waiting, to keep their order),
/// check-ins, member visits, moves and check-outs go to the offline journal and are replayed later.
class CounterService : public QObject {
    Q_OBJECT
public:
    /// `journal` may be null: then nothing is recorded offline and unreachable calls fail.
    CounterService(ApiClient& api, OfflineJournal* journal, QObject* parent = nullptr);
    ~CounterService() override;

    using Done = std::function<void(const CounterOutcome&)>;

    /// POST /v1/identity-verifications then POST /v1/visits {identity_record_id, booth_id}.
    void checkIn(const QJsonObject& identity, const core::Booth& booth, std::shared_ptr<CheckInAttempt> attempt,
                 Done done);
    /// POST /v1/visits {member_card_token, booth_id}.
    void memberVisit(const QString& token, const core::Booth& booth, const QByteArray& key, Done done);
    /// POST /v1/visits/{id}/moves {booth_id}. `visitId` may be "journal:<n>" for a visit still in the journal.
    void move(const QString& visitId, const core::Booth& to, const QByteArray& key, Done done);
    /// POST /v1/visits/{id}/checkout.
    void checkout(const QString& visitId, const QByteArray& key, Done done);
    /// POST /v1/booths/{id}/status (online only).
    void setBoothStatus(const core::Booth& booth, const QString& status, ApiClient::Callback done);
    /// GET /v1/booths.
    void fetchBooths(ApiClient::Callback done);
    /// GET /v1/audits/retention?as_of=YYYY-MM-DD (managers).
    void fetchRetentionAudit(const QDate& asOf, ApiClient::Callback done);

    /// POST /v1/members/lookup. On success the card's hash → record ids is remembered for offline scans; when the
    /// backend is unavailable, `known` tells whether this card was seen before (nothing else is cached).
    void lookupMember(const QString& token,
                      std::function<void(const ApiResult& result, std::optional<KnownCard> known)> done);
    /// POST /v1/members then POST /v1/members/{id}/cards; `card.body.token` is shown once.
    void issueMemberCard(const QString& identityRecordId,
                         std::function<void(const ApiResult& member, const ApiResult& card)> done);

    [[nodiscard]] bool journalAvailable() const { return m_journal != nullptr; }
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] QVector<JournalEntry> pendingEntries() const;
    [[nodiscard]] QVector<JournalEntry> failedEntries() const;
    /// Erases a refused entry's personal data; it no longer needs attention.
    bool discardFailed(qint64 seq);
    /// Sends pending journal entries now (e.g. after login or when the backend is back).
    void replayJournal();
    [[nodiscard]] JournalReplayer* replayer() const { return m_replayer.get(); }
    [[nodiscard]] ApiClient& api() const { return m_api; }

    /// Shows pending journal entries on a booth list fetched earlier: offline check-ins occupy their booth, moves
    /// and check-outs move or free the visit.
    static void applyPending(QVector<core::Booth>& booths, const QVector<JournalEntry>& pending);

signals:
    /// The number of pending or failed journal entries may have changed.
    void journalChanged();

private:
    /// Appends to the journal and reports Queued (or Failed when the journal cannot take it).
    void queue(JournalEntry entry, const Done& done, const QString& stage = {});
    [[nodiscard]] bool mustQueue() const;
    void postVisit(const QJsonObject& body, const core::Booth& booth, const QByteArray& key, JournalEntry fallback,
                   const QString& stage, Done done);

    ApiClient& m_api;
    OfflineJournal* m_journal;
    std::unique_ptr<JournalReplayer> m_replayer;
};

} // namespace kiroku::kiosk::net
