// The offline journal: encrypted at rest, ordered, surviving restarts, keyed by a file only its owner can read.
#include "net/OfflineJournal.h"
#include "net/JournalKey.h"

#include "KioskHarness.h"

#include <QFile>
#include <QJsonDocument>

#include <sys/stat.h>

using namespace kiroku::kiosk;
using kiroku::kiosk::test::KioskFiles;

namespace {

const QString kName = QStringLiteral("山田 花子 YAMADAHANAKO");
const QString kAddress = QStringLiteral("東京都千代田区丸の内1-9-1");

net::JournalEntry checkIn(int booth) {
    net::JournalEntry e;
    e.kind = net::JournalEntry::Kind::CheckIn;
    e.boothId = QJsonValue(booth);
    e.boothLabel = QStringLiteral("B0%1").arg(booth);
    e.identityKey = net::ApiClient::newIdempotencyKey();
    e.visitKey = net::ApiClient::newIdempotencyKey();
    e.payload = {{QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("person"),
                               QJsonObject{{QStringLiteral("name"), kName}, {QStringLiteral("address"), kAddress}}}}}};
    return e;
}

} // namespace

TEST_CASE("journal entries come back decrypted, in order, with their idempotency keys", "[kiosk][journal]") {
    KioskFiles files;
    auto journal = files.openJournal();
    const auto first = checkIn(1);
    const auto seq1 = journal->append(first);
    const auto seq2 = journal->append(checkIn(2));
    REQUIRE(seq1);
    REQUIRE(seq2);
    CHECK(*seq1 < *seq2);
    const auto pending = journal->entries(net::JournalEntry::State::Pending);
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].seq == *seq1);
    CHECK(pending[0].identityKey == first.identityKey);
    CHECK(pending[0].visitKey == first.visitKey);
    CHECK(pending[0].boothId == QJsonValue(1));
    CHECK(pending[0].payload == first.payload);
    CHECK(pending[0].recordedAt.isValid());
    CHECK(journal->pendingCount() == 2);
}

TEST_CASE("the journal file holds no plaintext name or address", "[kiosk][journal]") {
    KioskFiles files;
    {
        auto journal = files.openJournal();
        REQUIRE(journal->append(checkIn(1)));
        REQUIRE(journal->append(checkIn(2)));
    }
    QFile file(files.journalFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.size() > 0);
    CHECK(bytes.indexOf(kName.toUtf8()) < 0);
    CHECK(bytes.indexOf("YAMADAHANAKO") < 0);
    CHECK(bytes.indexOf(kAddress.toUtf8()) < 0);
    CHECK(bytes.indexOf(QStringLiteral("山田").toUtf8()) < 0);
    struct stat info {};
    REQUIRE(::stat(files.journalFile().toLocal8Bit().constData(), &info) == 0);
    CHECK((info.st_mode & 0077) == 0);
}

TEST_CASE("pending entries survive a restart of the kiosk", "[kiosk][journal]") {
    KioskFiles files;
    {
        auto journal = files.openJournal();
        REQUIRE(journal->append(checkIn(1)));
        REQUIRE(journal->append(checkIn(2)));
        journal->recordIdentity(1, QStringLiteral("6f1c0a52-0000-4000-8000-000000000001"));
    }
    auto reopened = files.openJournal();
    const auto pending = reopened->entries(net::JournalEntry::State::Pending);
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].identityRecordId == QStringLiteral("6f1c0a52-0000-4000-8000-000000000001"));
    CHECK(pending[0].payload.isEmpty()); // the record exists: the personal fields were erased
    CHECK(pending[1]
              .payload.value(QStringLiteral("identity"))
              .toObject()
              .value(QStringLiteral("person"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == kName);
}

TEST_CASE("a sent entry keeps no personal data and leaves the pending list", "[kiosk][journal]") {
    KioskFiles files;
    auto journal = files.openJournal();
    const auto seq = journal->append(checkIn(1));
    REQUIRE(seq);
    CHECK(journal->markSent(*seq, QStringLiteral("visit-1")));
    CHECK(journal->pendingCount() == 0);
    const auto sent = journal->entry(*seq);
    REQUIRE(sent);
    CHECK(sent->state == net::JournalEntry::State::Sent);
    CHECK(sent->payload.isEmpty());
    CHECK(sent->resultVisitId == QStringLiteral("visit-1"));
}

TEST_CASE("another key cannot read the journal: its entries are set aside, never read as empty", "[kiosk][journal]") {
    KioskFiles files;
    {
        auto journal = files.openJournal();
        REQUIRE(journal->append(checkIn(1)));
    }
    QFile::remove(files.keyFile()); // a new key file is made on the next open
    auto journal = files.openJournal();
    CHECK(journal->entries(net::JournalEntry::State::Pending).isEmpty());
    const auto failed = journal->entries(net::JournalEntry::State::Failed);
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].errorCode == QStringLiteral("undecryptable"));
    CHECK(failed[0].payload.isEmpty());
}

