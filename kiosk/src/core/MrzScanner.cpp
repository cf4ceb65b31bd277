#include "core/MrzScanner.h"

#include "devices/SerialMrzReader.h"

namespace kiroku::kiosk::core {

MrzScanner::MrzScanner(const QString& port, qint32 baud, QObject* parent) : QObject(parent) {
    devices::SerialMrzReader::Settings settings;
    settings.port = port;
    settings.baud = baud;
    m_reader = std::make_unique<devices::SerialMrzReader>(settings);
    connect(m_reader.get(), &devices::SerialMrzReader::zoneReceived, this, &MrzScanner::zoneScanned);
    connect(m_reader.get(), &devices::SerialMrzReader::portOpened, this,
            [this] { setStatus(tr("The passport reader on %1 is ready.").arg(this->port())); });
    connect(m_reader.get(), &devices::SerialMrzReader::portFailed, this, [this](const QString& reason) {
        setStatus(tr("The passport reader on %1 does not work (%2). Type the MRZ instead; the kiosk keeps trying.")
                      .arg(this->port(), reason));
    });
}

MrzScanner::~MrzScanner() = default;

void MrzScanner::start() {
    (void)m_reader->open();
}

bool MrzScanner::isOpen() const {
    return m_reader->isOpen();
}

QString MrzScanner::port() const {
    return m_reader->settings().port;
}

void MrzScanner::setStatus(const QString& status) {
    m_status = status;
    emit statusChanged(status);
}

} // namespace kiroku::kiosk::core
