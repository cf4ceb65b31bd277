// The booth map: drawn from GET /v1/booths, refreshed by polling; check-out, move and status marks from it.
#include "KioskHarness.h"

#include "core/IdentityDraft.h"
#include "ui/BoothGrid.h"
#include "ui/HomeScreen.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSet>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

namespace {

QJsonObject adultIdentity(const QString& name) {
    core::IdentityDraft d;
    d.startWith(QStringLiteral("drivers_license"), core::ReadMethod::Visual);
    d.name = name;
    d.address = QStringLiteral("東京都新宿区西新宿2-8-1");
    d.dateOfBirth = QDate(1990, 4, 1);
    d.number = QStringLiteral("123456789030");
    d.expiresOn = QDate::currentDate().addYears(2);
    d.staffAttested = true;
    return d.toJson();
}

/// Checks a customer in through the counter service (as another kiosk would) and waits for the answer.
QString checkInThroughApi(net::CounterService& counter, const core::Booth& booth, const QString& name) {
    QString visitId;
    bool done = false;
    counter.checkIn(
        adultIdentity(name), booth, std::make_shared<net::CheckInAttempt>(), [&](const net::CounterOutcome& outcome) {
            INFO(outcome.result.errorCode.toStdString() << " " << outcome.result.errorMessage.toStdString());
            CHECK(outcome.status == net::CounterOutcome::Status::Done);
            visitId = outcome.result.body.value(QStringLiteral("id")).toString();
            done = true;
        });
    REQUIRE(waitUntil([&] { return done; }));
    return visitId;
}

core::Booth boothLabelled(ui::HomeScreen& home, const QString& label) {
    for (const auto& b : home.booths()) {
        if (b.label == label) {
            return b;
        }
    }
    FAIL("no booth " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("the booth map draws each booth with its status, time in booth and minor flag", "[kiosk][ui]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime started = now.addSecs(-(65 * 60 + 10));
    const QDateTime leave = now.addSecs(3 * 3600);
    const QJsonObject body{
        {QStringLiteral("booths"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), 1},
                         {QStringLiteral("label"), QStringLiteral("A01")},
                         {QStringLiteral("status"), QStringLiteral("free")},
                         {QStringLiteral("terminal"),
                          QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("number"), QStringLiteral("PC-01")}}}},
             QJsonObject{{QStringLiteral("id"), 2},
                         {QStringLiteral("label"), QStringLiteral("A02")},
                         {QStringLiteral("status"), QStringLiteral("occupied")},
                         {QStringLiteral("visit"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("v-1")},
                                      {QStringLiteral("started_at"), started.toString(Qt::ISODate)},
                                      {QStringLiteral("minor"), true},
                                      {QStringLiteral("minor_must_leave_at"), leave.toString(Qt::ISODate)}}}},
             QJsonObject{{QStringLiteral("id"), 3},
                         {QStringLiteral("label"), QStringLiteral("A03")},
                         {QStringLiteral("status"), QStringLiteral("cleaning")}},
             QJsonObject{{QStringLiteral("id"), 4},
                         {QStringLiteral("label"), QStringLiteral("A04")},
                         {QStringLiteral("status"), QStringLiteral("out_of_service")}}}}};
    ui::BoothGrid grid;
    grid.setBooths(core::Booths::parse(body), now);
    grid.show();
    CHECK(grid.shownCount() == 4);
    CHECK(find<QPushButton>(grid, "booth_A01")->text() == QStringLiteral("A01 · terminal PC-01\nFree"));
    const QString a02 = find<QPushButton>(grid, "booth_A02")->text();
    CHECK(a02.contains(QStringLiteral("In use · 1:05")));
    CHECK(a02.contains(QStringLiteral("MINOR · leave by ") +
                       leave.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).toString(QStringLiteral("HH:mm"))));
    CHECK(find<QPushButton>(grid, "booth_A03")->text().contains(QStringLiteral("Cleaning")));
    CHECK(find<QPushButton>(grid, "booth_A04")->text().contains(QStringLiteral("Out of service")));
    // Each status has its own colour.
    QSet<QString> styles;
    for (const char* name : {"booth_A01", "booth_A02", "booth_A03", "booth_A04"}) {
        styles.insert(find<QPushButton>(grid, name)->styleSheet());
    }
    CHECK(styles.size() == 4);
    // A free-booth picker shows only A01.
    ui::BoothGrid picker;
    picker.setFilter([](const core::Booth& b) { return b.isFree(); });
    picker.setBooths(core::Booths::parse(body), now);
    CHECK(picker.shownCount() == 1);
}