TEST_CASE("the kiosk key file must be readable by its owner only", "[kiosk][journal]") {
    KioskFiles files;
    QString problem;
    REQUIRE(net::loadJournalKeys(files.keyFile(), true, &problem));
    struct stat info {};
    REQUIRE(::stat(files.keyFile().toLocal8Bit().constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    ::chmod(files.keyFile().toLocal8Bit().constData(), 0644);
    CHECK_FALSE(net::loadJournalKeys(files.keyFile(), true, &problem));
    CHECK(problem.contains(QStringLiteral("0644")));
    CHECK(problem.contains(QStringLiteral("0600")));
    ::chmod(files.keyFile().toLocal8Bit().constData(), 0640);
    CHECK_FALSE(net::loadJournalKeys(files.keyFile(), true, &problem));

    ::chmod(files.keyFile().toLocal8Bit().constData(), 0600);
    QFile key(files.keyFile());
    REQUIRE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("not a key\n");
    key.close();
    CHECK_FALSE(net::loadJournalKeys(files.keyFile(), true, &problem));
    CHECK(problem.contains(QStringLiteral("64 hex")));

    const QString link = files.dir.filePath(QStringLiteral("link.key"));
    QFile::link(files.keyFile(), link);
    CHECK_FALSE(net::loadJournalKeys(link, false, &problem));
    CHECK_FALSE(net::loadJournalKeys(files.dir.filePath(QStringLiteral("missing.key")), false, &problem));
}

TEST_CASE("offline, a member card is recognised only by its keyed hash", "[kiosk][journal]") {
    KioskFiles files;
    const QString token = QStringLiteral("kc_secret_token_value_0123456789");
    {
        auto journal = files.openJournal();
        CHECK_FALSE(journal->knownCard(token));
        CHECK(journal->rememberCard(token, QStringLiteral("member-1"), QStringLiteral("record-1")));
    }
    auto journal = files.openJournal();
    const auto known = journal->knownCard(token);
    REQUIRE(known);
    CHECK(known->memberId == QStringLiteral("member-1"));
    CHECK(known->identityRecordId == QStringLiteral("record-1"));
    CHECK_FALSE(journal->knownCard(token + QLatin1Char('x')));
    QFile file(files.journalFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().indexOf(token.toUtf8()) < 0);
}

TEST_CASE("pending journal entries show on the booth map", "[kiosk][journal]") {
    QVector<core::Booth> booths(3);
    for (int i = 0; i < 3; ++i) {
        booths[i].id = QJsonValue(i + 1);
        booths[i].label = QStringLiteral("B0%1").arg(i + 1);
        booths[i].status = QStringLiteral("free");
    }
    core::BoothVisit existing;
    existing.id = QStringLiteral("server-visit");
    booths[2].visit = existing;
    booths[2].status = QStringLiteral("occupied");
    QVector<net::JournalEntry> pending(3);
    pending[0] = checkIn(1);
    pending[0].seq = 10;
    pending[1].kind = net::JournalEntry::Kind::Move;
    pending[1].visitRef = QStringLiteral("journal:10");
    pending[1].boothId = QJsonValue(2);
    pending[2].kind = net::JournalEntry::Kind::Checkout;
    pending[2].visitRef = QStringLiteral("server-visit");
    net::CounterService::applyPending(booths, pending);
    CHECK(booths[0].isFree());
    REQUIRE(booths[1].visit);
    CHECK(booths[1].visit->id == QStringLiteral("journal:10"));
    CHECK(booths[1].visit->pending);
    CHECK_FALSE(booths[2].visit);
}
