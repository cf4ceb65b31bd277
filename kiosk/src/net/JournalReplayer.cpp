#include "net/JournalReplayer.h"

#include "net/ApiClient.h"

#include <QPointer>
#include <QTimer>

namespace kiroku::kiosk::net {

JournalReplayer::JournalReplayer(ApiClient& api, OfflineJournal& journal, QObject* parent)
    : QObject(parent), m_api(api), m_journal(journal) {}

void JournalReplayer::replay() {
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_api.hasToken() || m_journal.pendingCount() == 0) {
        return;
    }
    m_running = true;
    m_again = false;
    m_sent = 0;
    m_failed = 0;
    next();
}

void JournalReplayer::stop(bool interrupted) {
    m_running = false;
    emit replayFinished(m_sent, m_failed, interrupted);
    if (m_again && !interrupted) {
        QTimer::singleShot(0, this, &JournalReplayer::replay);
    }
}

QString JournalReplayer::resolveVisit(const JournalEntry& entry, bool* dependencyFailed) const {
    *dependencyFailed = false;
    if (!entry.visitRef.startsWith(QLatin1String("journal:"))) {
        return entry.visitRef;
    }
    const auto started = m_journal.entry(entry.visitRef.mid(8).toLongLong());
    if (!started || started->state != JournalEntry::State::Sent || started->resultVisitId.isEmpty()) {
        *dependencyFailed = true;
        return {};
    }
    return started->resultVisitId;
}

void JournalReplayer::refuse(qint64 seq, const ApiResult& result) {
    const QString code = result.errorCode.isEmpty() ? QStringLiteral("http_%1").arg(result.status) : result.errorCode;
    m_journal.markFailed(seq, code, result.errorMessage);
    ++m_failed;
}

bool JournalReplayer::handleFailure(const JournalEntry& entry, const ApiResult& result) {
    if (result.backendUnavailable() || result.status == 401 || result.status == 429) {
        stop(true);
        return false;
    }
    refuse(entry.seq, result);
    QTimer::singleShot(0, this, &JournalReplayer::next);
    return true;
}

void JournalReplayer::postVisitCall(const JournalEntry& entry, const QString& path, const QJsonObject& body) {
    QPointer<JournalReplayer> self(this);
    const qint64 seq = entry.seq;
    m_api.post(
        path, body,
        [self, entry, seq](const ApiResult& result) {
            if (!self) {
                return;
            }
            if (!result.ok()) {
                self->handleFailure(entry, result);
                return;
            }
            self->m_journal.markSent(seq, result.body.value(QStringLiteral("id")).toString());
            ++self->m_sent;
            QTimer::singleShot(0, self, &JournalReplayer::next);
        },
        entry.visitKey);
}

void JournalReplayer::postBackdatedVisit(const JournalEntry& entry, const QJsonObject& body) {
    QJsonObject dated = body;
    dated.insert(QStringLiteral("started_at"), entry.recordedAt.toUTC().toString(Qt::ISODateWithMs));
    QPointer<JournalReplayer> self(this);
    m_api.post(
        QStringLiteral("/v1/visits"), dated,
        [self, entry, body](const ApiResult& result) {
            if (!self) {
                return;
            }
            const bool timeRefused =
                (result.status == 409 || result.status == 422) && result.errorField == QLatin1String("started_at");
            // After a lost answer to the undated resend, the key already holds that visit: the resend gets it.
            const bool undatedRecorded = result.errorCode == QLatin1String("idempotency_key_reused");
            if (timeRefused || undatedRecorded) {
                // A refused request recorded nothing under the key: the same key may carry the undated visit.
                self->postVisitCall(entry, QStringLiteral("/v1/visits"), body);
                return;
            }
            if (!result.ok()) {
                self->handleFailure(entry, result);
                return;
            }
            self->m_journal.markSent(entry.seq, result.body.value(QStringLiteral("id")).toString());
            ++self->m_sent;
            QTimer::singleShot(0, self, &JournalReplayer::next);
        },
        entry.visitKey);
}

void JournalReplayer::next() {
    const auto pending = m_journal.entries(JournalEntry::State::Pending);
    if (pending.isEmpty()) {
        stop(false);
        return;
    }
    const JournalEntry entry = pending.first();
    m_journal.noteAttempt(entry.seq);
    switch (entry.kind) {
    case JournalEntry::Kind::CheckIn: {
        if (entry.identityRecordId.isEmpty()) {
            QPointer<JournalReplayer> self(this);
            m_api.post(
                QStringLiteral("/v1/identity-verifications"),
                entry.payload.value(QStringLiteral("identity")).toObject(),
                [self, entry](const ApiResult& result) {
                    if (!self) {
                        return;
                    }
                    const QString id = result.body.value(QStringLiteral("id")).toString();
                    if (result.ok() && !id.isEmpty()) {
                        self->m_journal.recordIdentity(entry.seq, id);
                        QTimer::singleShot(0, self, &JournalReplayer::next);
                    } else if (!result.ok()) {
                        self->handleFailure(entry, result);
                    } else {
                        self->refuse(entry.seq, result);
                        QTimer::singleShot(0, self, &JournalReplayer::next);
                    }
                },
                entry.identityKey);
            return;
        }
        postVisitCall(entry, QStringLiteral("/v1/visits"),
                      {{QStringLiteral("identity_record_id"), entry.identityRecordId},
                       {QStringLiteral("booth_id"), entry.boothId}});
        return;
    }
    case JournalEntry::Kind::MemberVisit:
        postBackdatedVisit(
            entry, {{QStringLiteral("member_card_token"), entry.payload.value(QStringLiteral("member_card_token"))},
                    {QStringLiteral("booth_id"), entry.boothId}});
        return;
    case JournalEntry::Kind::Move:
    case JournalEntry::Kind::Checkout: {
        bool dependencyFailed = false;
        const QString visitId = resolveVisit(entry, &dependencyFailed);
        if (dependencyFailed || visitId.isEmpty()) {
            m_journal.markFailed(entry.seq, QStringLiteral("check_in_failed"),
                                 QStringLiteral("the check-in this entry belongs to was not recorded"));
            ++m_failed;
            QTimer::singleShot(0, this, &JournalReplayer::next);
            return;
        }
        const QString base = QStringLiteral("/v1/visits/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(visitId)));
        if (entry.kind == JournalEntry::Kind::Move) {
            postVisitCall(entry, base + QStringLiteral("/moves"), {{QStringLiteral("booth_id"), entry.boothId}});
        } else {
            postVisitCall(entry, base + QStringLiteral("/checkout"), {});
        }
        return;
    }
    }
}

} // namespace kiroku::kiosk::net
