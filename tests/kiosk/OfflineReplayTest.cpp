// The offline journal against the real backend: recorded while it is down, replayed in order exactly once after a
// kiosk restart, on a new server over the same database.
#include "KioskHarness.h"

#include "core/IdentityDraft.h"
#include "net/JournalReplayer.h"
#include "ui/HomeScreen.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

namespace {

QJsonObject identity(const QString& name) {
    core::IdentityDraft d;
    d.startWith(QStringLiteral("drivers_license"), core::ReadMethod::Visual);
    d.name = name;
    d.address = QStringLiteral("東京都新宿区西新宿2-8-1");
    d.dateOfBirth = QDate(1988, 3, 3);
    d.number = QStringLiteral("123456789030");
    d.expiresOn = QDate::currentDate().addYears(2);
    d.staffAttested = true;
    return d.toJson();
}

net::CounterOutcome run(const std::function<void(net::CounterService::Done)>& call) {
    std::optional<net::CounterOutcome> outcome;
    call([&](const net::CounterOutcome& o) { outcome = o; });
    REQUIRE(waitUntil([&] { return outcome.has_value(); }));
    return *outcome;
}

} // namespace

TEST_CASE("check-ins and a check-out recorded offline are replayed in order, exactly once, after a restart",
          "[kiosk][journal][e2e]") {
    Backend backend;
    KioskFiles files;
    auto kiosk = std::make_unique<Kiosk>(backend.url(), backend.ca(), &files);
    logIn(*kiosk, backend.staff);
    REQUIRE(waitUntil([&] { return kiosk->window.homeScreen()->booths().size() == 4; }));
    const QVector<core::Booth> booths = kiosk->window.homeScreen()->booths();

    REQUIRE(backend.server->stop() == 0);
    qint64 firstSeq = 0;
    for (int i = 0; i < 3; ++i) {
        const auto outcome = run([&](net::CounterService::Done done) {
            kiosk->counter.checkIn(identity(QStringLiteral("オフライン 客%1").arg(i + 1)), booths[i],
                                   std::make_shared<net::CheckInAttempt>(), done);
        });
        REQUIRE(outcome.status == net::CounterOutcome::Status::Queued);
        firstSeq = i == 0 ? outcome.journalSeq : firstSeq;
    }
    // The first customer leaves before the server is back: the check-out refers to the journal's visit.
    const auto checkout = run([&](net::CounterService::Done done) {
        kiosk->counter.checkout(QStringLiteral("journal:%1").arg(firstSeq), net::ApiClient::newIdempotencyKey(), done);
    });
    REQUIRE(checkout.status == net::CounterOutcome::Status::Queued);
    CHECK(kiosk->counter.pendingCount() == 4);
    kiosk->window.homeScreen()->refresh();
    REQUIRE(waitUntil([&] {
        return find<QLabel>(kiosk->window, "mapFreshness")
            ->text()
            .startsWith(QStringLiteral("Booths could not be updated"));
    }));
    CHECK(find<QPushButton>(kiosk->window, "booth_B02")->text().contains(QStringLiteral("not yet sent")));
    CHECK(find<QPushButton>(kiosk->window, "booth_B01")->text().endsWith(QStringLiteral("Free")));

    kiosk.reset(); // the kiosk restarts
    backend.restart();
    CHECK(backend.scalar("SELECT count(*) FROM visits") == 0);

    kiosk = std::make_unique<Kiosk>(backend.url(), backend.ca(), &files);
    CHECK(kiosk->counter.pendingCount() == 4);
    logIn(*kiosk, backend.staff); // a session is needed; login starts the replay
    REQUIRE(
        waitUntil([&] { return kiosk->counter.pendingCount() == 0 && !kiosk->counter.replayer()->running(); }, 30000));
    CHECK(kiosk->counter.failedCount() == 0);
    CHECK(backend.scalar("SELECT count(*) FROM visits") == 3);
    CHECK(backend.scalar("SELECT count(*) FROM identity_records") == 3);
    CHECK(backend.scalar("SELECT count(*) FROM visits WHERE ended_at IS NOT NULL") == 1);
    // Replayed in the order recorded: the first check-in started first and is the one that ended.
    CHECK(backend.scalar("SELECT count(*) FROM visits v JOIN visit_segments s ON s.visit_id = v.id "
                         "JOIN booths b ON b.id = s.booth_id WHERE b.label = 'B01' AND v.ended_at IS NOT NULL") == 1);
    CHECK(
        backend.scalar("SELECT count(*) FROM (SELECT v.started_at, lag(v.started_at) OVER (ORDER BY b.label) AS prev "
                       "FROM visits v JOIN visit_segments s ON s.visit_id = v.id JOIN booths b ON b.id = s.booth_id) t "
                       "WHERE prev IS NOT NULL AND started_at < prev") == 0);

    // A crash after a check-in was sent but before the journal noted it: the entry goes out again with its keys,
    // once after the record was noted (only the visit is resent), once before (the whole check-in is resent).
    const auto sent = kiosk->journal->entries(net::JournalEntry::State::Sent);
    REQUIRE(sent.size() == 4);
    net::JournalEntry visitAgain = sent[1];
    visitAgain.payload = {};
    REQUIRE(kiosk->journal->append(visitAgain));
    net::JournalEntry checkInAgain = sent[1];
    checkInAgain.identityRecordId.clear();
    checkInAgain.payload = {{QStringLiteral("identity"), identity(QStringLiteral("オフライン 客2"))}};
    REQUIRE(kiosk->journal->append(checkInAgain));
    kiosk->counter.replayJournal();
    REQUIRE(waitUntil([&] { return kiosk->counter.pendingCount() == 0 && !kiosk->counter.replayer()->running(); }));
    CHECK(kiosk->counter.failedCount() == 0);
    const auto resent = kiosk->journal->entries(net::JournalEntry::State::Sent);
    REQUIRE(resent.size() == 6);
    CHECK(resent[4].resultVisitId == sent[1].resultVisitId); // the backend answered with the first visit
    CHECK(resent[5].resultVisitId == sent[1].resultVisitId);
    CHECK(backend.scalar("SELECT count(*) FROM visits") == 3);
    CHECK(backend.scalar("SELECT count(*) FROM identity_records") == 3);
}