TEST_CASE("after login the map shows the store's booths, marks them cleaning or free, and shows new visits",
          "[kiosk][ui][e2e]") {
    Backend backend;
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    QWidget& w = kiosk.window;
    REQUIRE(waitUntil([&] { return w.findChild<QPushButton*>(QStringLiteral("booth_B04")) != nullptr; }));
    for (const char* name : {"booth_B01", "booth_B02", "booth_B03", "booth_B04"}) {
        CHECK(find<QPushButton>(w, name)->text().endsWith(QStringLiteral("Free")));
    }
    CHECK_FALSE(find<QPushButton>(w, "managerButton")->isVisible()); // a clerk

    QTest::mouseClick(find<QPushButton>(w, "booth_B02"), Qt::LeftButton);
    CHECK(find<QLabel>(w, "selectedBooth")->text() == QStringLiteral("B02"));
    CHECK(find<QPushButton>(w, "checkInHereButton")->isEnabled());
    CHECK_FALSE(find<QPushButton>(w, "checkoutButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>(w, "cleaningButton"), Qt::LeftButton);
    CHECK(waitUntil([&] { return find<QPushButton>(w, "booth_B02")->text().endsWith(QStringLiteral("Cleaning")); }));
    CHECK(backend.scalar("SELECT count(*) FROM booths WHERE label = 'B02' AND status = 'cleaning'") == 1);
    QTest::mouseClick(find<QPushButton>(w, "freeButton"), Qt::LeftButton);
    CHECK(waitUntil([&] { return find<QPushButton>(w, "booth_B02")->text().endsWith(QStringLiteral("Free")); }));

    // A check-in made elsewhere appears with the next poll.
    checkInThroughApi(kiosk.counter, boothLabelled(*kiosk.window.homeScreen(), QStringLiteral("B03")),
                      QStringLiteral("佐藤 一郎"));
    CHECK(
        waitUntil([&] { return find<QPushButton>(w, "booth_B03")->text().contains(QStringLiteral("In use · 0:0")); }));
    QTest::mouseClick(find<QPushButton>(w, "booth_B03"), Qt::LeftButton);
    CHECK_FALSE(find<QPushButton>(w, "cleaningButton")->isEnabled()); // not while occupied
    CHECK(find<QLabel>(w, "selectedDetails")->text().contains(QStringLiteral("In since")));
}

TEST_CASE("check-out from the booth map asks first and shows the visit's times", "[kiosk][ui][e2e]") {
    Backend backend;
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    QWidget& w = kiosk.window;
    REQUIRE(waitUntil([&] { return w.findChild<QPushButton*>(QStringLiteral("booth_B01")) != nullptr; }));
    checkInThroughApi(kiosk.counter, boothLabelled(*kiosk.window.homeScreen(), QStringLiteral("B01")),
                      QStringLiteral("鈴木 次郎"));
    REQUIRE(waitUntil([&] { return find<QPushButton>(w, "booth_B01")->text().contains(QStringLiteral("In use")); }));
    QTest::mouseClick(find<QPushButton>(w, "booth_B01"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(w, "checkoutButton"), Qt::LeftButton);
    CHECK(find<QWidget>(w, "confirmPanel")->isVisible());
    CHECK(find<QLabel>(w, "confirmText")->text().startsWith(QStringLiteral("Check out B01? In since ")));
    CHECK(backend.scalar("SELECT count(*) FROM visits WHERE ended_at IS NULL") == 1); // nothing before confirming
    QTest::mouseClick(find<QPushButton>(w, "confirmButton"), Qt::LeftButton);
    auto* message = find<QLabel>(w, "mapMessage");
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("B01 checked out: ")); }));
    CHECK(message->text().contains(QStringLiteral("(0:00)")));
    CHECK(backend.scalar("SELECT count(*) FROM visits WHERE ended_at IS NOT NULL") == 1);
    CHECK(waitUntil([&] { return !find<QPushButton>(w, "booth_B01")->text().contains(QStringLiteral("In use")); }));
}

TEST_CASE("a visit is moved by tapping Move, then the free destination booth", "[kiosk][ui][e2e]") {
    Backend backend;
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    QWidget& w = kiosk.window;
    REQUIRE(waitUntil([&] { return w.findChild<QPushButton*>(QStringLiteral("booth_B04")) != nullptr; }));
    checkInThroughApi(kiosk.counter, boothLabelled(*kiosk.window.homeScreen(), QStringLiteral("B01")),
                      QStringLiteral("高橋 三郎"));
    checkInThroughApi(kiosk.counter, boothLabelled(*kiosk.window.homeScreen(), QStringLiteral("B02")),
                      QStringLiteral("田中 四郎"));
    REQUIRE(waitUntil([&] { return find<QPushButton>(w, "booth_B02")->text().contains(QStringLiteral("In use")); }));
    QTest::mouseClick(find<QPushButton>(w, "booth_B01"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(w, "moveButton"), Qt::LeftButton);
    CHECK(find<QLabel>(w, "confirmText")->text().startsWith(QStringLiteral("Move B01 (in since ")));
    QTest::mouseClick(find<QPushButton>(w, "booth_B02"), Qt::LeftButton); // occupied: refused on the spot
    CHECK(find<QLabel>(w, "mapMessage")->text() == QStringLiteral("B02 is not free. Tap a free (green) booth."));
    QTest::mouseClick(find<QPushButton>(w, "booth_B04"), Qt::LeftButton);
    auto* message = find<QLabel>(w, "mapMessage");
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Moved from B01 to B04 at ")); }));
    CHECK(waitUntil([&] { return find<QPushButton>(w, "booth_B04")->text().contains(QStringLiteral("In use")); }));
    CHECK(backend.scalar("SELECT count(*) FROM visit_segments") == 3);
    CHECK(backend.scalar("SELECT count(*) FROM visit_segments WHERE ended_at IS NULL") == 2);
}
