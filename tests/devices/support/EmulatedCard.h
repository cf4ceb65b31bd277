#pragma once

#include "devices/PcscContext.h"

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <string>

namespace kiroku::kiosk::devices::test {

/// Where the ctest fixture pcsc.start put the virtual reader (read from its stack.env).
struct PcscTestStack {
    std::string stateDir;
    int port = 0;
    std::string reader;

    /// Loads the fixture's state; fails the running test with the reason when the stack is not up.
    static PcscTestStack load();
};

/// An emulated card (tests/devices/vcard/kiroku_vcard.py) placed on the fixture's virtual reader for the life
/// of the object. The constructor waits until pcscd sees the card; the destructor takes it away again (SIGTERM)
/// and waits until the reader is empty, so the next test starts with an empty reader.
class EmulatedCard {
public:
    /// What to place on the reader: EmulatedCard card(Options::license().withTries(1).logTo(path)).
    struct Options {
        std::string card = "license"; ///< "license" or "mynumber"
        std::string pin = "1234";
        int tries = 3;
        bool pinSet = true;
        std::string variant = "standard"; ///< license: "standard" or "garbled"
        std::string logFile;              ///< APDU log, one hex line per command received
        std::string removeWhen;           ///< the card leaves the reader once this file exists
        int removeAfterReads = 0;         ///< license: leaves instead of answering EF01 read N+1

        static Options license() { return Options{}; }
        static Options myNumber() {
            Options options;
            options.card = "mynumber";
            return options;
        }
        Options& withTries(int n) { return tries = n, *this; }
        Options& withoutPin() { return pinSet = false, *this; }
        Options& garbled() { return variant = "garbled", *this; }
        Options& logTo(std::string path) { return logFile = std::move(path), *this; }
        Options& removedWhenFileExists(std::string path) { return removeWhen = std::move(path), *this; }
        Options& removedAfterReads(int n) { return removeAfterReads = n, *this; }
    };

    explicit EmulatedCard(Options options);
    ~EmulatedCard();
    EmulatedCard(const EmulatedCard&) = delete;
    EmulatedCard& operator=(const EmulatedCard&) = delete;

    [[nodiscard]] PcscContext& context() { return *m_context; }
    [[nodiscard]] const std::string& reader() const { return m_stack.reader; }
    [[nodiscard]] const PcscTestStack& stack() const { return m_stack; }

    /// Connects to the card; fails the test when that is impossible.
    [[nodiscard]] std::unique_ptr<PcscCardChannel> connect();

    /// Whether the emulator process is still running.
    [[nodiscard]] bool running();

private:
    PcscTestStack m_stack;
    std::unique_ptr<PcscContext> m_context;
    pid_t m_pid = -1;
    std::string m_pidFile;
};

/// A unique scratch file path in the fixture's state directory (not created).
std::string scratchPath(const std::string& name);

/// Every line of a text file.
std::vector<std::string> readLines(const std::string& path);

} // namespace kiroku::kiosk::devices::test
