// Who sees the manager area, what it shows, and how long the kiosk takes to show its login screen.
#include "KioskHarness.h"

#include "ui/HomeScreen.h"
#include "ui/LoginScreen.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>

#include <iostream>

using namespace kiroku::kiosk;
using namespace kiroku::kiosk::test;

TEST_CASE("the manager area is hidden from clerks", "[kiosk][ui][e2e]") {
    Backend backend("clerk");
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    auto* manager = find<QPushButton>(kiosk.window, "managerButton");
    CHECK_FALSE(manager->isVisible());
    // Even a programmatic request does not open it for a clerk.
    emit kiosk.window.homeScreen()->managerAreaRequested();
    CHECK(kiosk.window.currentScreen()->objectName() == QStringLiteral("homeScreen"));
    CHECK(find<QLabel>(kiosk.window, "managerStore")->text().indexOf(QStringLiteral("kiosk-test")) < 0);
}

TEST_CASE("a manager sees the store and what is available at this kiosk now", "[kiosk][ui][e2e]") {
    Backend backend("manager");
    Kiosk kiosk(backend.url(), backend.ca(), nullptr);
    logIn(kiosk, backend.staff);
    auto* manager = find<QPushButton>(kiosk.window, "managerButton");
    REQUIRE(manager->isVisible());
    QTest::mouseClick(manager, Qt::LeftButton);
    REQUIRE(kiosk.window.currentScreen()->objectName() == QStringLiteral("managerScreen"));
    const QString store = find<QLabel>(kiosk.window, "managerStore")->text();
    CHECK(store.contains(QStringLiteral("テスト店 kiosk-test")));
    CHECK(store.contains(QStringLiteral("(code kiosk-test)")));
    CHECK(store.contains(QStringLiteral("(manager)")));
    const QString available = find<QLabel>(kiosk.window, "managerAvailable")->text();
    CHECK(available.contains(QStringLiteral("Booth map")));
    CHECK(available.contains(QStringLiteral("Offline journal")));
    CHECK_FALSE(available.contains(QStringLiteral("coming")));
    QTest::mouseClick(find<QPushButton>(kiosk.window, "managerBackButton"), Qt::LeftButton);
    CHECK(kiosk.window.currentScreen()->objectName() == QStringLiteral("homeScreen"));
    // Logging out forgets the session: the next clerk does not inherit the manager area.
    QTest::mouseClick(find<QPushButton>(kiosk.window, "logoutButton"), Qt::LeftButton);
    CHECK(kiosk.window.currentScreen()->objectName() == QStringLiteral("loginScreen"));
    CHECK(find<QLabel>(kiosk.window, "managerStore")->text().indexOf(QStringLiteral("kiosk-test")) < 0);
}

TEST_CASE("cold start: from constructing the kiosk to the login screen on screen (printed)", "[kiosk][ui][measure]") {
    KioskFiles files;
    QElapsedTimer timer;
    timer.start();
    // What kiroku-kiosk's main does after reading its settings: key file, journal, client, monitor, window.
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("ja")));
    auto journal = files.openJournal();
    net::ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:9")), {});
    net::BackendMonitor monitor(api, 60000);
    net::CounterService counter(api, journal.get());
    core::KioskSettings settings;
    ui::MainWindow window(api, monitor, language, counter, settings);
    const qint64 constructed = timer.elapsed();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const qint64 shown = timer.elapsed();
    CHECK(window.loginScreen()->isVisible());
    std::cout << "[measure] kiosk cold start to login screen: " << shown << " ms (objects built in " << constructed
              << " ms; offscreen platform, fresh journal)\n";
}
