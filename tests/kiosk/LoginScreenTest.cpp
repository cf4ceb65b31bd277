#include "ui/LoginScreen.h"
#include "net/ApiClient.h"
#include "net/BackendMonitor.h"
#include "net/CounterService.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include "QtCatch.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kiroku::kiosk;

namespace {

template <typename T> T* find(QWidget& root, const char* name) {
    auto* widget = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

/// Waits (processing events) until `done` holds or the timeout passes.
template <typename F> bool waitUntil(F done, int timeoutMs = 10000) {
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace

TEST_CASE("the kiosk starts on the staff login screen, in Japanese", "[kiosk][ui]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("ja")));
    net::ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:9")), {});
    net::BackendMonitor monitor(api, 60000);
    net::CounterService counter(api, nullptr);
    ui::MainWindow window(api, monitor, language, counter, core::KioskSettings{});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* login = find<QWidget>(window, "loginScreen");
    CHECK(login->isVisible());
    CHECK(find<QLabel>(window, "loginTitle")->text() == QStringLiteral("スタッフログイン"));
    CHECK(find<QPushButton>(window, "loginButton")->text() == QStringLiteral("ログイン"));
    CHECK(find<QLineEdit>(window, "passwordField")->echoMode() == QLineEdit::Password);
    CHECK(window.width() >= 1280);
    CHECK(window.height() >= 800);
}

TEST_CASE("staff can switch the kiosk to English and back at run time", "[kiosk][ui]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("ja")));
    net::ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:9")), {});
    net::BackendMonitor monitor(api, 60000);
    net::CounterService counter(api, nullptr);
    ui::MainWindow window(api, monitor, language, counter, core::KioskSettings{});
    window.show();
    auto* languageButton = find<QPushButton>(window, "languageButton");
    CHECK(languageButton->text() == QStringLiteral("English"));
    auto* title = find<QLabel>(window, "loginTitle");
    QTest::mouseClick(languageButton, Qt::LeftButton);
    CHECK(language.current() == QStringLiteral("en"));
    // The language-change event reaches the widgets through the event loop.
    CHECK(waitUntil([&] { return title->text() == QStringLiteral("Staff login"); }));
    CHECK(languageButton->text() == QStringLiteral("日本語"));
    QTest::mouseClick(languageButton, Qt::LeftButton);
    CHECK(waitUntil([&] { return title->text() == QStringLiteral("スタッフログイン"); }));
    CHECK(languageButton->text() == QStringLiteral("English"));
}

TEST_CASE("the status line says when the backend cannot be reached", "[kiosk][ui]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    // Port 9 (discard) on loopback: nothing listens there.
    net::ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:9")), {});
    net::BackendMonitor monitor(api, 60000);
    net::CounterService counter(api, nullptr);
    ui::MainWindow window(api, monitor, language, counter, core::KioskSettings{});
    window.show();
    monitor.start();
    auto* status = find<QLabel>(window, "backendStatus");
    CHECK(waitUntil([&] { return status->text().startsWith(QStringLiteral("Server unreachable")); }));
}

TEST_CASE("the status line shows the real backend ready over verified HTTPS", "[kiosk][ui][e2e]") {
    auto db = kiroku::test::TestDatabase::migrated();
    kiroku::test::ServerProcess server(db.dsn());
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("ja")));
    net::ApiClient api(QUrl(QStringLiteral("https://localhost:%1").arg(server.port())),
                       QString::fromStdString(server.caFile()));
    net::BackendMonitor monitor(api, 60000);
    net::CounterService counter(api, nullptr);
    ui::MainWindow window(api, monitor, language, counter, core::KioskSettings{});
    window.show();
    monitor.start();
    auto* status = find<QLabel>(window, "backendStatus");
    CHECK(waitUntil([&] { return status->text().startsWith(QStringLiteral("サーバー準備完了")); }));
    CHECK(monitor.state() == net::BackendMonitor::State::Ready);
}

TEST_CASE("an untrusted server certificate is never accepted", "[kiosk][ui][e2e]") {
    auto db = kiroku::test::TestDatabase::migrated();
    kiroku::test::ServerProcess server(db.dsn());
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    // No CA configured: the system store does not know our development CA.
    net::ApiClient api(QUrl(QStringLiteral("https://localhost:%1").arg(server.port())), {});
    net::BackendMonitor monitor(api, 60000);
    net::CounterService counter(api, nullptr);
    ui::MainWindow window(api, monitor, language, counter, core::KioskSettings{});
    monitor.start();
    CHECK(waitUntil([&] { return monitor.state() == net::BackendMonitor::State::Unreachable; }));
}

TEST_CASE("the login screen asks for both fields before calling the backend", "[kiosk][ui]") {
    ui::Language language;
    REQUIRE(language.use(QStringLiteral("en")));
    net::ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:9")), {});
    ui::LoginScreen screen(api);
    screen.show();
    QSignalSpy loggedIn(&screen, &ui::LoginScreen::loggedIn);
    QTest::mouseClick(find<QPushButton>(screen, "loginButton"), Qt::LeftButton);
    CHECK(find<QLabel>(screen, "loginMessage")->text() == QStringLiteral("Enter your staff ID and password."));
    CHECK(loggedIn.isEmpty());
}
