// kiroku-kiosk: wiring only. Reads the settings, builds the API client, monitor and window.
#include "core/KioskSettings.h"
#include "net/ApiClient.h"
#include "net/BackendMonitor.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kiroku-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("Kiroku"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kiroku counter kiosk"));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("kiosk .ini file"), QStringLiteral("FILE"));
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
    kiroku::kiosk::net::ApiClient api(settings.backendUrl, settings.caFile);
    kiroku::kiosk::net::BackendMonitor monitor(api, settings.readinessPollMs);
    kiroku::kiosk::ui::MainWindow window(api, monitor, translations);
    window.show();
    monitor.start();
    return QApplication::exec();
}
