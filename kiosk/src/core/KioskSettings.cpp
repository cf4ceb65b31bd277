#include "core/KioskSettings.h"

#include <QFileInfo>
#include <QSettings>

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
    journalPath = resolve(ini.value(QStringLiteral("kiosk/journal"), journalPath).toString());
    return {};
}

} // namespace kiroku::kiosk::core
