#pragma once

#include <catch2/catch.hpp>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <string>

namespace kiroku::kiosk::devices::test {

/// A pseudo-terminal pair standing in for a USB-CDC serial reader: the test writes what the reader would send to
/// the master; the kiosk opens the slave by its path (/dev/pts/N) with a real QSerialPort.
struct PseudoTerminal {
    int master = -1;
    int slave = -1;
    std::string slavePath;

    PseudoTerminal() {
        char name[256] = {};
        REQUIRE(openpty(&master, &slave, name, nullptr, nullptr) == 0);
        slavePath = name;
        // Raw, as a serial line is: no echo back to the reader, no line editing.
        termios raw{};
        REQUIRE(tcgetattr(slave, &raw) == 0);
        cfmakeraw(&raw);
        REQUIRE(tcsetattr(slave, TCSANOW, &raw) == 0);
    }
    ~PseudoTerminal() {
        ::close(slave);
        ::close(master);
    }
    PseudoTerminal(const PseudoTerminal&) = delete;
    PseudoTerminal& operator=(const PseudoTerminal&) = delete;

    void send(const std::string& bytes) const {
        REQUIRE(::write(master, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    }
};

} // namespace kiroku::kiosk::devices::test
