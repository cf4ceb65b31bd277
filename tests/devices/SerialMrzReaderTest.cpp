// The serial passport reader: the framing of its byte stream, and the real QSerialPort reading from a pseudo-terminal
// the test writes to as a USB-CDC MRZ reader would.
#include "devices/SerialMrzReader.h"
#include "devices/parsers/Mrz.h"
#include "devices/parsers/MrzFraming.h"
#include "support/PseudoTerminal.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace kiroku::kiosk::devices;
using kiroku::kiosk::devices::test::PseudoTerminal;

namespace {

const std::string kLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
const std::string kTd1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
                         "7408122F1204159UTO<<<<<<<<<<<6\n"
                         "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

QCoreApplication& application() {
    static int argc = 1;
    static char name[] = "kiroku_device_tests";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QCoreApplication> app =
        QCoreApplication::instance() == nullptr ? std::make_unique<QCoreApplication>(argc, argv) : nullptr;
    return *QCoreApplication::instance();
}

QString nextZone(QSignalSpy& spy, int index) {
    while (spy.count() <= index) {
        if (!spy.wait(5000)) {
            break;
        }
    }
    REQUIRE(spy.count() > index);
    return spy.at(index).at(0).toString();
}

} // namespace

TEST_CASE("a passport's two lines make one zone as soon as the second line ends", "[devices][mrz][serial]") {
    MrzFraming framing;
    CHECK(framing.push(kLine1 + "\r\n").empty());
    CHECK(framing.pending());
    const auto zones = framing.push(kLine2 + "\r\n");
    REQUIRE(zones.size() == 1);
    CHECK(zones[0] == kLine1 + "\n" + kLine2);
    CHECK_FALSE(framing.pending());
}

TEST_CASE("STX and ETX framing, spaces and blank lines around a zone are dropped", "[devices][mrz][serial]") {
    MrzFraming framing;
    const auto zones = framing.push("\x02\r\n" + kTd1.substr(0, 31) + " " + kTd1.substr(31) + "\x03\r\n\r\n");
    REQUIRE(zones.size() == 1);
    CHECK(zones[0] == kTd1);
}

TEST_CASE("a zone split across reads, and two zones in one read, come out whole and in order",
          "[devices][mrz][serial]") {
    MrzFraming framing;
    const std::string stream = kLine1 + "\r" + kLine2 + "\r" + kTd1 + "\n";
    std::vector<std::string> zones;
    for (std::size_t at = 0; at < stream.size(); at += 7) {
        for (auto& zone : framing.push(stream.substr(at, 7))) {
            zones.push_back(std::move(zone));
        }
    }
    REQUIRE(zones.size() == 2);
    CHECK(zones[0] == kLine1 + "\n" + kLine2);
    CHECK(zones[1] == kTd1);
}

TEST_CASE("noise before a zone is dropped and a broken zone is handed over for the parser to judge",
          "[devices][mrz][serial]") {
    MrzFraming framing;
    auto zones = framing.push("READY\r\n" + kLine1 + "\r\n" + kLine2 + "\r\n");
    REQUIRE(zones.size() == 1);
    CHECK(zones[0] == kLine1 + "\n" + kLine2);
    // A reader that cut the second line short: nothing completes, flush() hands the rest over.
    CHECK(framing.push(kLine1 + "\r\n" + kLine2.substr(0, 40)).empty());
    const auto rest = framing.flush();
    REQUIRE(rest.has_value());
    CHECK(*rest == kLine1 + "\n" + kLine2.substr(0, 40));
    CHECK_FALSE(parseMrz(*rest, std::chrono::year{2025} / std::chrono::June / 1).ok());
    CHECK_FALSE(framing.flush().has_value());
}

TEST_CASE("an endless line without line ends cannot grow the buffer past one zone", "[devices][mrz][serial]") {
    MrzFraming framing;
    CHECK(framing.push(std::string(100000, 'A')).empty());
    const auto rest = framing.flush();
    REQUIRE(rest.has_value());
    CHECK(rest->size() == 90);
}

TEST_CASE("a serial MRZ reader on a pseudo-terminal delivers the zones it sends", "[devices][mrz][serial]") {
    application();
    PseudoTerminal pty;
    SerialMrzReader::Settings settings;
    settings.port = QString::fromStdString(pty.slavePath);
    settings.baud = 115200;
    settings.quietMs = 200;
    SerialMrzReader reader(settings);
    QSignalSpy zones(&reader, &SerialMrzReader::zoneReceived);
    QSignalSpy opened(&reader, &SerialMrzReader::portOpened);
    QString problem;
    REQUIRE(reader.open(&problem));
    INFO(problem.toStdString());
    CHECK(opened.count() == 1);
    CHECK(reader.isOpen());

    // Line by line, the way a reader sends them, with a pause in the middle of the zone.
    pty.send(kLine1 + "\r\n");
    QTest::qWait(50);
    pty.send(kLine2 + "\r\n");
    CHECK(nextZone(zones, 0).toStdString() == kLine1 + "\n" + kLine2);
    const auto record = parseMrz(nextZone(zones, 0).toStdString(), std::chrono::year{2025} / std::chrono::June / 1);
    REQUIRE(record.ok());
    CHECK(record->documentNumber == "L898902C3");

    // A reader that does not end its last line: the zone is taken after the quiet time.
    pty.send(kTd1);
    CHECK(nextZone(zones, 1).toStdString() == kTd1);
    CHECK(zones.count() == 2);
}

TEST_CASE("a serial port that cannot be opened is reported with the system's reason", "[devices][mrz][serial]") {
    application();
    SerialMrzReader::Settings settings;
    settings.port = QStringLiteral("/dev/kiroku-no-such-reader");
    settings.retryMs = 100;
    SerialMrzReader reader(settings);
    QSignalSpy failed(&reader, &SerialMrzReader::portFailed);
    QString problem;
    CHECK_FALSE(reader.open(&problem));
    CHECK_FALSE(problem.isEmpty());
    CHECK(failed.count() == 1);
    QTest::qWait(350); // retries in the background, without reporting the same failure again
    CHECK(failed.count() == 1);
    CHECK_FALSE(reader.isOpen());
    reader.close();
}
