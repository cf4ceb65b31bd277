#pragma once

#include "devices/parsers/MrzFraming.h"

#include <QObject>
#include <QSerialPort>
#include <QString>
#include <QTimer>

namespace kiroku::kiosk::devices {

/// A passport reader on a serial port (USB-CDC, e.g. /dev/ttyACM0) that sends the machine-readable zone as text
/// lines. Reads on the thread that owns it (QSerialPort is event-driven), cuts the stream into zones (MrzFraming)
/// and emits each one; the MRZ parser checks it. When the port fails (the reader was unplugged) it says so and
/// tries to open it again every `retryMs`, so a replugged reader works without a restart. Nothing throws.
class SerialMrzReader : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString port;       ///< device path or name (/dev/ttyACM0, ttyUSB0)
        qint32 baud = 9600; ///< the reader's speed; 8 data bits, no parity, 1 stop bit
        int quietMs = 300;  ///< a zone whose last line is not ended is taken after this silence
        int retryMs = 2000; ///< reopening after a failure
    };

    explicit SerialMrzReader(Settings settings, QObject* parent = nullptr);
    ~SerialMrzReader() override;

    /// Opens the port. On failure returns false with the reason in `problem` (the system's words: no such port,
    /// permission…) and keeps trying in the background; portOpened() follows when it works.
    bool open(QString* problem = nullptr);
    /// Closes the port and stops retrying.
    void close();
    [[nodiscard]] bool isOpen() const { return m_port.isOpen(); }
    [[nodiscard]] const Settings& settings() const { return m_settings; }

signals:
    /// A zone as the reader sent it: lines joined by LF, spaces and control characters removed.
    void zoneReceived(const QString& zone);
    void portOpened();
    /// The port could not be opened or stopped working (once per failure, not at every retry); `reason` is the
    /// system's description, in English, for logs and for the screen's detail line.
    void portFailed(const QString& reason);

private:
    void readAvailable();
    void takePending();
    void fail(const QString& reason);
    void retry();

    Settings m_settings;
    QSerialPort m_port;
    MrzFraming m_framing;
    QTimer m_quiet;
    QTimer m_retry;
    bool m_wanted = false;
    bool m_failureReported = false;
};

} // namespace kiroku::kiosk::devices
