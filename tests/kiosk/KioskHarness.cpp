#include "KioskHarness.h"

#include <pqxx/pqxx>

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

namespace kiroku::kiosk::test {

std::unique_ptr<net::OfflineJournal> KioskFiles::openJournal() const {
    QString problem;
    auto keys = net::loadJournalKeys(keyFile(), true, &problem);
    INFO(problem.toStdString());
    REQUIRE(keys.has_value());
    auto journal = net::OfflineJournal::open(journalFile(), std::move(*keys), &problem);
    INFO(problem.toStdString());
    REQUIRE(journal != nullptr);
    return journal;
}

QUrl urlOf(const kiroku::test::ServerProcess& server) {
    return QUrl(QStringLiteral("https://localhost:%1").arg(server.port()));
}

namespace {
core::KioskSettings fastSettings() {
    core::KioskSettings s;
    s.boothPollMs = 500;
    return s;
}
} // namespace

Kiosk::Kiosk(const QUrl& url, const QString& caFile, const KioskFiles* journalFiles, const QString& code,
             core::ChipReader* chip)
    : settings(fastSettings()), api(url, caFile), monitor(api, 60000),
      journal(journalFiles != nullptr ? journalFiles->openJournal() : nullptr), counter(api, journal.get()),
      window(api, monitor, language, counter, settings, chip) {
    REQUIRE(language.use(code));
    api.setTimeoutMs(3000);
}

Backend::Backend(const std::string& role)
    : db(kiroku::test::TestDatabase::migrated()), staff(kiroku::test::createStaff(db, "kiosk-test", "staff1", role, 4)),
      server(std::make_unique<kiroku::test::ServerProcess>(db.dsn())) {}

void Backend::restart() {
    server.reset();
    server = std::make_unique<kiroku::test::ServerProcess>(db.dsn());
}

long long Backend::scalar(const std::string& sql) const {
    auto connection = db.connect();
    pqxx::nontransaction tx(*connection);
    return tx.exec1(sql)[0].as<long long>();
}

void logIn(Kiosk& kiosk, const kiroku::test::StaffFixture& staff) {
    kiosk.window.show();
    find<QLineEdit>(kiosk.window, "loginField")->setText(QString::fromStdString(staff.login));
    find<QLineEdit>(kiosk.window, "passwordField")->setText(QString::fromStdString(staff.password));
    QTest::mouseClick(find<QPushButton>(kiosk.window, "loginButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return kiosk.window.currentScreen()->objectName() == QStringLiteral("homeScreen"); }));
}

void fillAdultLicense(QWidget& page, const QString& name) {
    find<QLineEdit>(page, "nameField")->setText(name);
    find<QLineEdit>(page, "kanaField")->setText(QStringLiteral("ヤマダ タロウ"));
    find<QLineEdit>(page, "addressField")->setText(QStringLiteral("東京都新宿区西新宿2-8-1"));
    find<QLineEdit>(page, "birthField")->setText(QStringLiteral("1990-04-01"));
    find<QLineEdit>(page, "numberField")->setText(QStringLiteral("123456789030"));
    find<QLineEdit>(page, "expiresField")->setText(QDate::currentDate().addYears(2).toString(Qt::ISODate));
    find<QCheckBox>(page, "attestationCheck")->setChecked(true);
}

} // namespace kiroku::kiosk::test
