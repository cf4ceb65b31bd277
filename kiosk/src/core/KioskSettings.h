#pragma once

#include <QString>
#include <QUrl>

namespace kiroku::kiosk::core {

/// Where the kiosk finds its backend and how it trusts it; read from an .ini file
/// (`--config FILE`) and overridable from the command line.
struct KioskSettings {
    QUrl backendUrl{QStringLiteral("https://127.0.0.1:8443")};
    QString caFile;                          ///< PEM of the CA that signed the backend's certificate
    QString language = QStringLiteral("ja"); ///< "ja" (default) or "en"
    int readinessPollMs = 5000;
    QString journalPath; ///< offline journal (SQLite); empty: the user's data directory

    /// Reads `[backend] url, ca_file`, `[kiosk] language, readiness_poll_ms, journal` from an .ini file.
    /// Returns an error message naming the key for a bad value, or an empty string.
    [[nodiscard]] QString loadFrom(const QString& iniFile);
};

} // namespace kiroku::kiosk::core
