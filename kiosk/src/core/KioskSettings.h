#pragma once

#include "core/CounterRules.h"

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
    QString keyFile;     ///< the journal's 32-byte key (64 hex characters, mode 0600); empty: next to the journal
    int boothPollMs = 3000;
    bool chipReader = true; ///< read license and My Number chips through PC/SC
    QString readerPrefix;   ///< only readers whose name starts with this (empty: any)
    QString mrzSerialPort;  ///< serial passport (MRZ) reader, e.g. /dev/ttyACM0 (empty: none)
    qint32 mrzBaud = 9600;  ///< its speed
    QString printer;        ///< member-card printer name ("default": the system's default; empty: no printing)
    QString printToPdf;     ///< print member cards into this PDF file instead (testing, or a spool folder)
    CounterRules rules;     ///< preview of the store's night hours for minors

    /// Reads `[backend] url, ca_file`, `[kiosk] language, readiness_poll_ms, booth_poll_ms, journal, key_file,
    /// chip_reader (true/false), reader_prefix, mrz_serial_port, mrz_baud, printer, print_to_pdf`,
    /// `[rules] night_start, night_end, minor_age, time_zone` from an .ini file.
    /// Returns an error message naming the key for a bad value, or an empty string.
    [[nodiscard]] QString loadFrom(const QString& iniFile);
};

} // namespace kiroku::kiosk::core
