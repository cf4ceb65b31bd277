#include "net/OfflineJournal.h"

#include "crypto/Errors.h"
#include "crypto/FieldCipher.h"
#include "crypto/Hash.h"
#include "crypto/Mac.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <exception>

namespace kiroku::kiosk::net {

namespace {

constexpr std::uint32_t kKeyId = 1; // the kiosk key file's generation
const char* const kTable = "journal_entries";

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS journal_entries ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " entry_id TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL CHECK (kind IN ('check_in', 'member_visit', 'move', 'checkout')),"
    " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'discarded')),"
    " recorded_at TEXT NOT NULL,"
    " booth_id TEXT,"
    " booth_label TEXT,"
    " visit_ref TEXT,"
    " identity_key TEXT,"
    " visit_key TEXT,"
    " payload BLOB,"
    " identity_record_id TEXT,"
    " result_visit_id TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " error_code TEXT,"
    " error_message TEXT,"
    " finished_at TEXT)",
    "CREATE INDEX IF NOT EXISTS journal_entries_state_idx ON journal_entries (state, seq)",
    "CREATE TABLE IF NOT EXISTS known_cards ("
    " card_hash TEXT PRIMARY KEY,"
    " member_id TEXT NOT NULL,"
    " identity_record_id TEXT NOT NULL,"
    " seen_at TEXT NOT NULL)",
};

QString stateCode(JournalEntry::State state) {
    switch (state) {
    case JournalEntry::State::Pending:
        return QStringLiteral("pending");
    case JournalEntry::State::Sent:
        return QStringLiteral("sent");
    case JournalEntry::State::Failed:
        return QStringLiteral("failed");
    case JournalEntry::State::Discarded:
        break;
    }
    return QStringLiteral("discarded");
}

JournalEntry::State stateFromCode(const QString& code) {
    if (code == QLatin1String("sent")) {
        return JournalEntry::State::Sent;
    }
    if (code == QLatin1String("discarded")) {
        return JournalEntry::State::Discarded;
    }
    return code == QLatin1String("failed") ? JournalEntry::State::Failed : JournalEntry::State::Pending;
}

JournalEntry::Kind kindFromCode(const QString& code) {
    if (code == QLatin1String("member_visit")) {
        return JournalEntry::Kind::MemberVisit;
    }
    if (code == QLatin1String("move")) {
        return JournalEntry::Kind::Move;
    }
    return code == QLatin1String("checkout") ? JournalEntry::Kind::Checkout : JournalEntry::Kind::CheckIn;
}

/// Booth ids go to SQLite as text and come back in their JSON type (numbers stay numbers).
QString boothIdText(const QJsonValue& id) {
    return id.isDouble() ? QStringLiteral("n:%1").arg(id.toInteger()) : QStringLiteral("s:") + id.toString();
}

QJsonValue boothIdFromText(const QString& text) {
    if (text.startsWith(QLatin1String("n:"))) {
        return QJsonValue(text.mid(2).toLongLong());
    }
    if (text.startsWith(QLatin1String("s:"))) {
        return QJsonValue(text.mid(2));
    }
    return {};
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString kindCode(JournalEntry::Kind kind) {
    switch (kind) {
    case JournalEntry::Kind::CheckIn:
        return QStringLiteral("check_in");
    case JournalEntry::Kind::MemberVisit:
        return QStringLiteral("member_visit");
    case JournalEntry::Kind::Move:
        return QStringLiteral("move");
    case JournalEntry::Kind::Checkout:
        break;
    }
    return QStringLiteral("checkout");
}

OfflineJournal::OfflineJournal(QString path, QString connection, JournalKeys keys)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_keys(std::move(keys)) {}

OfflineJournal::~OfflineJournal() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<OfflineJournal> OfflineJournal::open(const QString& path, JournalKeys keys, QString* problem) {
    QString ignored;
    QString& why = problem != nullptr ? *problem : ignored;
    if (keys.payload.size() != 32 || keys.cardIndex.empty()) {
        why = QStringLiteral("the journal keys are missing");
        return nullptr;
    }
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            why = QStringLiteral("cannot create the journal %1: %2").arg(path, file.errorString());
            return nullptr;
        }
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("kiroku-journal-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            why = QStringLiteral("cannot open the journal %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
    }
    std::unique_ptr<OfflineJournal> journal(new OfflineJournal(path, connection, std::move(keys)));
    if (!journal->migrate(&why)) {
        return nullptr;
    }
    return journal;
}

bool OfflineJournal::migrate(QString* problem) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // Erased payloads are overwritten on disk, every commit reaches the disk before the kiosk goes on.
    for (const char* pragma :
         {"PRAGMA secure_delete = ON", "PRAGMA synchronous = FULL", "PRAGMA journal_mode = DELETE"}) {
        q.exec(QString::fromLatin1(pragma));
    }
    for (const char* statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *problem = QStringLiteral("cannot prepare the journal %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    return true;
}

QByteArray OfflineJournal::seal(const QString& entryId, const QJsonObject& payload) const {
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const crypto::FieldContext context{kTable, "payload", entryId.toStdString(), kKeyId};
    const crypto::Bytes blob =
        crypto::FieldCipher::encrypt(m_keys.payload, context, std::string_view(json.constData(), json.size()));
    return QByteArray(reinterpret_cast<const char*>(blob.data()), static_cast<qsizetype>(blob.size()));
}

std::optional<QJsonObject> OfflineJournal::unseal(const QString& entryId, const QByteArray& blob) const {
    if (blob.isEmpty()) {
        return QJsonObject{};
    }
    const crypto::FieldContext context{kTable, "payload", entryId.toStdString(), kKeyId};
    try {
        const std::string json =
            crypto::FieldCipher::decrypt(m_keys.payload, context,
                                         crypto::ByteView(reinterpret_cast<const std::uint8_t*>(blob.constData()),
                                                          static_cast<std::size_t>(blob.size())));
        return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    } catch (const crypto::DecryptionError&) {
        return std::nullopt;
    }
}

QString OfflineJournal::cardHash(const QString& token) const {
    const QByteArray utf8 = token.toUtf8();
    try {
        const auto mac = crypto::hmacSha256(m_keys.cardIndex.bytes(),
                                            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        return QString::fromStdString(crypto::toHex(mac));
    } catch (const std::exception&) { // OpenSSL failed: the card is treated as unknown, nothing is stored
        return {};
    }
}

std::optional<qint64> OfflineJournal::append(JournalEntry entry, QString* problem) {
    entry.entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray sealed;
    try {
        sealed = seal(entry.entryId, entry.payload);
    } catch (const std::exception& e) {
        if (problem != nullptr) {
            *problem = QStringLiteral("cannot encrypt the journal entry: %1").arg(QString::fromUtf8(e.what()));
        }
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO journal_entries (entry_id, kind, recorded_at, booth_id, booth_label, "
                             "visit_ref, identity_key, visit_key, payload, identity_record_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.entryId);
    q.addBindValue(kindCode(entry.kind));
    q.addBindValue(nowText());
    q.addBindValue(entry.boothId.isUndefined() || entry.boothId.isNull() ? QVariant() : boothIdText(entry.boothId));
    q.addBindValue(entry.boothLabel);
    q.addBindValue(entry.visitRef);
    q.addBindValue(QString::fromLatin1(entry.identityKey));
    q.addBindValue(QString::fromLatin1(entry.visitKey));
    q.addBindValue(sealed);
    q.addBindValue(entry.identityRecordId.isEmpty() ? QVariant() : entry.identityRecordId);
    if (!q.exec()) {
        if (problem != nullptr) {
            *problem = QStringLiteral("cannot write the journal: %1").arg(q.lastError().text());
        }
        return std::nullopt;
    }
    const qint64 seq = q.lastInsertId().toLongLong();
    emit changed();
    return seq;
}

QVector<JournalEntry> OfflineJournal::select(const QString& where, const QVariant& value) const {
    QVector<JournalEntry> list;
    QVector<qint64> undecryptable;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT seq, entry_id, kind, state, recorded_at, booth_id, booth_label, visit_ref, "
                                 "identity_key, visit_key, payload, identity_record_id, result_visit_id, attempts, "
                                 "error_code, error_message FROM journal_entries WHERE %1 ORDER BY seq")
                      .arg(where));
        q.addBindValue(value);
        if (!q.exec()) {
            return list;
        }
        while (q.next()) {
            JournalEntry e;
            e.seq = q.value(0).toLongLong();
            e.entryId = q.value(1).toString();
            e.kind = kindFromCode(q.value(2).toString());
            e.state = stateFromCode(q.value(3).toString());
            e.recordedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            e.boothId = boothIdFromText(q.value(5).toString());
            e.boothLabel = q.value(6).toString();
            e.visitRef = q.value(7).toString();
            e.identityKey = q.value(8).toString().toLatin1();
            e.visitKey = q.value(9).toString().toLatin1();
            const auto payload = unseal(e.entryId, q.value(10).toByteArray());
            if (!payload && e.state == JournalEntry::State::Pending) {
                undecryptable.append(e.seq);
                continue;
            }
            e.payload = payload.value_or(QJsonObject{});
            e.identityRecordId = q.value(11).toString();
            e.resultVisitId = q.value(12).toString();
            e.attempts = q.value(13).toInt();
            e.errorCode = q.value(14).toString();
            e.errorMessage = q.value(15).toString();
            list.append(e);
        }
    }
    for (const qint64 seq : undecryptable) {
        const_cast<OfflineJournal*>(this)->markFailed(
            seq, QStringLiteral("undecryptable"),
            QStringLiteral("the entry cannot be decrypted with the current kiosk key file"));
    }
    return list;
}

QVector<JournalEntry> OfflineJournal::entries(JournalEntry::State state) const {
    return select(QStringLiteral("state = ?"), stateCode(state));
}

std::optional<JournalEntry> OfflineJournal::entry(qint64 seq) const {
    const auto list = select(QStringLiteral("seq = ?"), seq);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

int OfflineJournal::count(JournalEntry::State state) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT count(*) FROM journal_entries WHERE state = ?"));
    q.addBindValue(stateCode(state));
    if (!q.exec() || !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

bool OfflineJournal::recordIdentity(qint64 seq, const QString& identityRecordId) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE journal_entries SET identity_record_id = ?, payload = NULL WHERE seq = ?"));
    q.addBindValue(identityRecordId);
    q.addBindValue(seq);
    const bool ok = q.exec() && q.numRowsAffected() == 1;
    emit changed();
    return ok;
}

bool OfflineJournal::markSent(qint64 seq, const QString& visitId) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE journal_entries SET state = 'sent', result_visit_id = ?, payload = NULL, "
                             "error_code = NULL, error_message = NULL, finished_at = ? WHERE seq = ?"));
    q.addBindValue(visitId.isEmpty() ? QVariant() : visitId);
    q.addBindValue(nowText());
    q.addBindValue(seq);
    const bool ok = q.exec() && q.numRowsAffected() == 1;
    emit changed();
    return ok;
}

