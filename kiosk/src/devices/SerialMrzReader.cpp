#include "devices/SerialMrzReader.h"

namespace kiroku::kiosk::devices {

SerialMrzReader::SerialMrzReader(Settings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)) {
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(m_settings.quietMs);
    m_retry.setSingleShot(true);
    m_retry.setInterval(m_settings.retryMs);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialMrzReader::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // A USB reader that is unplugged gives ResourceError; the port is then useless until reopened.
        if (error == QSerialPort::ResourceError || error == QSerialPort::PermissionError ||
            error == QSerialPort::DeviceNotFoundError) {
            const QString reason = m_port.errorString();
            m_port.close();
            fail(reason);
        }
    });
    connect(&m_quiet, &QTimer::timeout, this, &SerialMrzReader::takePending);
    connect(&m_retry, &QTimer::timeout, this, &SerialMrzReader::retry);
}

SerialMrzReader::~SerialMrzReader() {
    close();
}

bool SerialMrzReader::open(QString* problem) {
    m_wanted = true;
    if (m_port.isOpen()) {
        return true;
    }
    m_port.setPortName(m_settings.port);
    if (!m_port.open(QIODevice::ReadOnly)) {
        const QString message = m_port.errorString();
        if (problem != nullptr) {
            *problem = message;
        }
        fail(message);
        return false;
    }
    // Set after opening: QSerialPort applies these to the open descriptor (termios).
    const bool configured = m_port.setBaudRate(m_settings.baud) && m_port.setDataBits(QSerialPort::Data8) &&
                            m_port.setParity(QSerialPort::NoParity) && m_port.setStopBits(QSerialPort::OneStop) &&
                            m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!configured) {
        const QString message =
            QStringLiteral("%1 baud not accepted: %2").arg(m_settings.baud).arg(m_port.errorString());
        m_port.close();
        if (problem != nullptr) {
            *problem = message;
        }
        fail(message);
        return false;
    }
    m_port.clear(QSerialPort::Input); // what the reader sent before the kiosk listened is no customer's now
    m_failureReported = false;
    emit portOpened();
    return true;
}

void SerialMrzReader::close() {
    m_wanted = false;
    m_retry.stop();
    m_quiet.stop();
    if (m_port.isOpen()) {
        m_port.close();
    }
    (void)m_framing.flush(); // a half-read zone is dropped, never delivered later
}

void SerialMrzReader::readAvailable() {
    const QByteArray bytes = m_port.readAll();
    for (const std::string& zone : m_framing.push(std::string_view(bytes.constData(), bytes.size()))) {
        emit zoneReceived(QString::fromLatin1(zone.data(), static_cast<qsizetype>(zone.size())));
    }
    if (m_framing.pending()) {
        m_quiet.start();
    } else {
        m_quiet.stop();
    }
}

void SerialMrzReader::takePending() {
    if (auto zone = m_framing.flush()) {
        emit zoneReceived(QString::fromLatin1(zone->data(), static_cast<qsizetype>(zone->size())));
    }
}

void SerialMrzReader::fail(const QString& reason) {
    (void)m_framing.flush();
    if (!m_failureReported) { // once per failure, not at every retry
        m_failureReported = true;
        emit portFailed(reason);
    }
    if (m_wanted) {
        m_retry.start();
    }
}

void SerialMrzReader::retry() {
    if (m_wanted && !m_port.isOpen()) {
        (void)open();
    }
}

} // namespace kiroku::kiosk::devices
