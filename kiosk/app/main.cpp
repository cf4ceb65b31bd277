// kiroku-kiosk: wiring only. Reads the settings, opens the offline journal with the kiosk key, builds the API
// client, monitor, counter service and window.
#include "core/ChipReader.h"
#include "core/KioskSettings.h"
#include "core/MrzScanner.h"
#include "net/ApiClient.h"
#include "net/BackendMonitor.h"
#include "net/CounterService.h"
#include "net/JournalKey.h"
#include "net/OfflineJournal.h"
#include "ui/CheckInWizard.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kiroku-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("Kiroku"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kiroku counter kiosk"));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("kiosk .ini file"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption backend(QStringLiteral("backend"), QStringLiteral("backend URL (https://host:port)"),
                                     QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA certificate (PEM) of the backend"),
                                QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("ja (default) or en"),
                                      QStringLiteral("CODE"));
    parser.addOptions({config, backend, ca, language});
    parser.process(app);

    kiroku::kiosk::core::KioskSettings settings;
    QTextStream err(stderr);
    if (parser.isSet(config)) {
        if (const QString problem = settings.loadFrom(parser.value(config)); !problem.isEmpty()) {
            err << "kiroku-kiosk: " << problem << '\n';
            return 78;
        }
    }
    if (parser.isSet(backend)) {
        settings.backendUrl = QUrl(parser.value(backend));
    }
    if (parser.isSet(ca)) {
        settings.caFile = parser.value(ca);
    }
    if (parser.isSet(language)) {
        settings.language = parser.value(language);
    }

    kiroku::kiosk::ui::Language translations;
    if (!translations.use(settings.language)) {
        err << "kiroku-kiosk: unknown language " << settings.language << " (use ja or en)\n";
        return 64;
    }
    // The offline journal and its key: a key file with a wrong mode is refused, a missing one is created (0600).
    if (settings.journalPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        settings.journalPath = dir + QStringLiteral("/journal.sqlite");
    }
    if (settings.keyFile.isEmpty()) {
        settings.keyFile = QFileInfo(settings.journalPath).absolutePath() + QStringLiteral("/journal.key");
    }
    QString problem;
    auto keys = kiroku::kiosk::net::loadJournalKeys(settings.keyFile, true, &problem);
    if (!keys) {
        err << "kiroku-kiosk: " << problem << '\n';
        return 78;
    }
    auto journal = kiroku::kiosk::net::OfflineJournal::open(settings.journalPath, std::move(*keys), &problem);
    if (!journal) {
        err << "kiroku-kiosk: " << problem << '\n';
        return 78;
    }

    kiroku::kiosk::net::ApiClient api(settings.backendUrl, settings.caFile);
    kiroku::kiosk::net::BackendMonitor monitor(api, settings.readinessPollMs);
    kiroku::kiosk::net::CounterService counter(api, journal.get());
    std::unique_ptr<kiroku::kiosk::core::ChipReader> chip;
    if (settings.chipReader) {
        chip = std::make_unique<kiroku::kiosk::core::ChipReader>(settings.readerPrefix);
    }
    kiroku::kiosk::ui::MainWindow window(api, monitor, translations, counter, settings, chip.get());
    std::unique_ptr<kiroku::kiosk::core::MrzScanner> mrz;
    if (!settings.mrzSerialPort.isEmpty()) {
        mrz = std::make_unique<kiroku::kiosk::core::MrzScanner>(settings.mrzSerialPort, settings.mrzBaud);
        window.wizard()->setMrzScanner(mrz.get());
        mrz->start();
    }
    window.show();
    monitor.start();
    return QApplication::exec();
}
