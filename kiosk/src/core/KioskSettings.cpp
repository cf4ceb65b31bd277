#include "core/KioskSettings.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <iterator>
#include <utility>

namespace kiroku::kiosk::core {

QString KioskSettings::loadFrom(const QString& iniFile) {
    if (!QFileInfo::exists(iniFile)) {
        return QStringLiteral("configuration file not found: %1").arg(iniFile);
    }
    QSettings ini(iniFile, QSettings::IniFormat);
    const QString base = QFileInfo(iniFile).absolutePath();
    const auto resolve = [&](const QString& path) {
        return path.isEmpty() || QFileInfo(path).isAbsolute() ? path : base + QLatin1Char('/') + path;
    };
    if (ini.contains(QStringLiteral("backend/url"))) {
        const QUrl url(ini.value(QStringLiteral("backend/url")).toString());
        if (!url.isValid() || url.scheme() != QLatin1String("https")) {
            return QStringLiteral("backend/url must be an https:// URL");
        }
        backendUrl = url;
    }
    caFile = resolve(ini.value(QStringLiteral("backend/ca_file"), caFile).toString());
    language = ini.value(QStringLiteral("kiosk/language"), language).toString();
    if (language != QLatin1String("ja") && language != QLatin1String("en")) {
        return QStringLiteral("kiosk/language must be ja or en");
    }
    bool ok = true;
    readinessPollMs = ini.value(QStringLiteral("kiosk/readiness_poll_ms"), readinessPollMs).toInt(&ok);
    if (!ok || readinessPollMs < 200) {
        return QStringLiteral("kiosk/readiness_poll_ms must be a whole number of at least 200");
    }
    boothPollMs = ini.value(QStringLiteral("kiosk/booth_poll_ms"), boothPollMs).toInt(&ok);
    if (!ok || boothPollMs < 500) {
        return QStringLiteral("kiosk/booth_poll_ms must be a whole number of at least 500");
    }
    journalPath = resolve(ini.value(QStringLiteral("kiosk/journal"), journalPath).toString());
    keyFile = resolve(ini.value(QStringLiteral("kiosk/key_file"), keyFile).toString());
    const QString chip = ini.value(QStringLiteral("kiosk/chip_reader"), QStringLiteral("true")).toString();
    if (chip != QLatin1String("true") && chip != QLatin1String("false")) {
        return QStringLiteral("kiosk/chip_reader must be true or false");
    }
    chipReader = chip == QLatin1String("true");
    readerPrefix = ini.value(QStringLiteral("kiosk/reader_prefix"), readerPrefix).toString();
    printer = ini.value(QStringLiteral("kiosk/printer"), printer).toString();
    printToPdf = resolve(ini.value(QStringLiteral("kiosk/print_to_pdf"), printToPdf).toString());
    mrzSerialPort = ini.value(QStringLiteral("kiosk/mrz_serial_port"), mrzSerialPort).toString();
    mrzBaud = ini.value(QStringLiteral("kiosk/mrz_baud"), mrzBaud).toInt(&ok);
    static constexpr int kBauds[] = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
    if (!ok || std::find(std::begin(kBauds), std::end(kBauds), mrzBaud) == std::end(kBauds)) {
        return QStringLiteral("kiosk/mrz_baud must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200");
    }
    for (const auto& [key, target] :
         {std::pair{"rules/night_start", &rules.nightStart}, std::pair{"rules/night_end", &rules.nightEnd}}) {
        if (ini.contains(QLatin1String(key))) {
            const QTime t = QTime::fromString(ini.value(QLatin1String(key)).toString(), QStringLiteral("HH:mm"));
            if (!t.isValid()) {
                return QStringLiteral("%1 must be a time HH:MM").arg(QLatin1String(key));
            }
            *target = t;
        }
    }
    rules.minorAge = ini.value(QStringLiteral("rules/minor_age"), rules.minorAge).toInt(&ok);
    if (!ok || rules.minorAge < 0 || rules.minorAge > 30) {
        return QStringLiteral("rules/minor_age must be a whole number from 0 to 30");
    }
    if (ini.contains(QStringLiteral("rules/time_zone"))) {
        const QTimeZone zone(ini.value(QStringLiteral("rules/time_zone")).toString().toUtf8());
        if (!zone.isValid()) {
            return QStringLiteral("rules/time_zone must be an IANA time zone such as Asia/Tokyo");
        }
        rules.zone = zone;
    }
    return {};
}

} // namespace kiroku::kiosk::core
