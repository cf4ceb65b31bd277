#pragma once

#include "net/JournalKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace kiroku::kiosk::net {

/// One counter operation recorded while the backend could not be reached.
struct JournalEntry {
    enum class Kind { CheckIn, MemberVisit, Move, Checkout };
    enum class State { Pending, Sent, Failed, Discarded };

    qint64 seq = 0;  ///< replay order
    QString entryId; ///< random id; binds the ciphertext to this row
    Kind kind = Kind::CheckIn;
    State state = State::Pending;
    QDateTime recordedAt; ///< when staff did it (UTC)
    QJsonValue boothId;   ///< target booth (check-ins, member visits, moves)
    QString boothLabel;
    /// The visit a move or check-out applies to: its id, or "journal:<seq>" for a visit this journal started.
    QString visitRef;
    QByteArray identityKey; ///< Idempotency-Key of POST /v1/identity-verifications (check-ins)
    QByteArray visitKey;    ///< Idempotency-Key of the visit call (POST /v1/visits, moves, checkout)
    /// Personal fields, stored only encrypted: {"identity": {...}} for a check-in, {"member_card_token": ...} for a
    /// member visit. Emptied once the entry is sent.
    QJsonObject payload;
    QString identityRecordId; ///< set once the identity verification was accepted
    QString resultVisitId;    ///< set once the visit call succeeded
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
};

/// The member-card map the kiosk keeps for offline scans: a keyed hash of the card token → record ids. Nothing
/// else about the member is cached.
struct KnownCard {
    QString memberId;
    QString identityRecordId;
    QDateTime seenAt;
};

/// The kiosk's offline journal: an SQLite file (QtSql QSQLITE) holding check-ins, member visits, moves and
/// check-outs recorded while the backend was unreachable, with their idempotency keys, in order. Personal fields
/// are encrypted with AES-256-GCM (crypto::FieldCipher) under a key from the kiosk's key file, bound to the entry;
/// sent entries keep no personal data (the payload is erased, SQLite's secure_delete overwrites the pages).
/// Survives restarts: open the same file again with the same key. Nothing throws; failures are returned.
class OfflineJournal : public QObject {
    Q_OBJECT
public:
    /// Opens (creating when needed) the journal at `path` (mode 0600). Returns nullptr and sets `problem`.
    static std::unique_ptr<OfflineJournal> open(const QString& path, JournalKeys keys, QString* problem);
    ~OfflineJournal() override;

    /// Appends an entry (its seq, entryId, state and recordedAt are assigned here). Returns the seq, or nothing
    /// and `problem`.
    [[nodiscard]] std::optional<qint64> append(JournalEntry entry, QString* problem = nullptr);

    /// Entries in a state, oldest first, payload decrypted. An entry whose payload no longer decrypts (the key file
    /// was replaced) is marked failed with code "undecryptable" and left out.
    [[nodiscard]] QVector<JournalEntry> entries(JournalEntry::State state) const;
    [[nodiscard]] std::optional<JournalEntry> entry(qint64 seq) const;
    [[nodiscard]] int count(JournalEntry::State state) const;
    [[nodiscard]] int pendingCount() const { return count(JournalEntry::State::Pending); }

    /// The identity verification of check-in `seq` was accepted as `identityRecordId`: a retry only sends the
    /// visit. The identity payload is erased.
    bool recordIdentity(qint64 seq, const QString& identityRecordId);
    /// The entry was carried out; its payload is erased.
    bool markSent(qint64 seq, const QString& visitId);
    /// The backend refused the entry; it waits for staff. The payload is kept (encrypted) until discarded.
    bool markFailed(qint64 seq, const QString& code, const QString& message);
    bool noteAttempt(qint64 seq);
    /// Erases a failed entry's payload; it no longer needs attention (state Discarded).
    bool discard(qint64 seq);

    /// Remembers that `token` belongs to the member and identity record (the token itself is not stored).
    bool rememberCard(const QString& token, const QString& memberId, const QString& identityRecordId);
    [[nodiscard]] std::optional<KnownCard> knownCard(const QString& token) const;

    [[nodiscard]] const QString& path() const { return m_path; }

signals:
    /// Any entry was added or changed state.
    void changed();

private:
    OfflineJournal(QString path, QString connection, JournalKeys keys);
    [[nodiscard]] bool migrate(QString* problem);
    [[nodiscard]] QByteArray seal(const QString& entryId, const QJsonObject& payload) const;
    [[nodiscard]] std::optional<QJsonObject> unseal(const QString& entryId, const QByteArray& blob) const;
    [[nodiscard]] QString cardHash(const QString& token) const;
    [[nodiscard]] QVector<JournalEntry> select(const QString& where, const QVariant& value) const;

    QString m_path;
    QString m_connection;
    JournalKeys m_keys;
};

/// The API code of a kind ("check_in", "member_visit", "move", "checkout").
QString kindCode(JournalEntry::Kind kind);

} // namespace kiroku::kiosk::net