TEST_CASE("a journal entry the backend refuses is set aside for a manager and the replay goes on",
          "[kiosk][journal][e2e]") {
    Backend backend("manager");
    KioskFiles files;
    auto kiosk = std::make_unique<Kiosk>(backend.url(), backend.ca(), &files);
    logIn(*kiosk, backend.staff);
    REQUIRE(waitUntil([&] { return kiosk->window.homeScreen()->booths().size() == 4; }));
    const QVector<core::Booth> booths = kiosk->window.homeScreen()->booths();
    backend.server->stop();
    // Two offline check-ins to the same booth (from two kiosks' worth of confusion): the second cannot be done.
    for (const auto& [name, booth] :
         {std::pair{QStringLiteral("同席 客1"), booths[0]}, std::pair{QStringLiteral("同席 客2"), booths[0]},
          std::pair{QStringLiteral("別席 客"), booths[1]}}) {
        const auto o = run([&](net::CounterService::Done done) {
            kiosk->counter.checkIn(identity(name), booth, std::make_shared<net::CheckInAttempt>(), done);
        });
        REQUIRE(o.status == net::CounterOutcome::Status::Queued);
    }
    kiosk.reset();
    backend.restart();
    kiosk = std::make_unique<Kiosk>(backend.url(), backend.ca(), &files);
    logIn(*kiosk, backend.staff);
    REQUIRE(
        waitUntil([&] { return kiosk->counter.pendingCount() == 0 && !kiosk->counter.replayer()->running(); }, 30000));
    CHECK(backend.scalar("SELECT count(*) FROM visits") == 2);
    const auto failed = kiosk->journal->entries(net::JournalEntry::State::Failed);
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].boothLabel == QStringLiteral("B01"));
    CHECK(failed[0].errorCode == QStringLiteral("booth_occupied"));
    CHECK(find<QLabel>(kiosk->window, "journalStatus")->text() == QStringLiteral("1 refused, see Manager"));

    QTest::mouseClick(find<QPushButton>(kiosk->window, "managerButton"), Qt::LeftButton);
    auto* list = find<QListWidget>(kiosk->window, "failedEntries");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("B01")));
    list->setCurrentRow(0);
    QTest::mouseClick(find<QPushButton>(kiosk->window, "discardEntryButton"), Qt::LeftButton);
    CHECK(list->count() == 0);
    CHECK(kiosk->counter.failedCount() == 0);
    CHECK(find<QLabel>(kiosk->window, "journalStatus")->text().isEmpty());
}

