#include "support/EmulatedCard.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace kiroku::kiosk::devices::test {

namespace {

constexpr auto kCardArrival = std::chrono::seconds(20);
constexpr auto kCardRemoval = std::chrono::seconds(10);

std::string pcscStateDir() {
    const char* fromEnvironment = std::getenv("KIROKU_PCSC_STATE_DIR");
    return fromEnvironment != nullptr ? fromEnvironment : KIROKU_PCSC_DEFAULT_STATE_DIR;
}

} // namespace

PcscTestStack PcscTestStack::load() {
    PcscTestStack stack;
    stack.stateDir = pcscStateDir();
    std::ifstream env(stack.stateDir + "/stack.env");
    if (!env) {
        FAIL("the PC/SC test stack is not running (no " << stack.stateDir
                                                        << "/stack.env): run these tests through ctest, whose "
                                                           "fixture pcsc.start starts pcscd and vpcd");
    }
    std::string line;
    while (std::getline(env, line)) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            continue;
        }
        const std::string key = line.substr(0, equals);
        const std::string value = line.substr(equals + 1);
        if (key == "PORT") {
            stack.port = std::stoi(value);
        } else if (key == "READER") {
            stack.reader = value;
        }
    }
    REQUIRE(stack.port > 0);
    REQUIRE_FALSE(stack.reader.empty());
    return stack;
}

EmulatedCard::EmulatedCard(Options options) : m_stack(PcscTestStack::load()) {
    auto context = PcscContext::establish();
    if (!context) {
        FAIL("cannot reach pcscd: " << context.error().message);
    }
    m_context = std::move(context).value();

    // The reader must be empty: a card left over would be read instead of ours.
    auto leftover = m_context->waitForRemoval(m_stack.reader, kCardRemoval);
    if (!leftover) {
        FAIL("the virtual reader " << m_stack.reader << " is not empty: " << leftover.error().message);
    }

    std::vector<std::string> args{"/usr/bin/python3",
                                  std::string(KIROKU_VCARD_DIR) + "/kiroku_vcard.py",
                                  "--card",
                                  options.card,
                                  "--port",
                                  std::to_string(m_stack.port),
                                  "--pin",
                                  options.pin,
                                  "--tries",
                                  std::to_string(options.tries),
                                  "--variant",
                                  options.variant};
    if (!options.pinSet) {
        args.emplace_back("--no-pin-set");
    }
    if (!options.logFile.empty()) {
        args.insert(args.end(), {"--log", options.logFile});
    }
    if (!options.removeWhen.empty()) {
        args.insert(args.end(), {"--remove-when", options.removeWhen});
    }
    if (options.removeAfterReads > 0) {
        args.insert(args.end(), {"--remove-after-reads", std::to_string(options.removeAfterReads)});
    }
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    const pid_t parent = getpid();
    m_pid = fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {
        // The card leaves with the test process, even when the test crashes.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) {
            _exit(1);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    m_pidFile = m_stack.stateDir + "/emulators/" + std::to_string(m_pid) + ".pid";
    std::ofstream(m_pidFile) << m_pid << '\n';

    auto arrived = m_context->waitForCard(m_stack.reader, kCardArrival);
    if (!arrived) {
        const bool alive = running();
        if (alive) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
            std::remove(m_pidFile.c_str());
        }
        FAIL("the emulated " << options.card << " card did not appear in " << m_stack.reader << ": "
                             << arrived.error().message << (alive ? "" : " (the emulator exited)"));
    }
}

EmulatedCard::~EmulatedCard() {
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        waitpid(m_pid, &status, 0);
        std::remove(m_pidFile.c_str());
    }
    if (m_context) {
        (void)m_context->waitForRemoval(m_stack.reader, kCardRemoval);
    }
}

std::unique_ptr<PcscCardChannel> EmulatedCard::connect() {
    auto channel = m_context->connect(m_stack.reader);
    if (!channel) {
        FAIL("cannot connect to the emulated card: " << channel.error().message);
    }
    return std::move(channel).value();
}

bool EmulatedCard::running() {
    if (m_pid <= 0) {
        return false;
    }
    int status = 0;
    const pid_t result = waitpid(m_pid, &status, WNOHANG);
    if (result == m_pid) {
        m_pid = -1;
        std::remove(m_pidFile.c_str());
        return false;
    }
    return true;
}

std::string scratchPath(const std::string& name) {
    static std::atomic<int> counter{0};
    return pcscStateDir() + "/" + name + "-" + std::to_string(getpid()) + "-" + std::to_string(++counter);
}

std::vector<std::string> readLines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace kiroku::kiosk::devices::test
