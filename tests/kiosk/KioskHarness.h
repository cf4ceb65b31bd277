#pragma once

// Shared set-up of the kiosk tests: a whole kiosk (API client, monitor, offline journal, counter service, main
// window) wired as kiroku-kiosk's main does, and widget helpers for driving it with QTest offscreen.
#include "core/KioskSettings.h"
#include "net/ApiClient.h"
#include "net/BackendMonitor.h"
#include "net/CounterService.h"
#include "net/JournalKey.h"
#include "net/OfflineJournal.h"
#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include "QtCatch.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace kiroku::kiosk::test {

template <typename T> T* find(QWidget& root, const char* name) {
    auto* widget = root.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget != nullptr);
    return widget;
}

template <typename T> T* find(QWidget* root, const char* name) {
    REQUIRE(root != nullptr);
    return find<T>(*root, name);
}

/// Waits (processing events) until `done` holds or the timeout passes.
template <typename F> bool waitUntil(F done, int timeoutMs = 15000) {
    return QTest::qWaitFor(done, timeoutMs);
}

/// A private directory with a fresh kiosk key file (mode 0600) and room for the journal.
struct KioskFiles {
    QTemporaryDir dir;
    QString keyFile() const { return dir.filePath(QStringLiteral("kiosk.key")); }
    QString journalFile() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    /// Opens (creating the key when missing) the journal in this directory.
    std::unique_ptr<net::OfflineJournal> openJournal() const;
};

/// The base URL of a test server.
QUrl urlOf(const kiroku::test::ServerProcess& server);

/// A whole kiosk, wired as in kiroku-kiosk's main.
struct Kiosk {
    /// `journalFiles` null: no offline journal. `chip` null: no card reader.
    Kiosk(const QUrl& url, const QString& caFile, const KioskFiles* journalFiles,
          const QString& language = QStringLiteral("en"), core::ChipReader* chip = nullptr);
    ui::Language language;
    core::KioskSettings settings;
    net::ApiClient api;
    net::BackendMonitor monitor;
    std::unique_ptr<net::OfflineJournal> journal;
    net::CounterService counter;
    ui::MainWindow window;
};

/// A store with booths B01..B04 and a staff member, on a fresh database, served by the real kiroku-server.
struct Backend {
    explicit Backend(const std::string& role = "clerk");
    kiroku::test::TestDatabase db;
    kiroku::test::StaffFixture staff;
    std::unique_ptr<kiroku::test::ServerProcess> server;
    QUrl url() const { return urlOf(*server); }
    QString ca() const { return QString::fromStdString(server->caFile()); }
    /// Starts a new server on the same database (after stop()).
    void restart();
    /// A single number from SQL on the test database.
    long long scalar(const std::string& sql) const;
};

/// Types the credentials into the login screen and waits for the booth map.
void logIn(Kiosk& kiosk, const kiroku::test::StaffFixture& staff);

/// Fills the manual-entry form for a driver's license of an adult, with staff attestation.
void fillAdultLicense(QWidget& entryPage, const QString& name = QStringLiteral("山田 太郎"));

} // namespace kiroku::kiosk::test