TEST_CASE("a member visit recorded offline starts, once replayed, at the time it was recorded",
          "[kiosk][journal][e2e]") {
    Backend backend;
    KioskFiles files;
    auto kiosk = std::make_unique<Kiosk>(backend.url(), backend.ca(), &files);
    logIn(*kiosk, backend.staff);
    REQUIRE(waitUntil([&] { return kiosk->window.homeScreen()->booths().size() == 4; }));
    const QVector<core::Booth> booths = kiosk->window.homeScreen()->booths();

    // Online first: a check-in, a member card for it, and the check-out.
    auto attempt = std::make_shared<net::CheckInAttempt>();
    const auto first = run([&](net::CounterService::Done done) {
        kiosk->counter.checkIn(identity(QStringLiteral("会員 客")), booths[0], attempt, done);
    });
    REQUIRE(first.status == net::CounterOutcome::Status::Done);
    QString token;
    kiosk->counter.issueMemberCard(attempt->identityRecordId, [&](const net::ApiResult&, const net::ApiResult& card) {
        token = card.body.value(QStringLiteral("token")).toString();
    });
    REQUIRE(waitUntil([&] { return !token.isEmpty(); }));
    const auto left = run([&](net::CounterService::Done done) {
        kiosk->counter.checkout(first.result.body.value(QStringLiteral("id")).toString(),
                                net::ApiClient::newIdempotencyKey(), done);
    });
    REQUIRE(left.status == net::CounterOutcome::Status::Done);

    // Offline: the member comes back; the visit is replayed two seconds later.
    REQUIRE(backend.server->stop() == 0);
    const auto offline = run([&](net::CounterService::Done done) {
        kiosk->counter.memberVisit(token, booths[1], net::ApiClient::newIdempotencyKey(), done);
    });
    REQUIRE(offline.status == net::CounterOutcome::Status::Queued);
    const QDateTime recordedAt = kiosk->journal->entries(net::JournalEntry::State::Pending).first().recordedAt;
    QTest::qWait(2000);
    kiosk.reset();
    backend.restart(); // on a new port: the kiosk starts again with it, and login starts the replay
    kiosk = std::make_unique<Kiosk>(backend.url(), backend.ca(), &files);
    logIn(*kiosk, backend.staff);
    REQUIRE(
        waitUntil([&] { return kiosk->counter.pendingCount() == 0 && !kiosk->counter.replayer()->running(); }, 30000));
    CHECK(kiosk->counter.failedCount() == 0);
    const long long startedUs = backend.scalar(
        "SELECT (extract(epoch FROM started_at) * 1000000)::bigint FROM visits WHERE member_id IS NOT NULL");
    const long long segmentUs = backend.scalar(
        "SELECT (extract(epoch FROM s.started_at) * 1000000)::bigint FROM visit_segments s JOIN visits v "
        "ON v.id = s.visit_id WHERE v.member_id IS NOT NULL");
    CHECK(startedUs / 1000 == recordedAt.toMSecsSinceEpoch());
    CHECK(segmentUs == startedUs);
}