bool OfflineJournal::markFailed(qint64 seq, const QString& code, const QString& message) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE journal_entries SET state = 'failed', error_code = ?, error_message = ?, "
                             "finished_at = ? WHERE seq = ?"));
    q.addBindValue(code);
    q.addBindValue(message);
    q.addBindValue(nowText());
    q.addBindValue(seq);
    const bool ok = q.exec() && q.numRowsAffected() == 1;
    emit changed();
    return ok;
}

bool OfflineJournal::noteAttempt(qint64 seq) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE journal_entries SET attempts = attempts + 1 WHERE seq = ?"));
    q.addBindValue(seq);
    return q.exec();
}

bool OfflineJournal::discard(qint64 seq) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE journal_entries SET payload = NULL, state = 'discarded' "
                             "WHERE seq = ? AND state = 'failed'"));
    q.addBindValue(seq);
    const bool ok = q.exec() && q.numRowsAffected() == 1;
    emit changed();
    return ok;
}

bool OfflineJournal::rememberCard(const QString& token, const QString& memberId, const QString& identityRecordId) {
    const QString hash = cardHash(token);
    if (hash.isEmpty()) {
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO known_cards (card_hash, member_id, identity_record_id, seen_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (card_hash) DO UPDATE SET member_id = excluded.member_id, "
                       "identity_record_id = excluded.identity_record_id, seen_at = excluded.seen_at"));
    q.addBindValue(hash);
    q.addBindValue(memberId);
    q.addBindValue(identityRecordId);
    q.addBindValue(nowText());
    return q.exec();
}

std::optional<KnownCard> OfflineJournal::knownCard(const QString& token) const {
    const QString hash = cardHash(token);
    if (hash.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT member_id, identity_record_id, seen_at FROM known_cards WHERE card_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return KnownCard{q.value(0).toString(), q.value(1).toString(),
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
}

} // namespace kiroku::kiosk::net
