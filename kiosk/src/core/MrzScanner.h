#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace kiroku::kiosk::devices {
class SerialMrzReader;
}

namespace kiroku::kiosk::core {

/// The kiosk's serial passport reader (configured as `mrz/serial_port` and `mrz/baud`): hands each machine-readable
/// zone it sends to the screen that waits for one, and tells staff in words whether the reader works. The zone is
/// checked by the MRZ parser where it is used (CardInput::readMrz); nothing is kept here.
class MrzScanner : public QObject {
    Q_OBJECT
public:
    MrzScanner(const QString& port, qint32 baud, QObject* parent = nullptr);
    ~MrzScanner() override;

    /// Opens the port (and keeps retrying in the background when that fails).
    void start();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString port() const;
    /// The reader's state for staff ("The passport reader on /dev/ttyACM0 is ready.").
    [[nodiscard]] const QString& status() const { return m_status; }

signals:
    /// A zone as the reader sent it (lines joined by LF).
    void zoneScanned(const QString& zone);
    void statusChanged(const QString& status);

private:
    void setStatus(const QString& status);

    std::unique_ptr<devices::SerialMrzReader> m_reader;
    QString m_status;
};

} // namespace kiroku::kiosk::core
