#include "net/CounterService.h"

#include "net/JournalReplayer.h"

#include <QPointer>
#include <QTimer>

namespace kiroku::kiosk::net {

namespace {

QString visitPath(const QString& visitId, const char* action) {
    return QStringLiteral("/v1/visits/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(visitId)), QString::fromLatin1(action));
}

QString boothPath(const core::Booth& booth) {
    return QStringLiteral("/v1/booths/%1/status").arg(QString::fromLatin1(QUrl::toPercentEncoding(booth.key())));
}

CounterOutcome outcomeOf(CounterOutcome::Status status, const ApiResult& result, const QString& stage) {
    CounterOutcome outcome;
    outcome.status = status;
    outcome.result = result;
    outcome.stage = stage;
    return outcome;
}

} // namespace

CounterService::CounterService(ApiClient& api, OfflineJournal* journal, QObject* parent)
    : QObject(parent), m_api(api), m_journal(journal) {
    if (m_journal != nullptr) {
        m_replayer = std::make_unique<JournalReplayer>(api, *m_journal);
        connect(m_journal, &OfflineJournal::changed, this, &CounterService::journalChanged);
        connect(m_replayer.get(), &JournalReplayer::replayFinished, this, &CounterService::journalChanged);
    }
}

CounterService::~CounterService() = default;

int CounterService::pendingCount() const {
    return m_journal != nullptr ? m_journal->pendingCount() : 0;
}

int CounterService::failedCount() const {
    return m_journal != nullptr ? m_journal->count(JournalEntry::State::Failed) : 0;
}

QVector<JournalEntry> CounterService::pendingEntries() const {
    return m_journal != nullptr ? m_journal->entries(JournalEntry::State::Pending) : QVector<JournalEntry>{};
}

QVector<JournalEntry> CounterService::failedEntries() const {
    return m_journal != nullptr ? m_journal->entries(JournalEntry::State::Failed) : QVector<JournalEntry>{};
}

bool CounterService::discardFailed(qint64 seq) {
    return m_journal != nullptr && m_journal->discard(seq);
}

void CounterService::replayJournal() {
    if (m_replayer) {
        m_replayer->replay();
    }
}

bool CounterService::mustQueue() const {
    // Later operations must not overtake earlier ones still waiting in the journal.
    return m_journal != nullptr && m_journal->pendingCount() > 0;
}

void CounterService::queue(JournalEntry entry, const Done& done, const QString& stage) {
    CounterOutcome outcome;
    outcome.stage = stage;
    if (m_journal == nullptr) {
        outcome.status = CounterOutcome::Status::Failed;
        outcome.problem = tr("The server cannot be reached, and this kiosk has no offline journal.");
        done(outcome);
        return;
    }
    QString problem;
    const auto seq = m_journal->append(std::move(entry), &problem);
    if (!seq) {
        outcome.status = CounterOutcome::Status::Failed;
        outcome.problem = problem;
    } else {
        outcome.status = CounterOutcome::Status::Queued;
        outcome.journalSeq = *seq;
    }
    done(outcome);
    QTimer::singleShot(0, this, &CounterService::replayJournal);
}

void CounterService::postVisit(const QJsonObject& body, const core::Booth& booth, const QByteArray& key,
                               JournalEntry fallback, const QString& stage, Done done) {
    Q_UNUSED(booth);
    if (mustQueue()) {
        queue(std::move(fallback), done, stage);
        return;
    }
    QPointer<CounterService> self(this);
    const QString path = fallback.kind == JournalEntry::Kind::Move       ? visitPath(fallback.visitRef, "moves")
                         : fallback.kind == JournalEntry::Kind::Checkout ? visitPath(fallback.visitRef, "checkout")
                                                                         : QStringLiteral("/v1/visits");
    m_api.post(
        path, body,
        [self, fallback, stage, done](const ApiResult& result) {
            if (!self) {
                return;
            }
            if (result.ok()) {
                done(outcomeOf(CounterOutcome::Status::Done, result, stage));
            } else if (result.backendUnavailable()) {
                self->queue(fallback, done, stage);
            } else {
                done(outcomeOf(CounterOutcome::Status::Refused, result, stage));
            }
        },
        key);
}

void CounterService::checkIn(const QJsonObject& identity, const core::Booth& booth,
                             std::shared_ptr<CheckInAttempt> attempt, Done done) {
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::CheckIn;
    entry.boothId = booth.id;
    entry.boothLabel = booth.label;
    entry.identityKey = attempt->identityKey;
    entry.visitKey = attempt->visitKey;
    const auto visitStep = [this, booth, attempt, entry, done]() {
        JournalEntry visitOnly = entry;
        visitOnly.identityRecordId = attempt->identityRecordId;
        visitOnly.payload = {}; // the record exists: nothing personal needs to wait
        postVisit(
            {{QStringLiteral("identity_record_id"), attempt->identityRecordId}, {QStringLiteral("booth_id"), booth.id}},
            booth, attempt->visitKey, visitOnly, QStringLiteral("visit"), done);
    };
    if (!attempt->identityRecordId.isEmpty()) {
        visitStep();
        return;
    }
    entry.payload = {{QStringLiteral("identity"), identity}};
    if (mustQueue()) {
        queue(entry, done, QStringLiteral("identity"));
        return;
    }
    QPointer<CounterService> self(this);
    m_api.post(
        QStringLiteral("/v1/identity-verifications"), identity,
        [self, attempt, entry, done, visitStep](const ApiResult& result) {
            if (!self) {
                return;
            }
            const QString id = result.body.value(QStringLiteral("id")).toString();
            if (result.ok() && !id.isEmpty()) {
                attempt->identityRecordId = id;
                attempt->identityAnswer = result;
                visitStep();
            } else if (result.backendUnavailable()) {
                self->queue(entry, done, QStringLiteral("identity"));
            } else {
                done(outcomeOf(CounterOutcome::Status::Refused, result, QStringLiteral("identity")));
            }
        },
        attempt->identityKey);
}

void CounterService::memberVisit(const QString& token, const core::Booth& booth, const QByteArray& key, Done done) {
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::MemberVisit;
    entry.boothId = booth.id;
    entry.boothLabel = booth.label;
    entry.visitKey = key;
    entry.payload = {{QStringLiteral("member_card_token"), token}};
    postVisit({{QStringLiteral("member_card_token"), token}, {QStringLiteral("booth_id"), booth.id}}, booth, key, entry,
              QStringLiteral("visit"), std::move(done));
}

void CounterService::move(const QString& visitId, const core::Booth& to, const QByteArray& key, Done done) {
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Move;
    entry.boothId = to.id;
    entry.boothLabel = to.label;
    entry.visitRef = visitId;
    entry.visitKey = key;
    if (visitId.startsWith(QLatin1String("journal:"))) {
        queue(entry, done, QStringLiteral("visit"));
        return;
    }
    postVisit({{QStringLiteral("booth_id"), to.id}}, to, key, entry, QStringLiteral("visit"), std::move(done));
}

void CounterService::checkout(const QString& visitId, const QByteArray& key, Done done) {
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Checkout;
    entry.visitRef = visitId;
    entry.visitKey = key;
    if (visitId.startsWith(QLatin1String("journal:"))) {
        queue(entry, done, QStringLiteral("visit"));
        return;
    }
    postVisit({}, core::Booth{}, key, entry, QStringLiteral("visit"), std::move(done));
}

void CounterService::setBoothStatus(const core::Booth& booth, const QString& status, ApiClient::Callback done) {
    m_api.post(boothPath(booth), {{QStringLiteral("status"), status}}, std::move(done));
}

void CounterService::fetchBooths(ApiClient::Callback done) {
    m_api.get(QStringLiteral("/v1/booths"), std::move(done));
}

void CounterService::fetchRetentionAudit(const QDate& asOf, ApiClient::Callback done) {
    m_api.get(QStringLiteral("/v1/audits/retention?as_of=") + asOf.toString(Qt::ISODate), std::move(done));
}

void CounterService::lookupMember(const QString& token,
                                  std::function<void(const ApiResult&, std::optional<KnownCard>)> done) {
    QPointer<CounterService> self(this);
    m_api.post(QStringLiteral("/v1/members/lookup"), {{QStringLiteral("token"), token}},
               [self, token, done](const ApiResult& result) {
                   if (!self) {
                       return;
                   }
                   std::optional<KnownCard> known;
                   if (self->m_journal != nullptr) {
                       if (result.ok()) {
                           self->m_journal->rememberCard(
                               token, result.body.value(QStringLiteral("member_id")).toString(),
                               result.body.value(QStringLiteral("identity_record_id")).toString());
                       } else if (result.backendUnavailable()) {
                           known = self->m_journal->knownCard(token);
                       }
                   }
                   done(result, known);
               });
}

void CounterService::issueMemberCard(const QString& identityRecordId,
                                     std::function<void(const ApiResult&, const ApiResult&)> done) {
    QPointer<CounterService> self(this);
    m_api.post(QStringLiteral("/v1/members"), {{QStringLiteral("identity_record_id"), identityRecordId}},
               [self, done](const ApiResult& member) {
                   if (!self) {
                       return;
                   }
                   const QString id = member.body.value(QStringLiteral("id")).toString();
                   if (!member.ok() || id.isEmpty()) {
                       done(member, ApiResult{});
                       return;
                   }
                   self->m_api.post(
                       QStringLiteral("/v1/members/%1/cards").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), {},
                       [member, done](const ApiResult& card) { done(member, card); });
               });
}

void CounterService::applyPending(QVector<core::Booth>& booths, const QVector<JournalEntry>& pending) {
    const auto boothWith = [&](const auto& predicate) -> core::Booth* {
        for (auto& booth : booths) {
            if (predicate(booth)) {
                return &booth;
            }
        }
        return nullptr;
    };
    const auto byId = [&](const QJsonValue& id) { return boothWith([&](const core::Booth& b) { return b.id == id; }); };
    const auto byVisit = [&](const QString& visitId) {
        return boothWith([&](const core::Booth& b) { return b.visit && b.visit->id == visitId; });
    };
    for (const auto& entry : pending) {
        switch (entry.kind) {
        case JournalEntry::Kind::CheckIn:
        case JournalEntry::Kind::MemberVisit:
            if (core::Booth* booth = byId(entry.boothId)) {
                core::BoothVisit visit;
                visit.id = QStringLiteral("journal:%1").arg(entry.seq);
                visit.startedAt = entry.recordedAt;
                visit.pending = true;
                booth->visit = visit;
                booth->status = QStringLiteral("occupied");
            }
            break;
        case JournalEntry::Kind::Move:
            if (core::Booth* from = byVisit(entry.visitRef)) {
                core::BoothVisit visit = *from->visit;
                visit.pending = true;
                from->visit.reset();
                from->status = QStringLiteral("free");
                if (core::Booth* to = byId(entry.boothId)) {
                    to->visit = visit;
                    to->status = QStringLiteral("occupied");
                }
            }
            break;
        case JournalEntry::Kind::Checkout:
            if (core::Booth* booth = byVisit(entry.visitRef)) {
                booth->visit.reset();
                booth->status = QStringLiteral("free");
            }
            break;
        }
    }
}

} // namespace kiroku::kiosk::net
