#include "support/ServerProcess.h"

#include "crypto/Random.h"
#include "support/TestCluster.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace kiroku::test {

std::string testCertificateDir() {
    static const std::string dir = [] {
        const std::string d = std::string(KIROKU_TEST_BINARY_DIR) + "/test-certs";
        std::string out;
        if (runCommand(std::string(KIROKU_TEST_SOURCE_DIR) + "/scripts/dev-certs.sh " + shellQuote(d), &out) != 0) {
            throw std::runtime_error("cannot make test certificates: " + out);
        }
        // One key-encryption key for every test server of the run (each test database has its own data keys).
        const std::string kek = d + "/kek.hex";
        const std::string makeKek = "test -f " + shellQuote(kek) + " || (umask 077 && openssl rand -hex 32 > " +
                                    shellQuote(kek + ".tmp") + " && mv " + shellQuote(kek + ".tmp") + " " +
                                    shellQuote(kek) + ")";
        if (runCommand("flock " + shellQuote(d + "/.lock") + " sh -c " + shellQuote(makeKek), &out) != 0) {
            throw std::runtime_error("cannot make the test key-encryption key: " + out);
        }
        return d;
    }();
    return dir;
}

std::string testKeyVaultDir() {
    return testCertificateDir() + "/key-vault";
}

std::string policeCertificateDir() {
    static const std::string dir = [] {
        const std::string d = std::string(KIROKU_TEST_BINARY_DIR) + "/test-certs/police";
        std::string out;
        if (runCommand(std::string(KIROKU_TEST_SOURCE_DIR) + "/scripts/police-test-certs.sh " + shellQuote(d), &out) !=
            0) {
            throw std::runtime_error("cannot make the police test certificates: " + out);
        }
        return d;
    }();
    return dir;
}

ServerProcess::ServerProcess(const std::string& dsn, const std::map<std::string, std::string>& extraConfig) {
    const std::string certs = testCertificateDir();
    m_dir = (std::filesystem::temp_directory_path() / ("kiroku-server-" + crypto::randomHex(6))).string();
    std::filesystem::create_directories(m_dir);
    m_caFile = certs + "/ca.pem";
    m_logFile = m_dir + "/server.log";
    const std::string portFile = m_dir + "/port";

    std::map<std::string, std::string> config{
        {"server.address", "127.0.0.1"},
        {"server.port", "0"},
        {"server.port_file", portFile},
        {"tls.certificate", certs + "/server.pem"},
        {"tls.private_key", certs + "/server.key"},
        {"database.dsn", dsn},
        {"crypto.kek_file", certs + "/kek.hex"},
        {"crypto.key_vault_dir", testKeyVaultDir()},
        {"database.pool_size", "8"},
        {"log.file", m_logFile},
        {"log.level", "information"},
        // The daily purge deletes records past retention: tests that exercise it turn it on.
        {"retention.purge_enabled", "false"},
        // The daily audit checkpoint would add entries to the chains at a time that depends on the wall clock;
        // tests that want it turn it on.
        {"audit.checkpoints_enabled", "false"},
    };
    const std::string policePortFile = m_dir + "/police-port";
    if (extraConfig.count("police.ca_file") > 0) {
        config["police.address"] = "127.0.0.1";
        config["police.port"] = "0";
        config["police.port_file"] = policePortFile;
    }
    for (const auto& [k, v] : extraConfig) {
        config[k] = v;
    }
    const std::string configFile = m_dir + "/kiroku.properties";
    {
        std::ofstream out(configFile);
        for (const auto& [k, v] : config) {
            out << k << " = " << v << '\n';
        }
    }

    m_pid = fork();
    if (m_pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (m_pid == 0) {
        const std::string binary = KIROKU_TEST_SERVER_BINARY;
        // For profiling a benchmark: KIROKU_TEST_SERVER_WRAPPER="valgrind --tool=callgrind" runs the server under it.
        if (const char* wrapper = std::getenv("KIROKU_TEST_SERVER_WRAPPER"); wrapper != nullptr && *wrapper != '\0') {
            const std::string command =
                std::string("exec ") + wrapper + " " + shellQuote(binary) + " --config " + shellQuote(configFile);
            execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        } else {
            execl(binary.c_str(), binary.c_str(), "--config", configFile.c_str(), static_cast<char*>(nullptr));
        }
        _exit(127);
    }
    const bool wrapped = std::getenv("KIROKU_TEST_SERVER_WRAPPER") != nullptr;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wrapped ? 120 : 20);
    while (std::chrono::steady_clock::now() < deadline) {
        std::ifstream in(portFile);
        int port = 0;
        if (in >> port && port > 0) {
            m_port = static_cast<std::uint16_t>(port);
            // The police listener, when configured, is listening before the main port file is written.
            std::ifstream police(policePortFile);
            int policePort = 0;
            if (police >> policePort && policePort > 0) {
                m_policePort = static_cast<std::uint16_t>(policePort);
            }
            waitForPartitions(deadline);
            return;
        }
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("kiroku-server exited during start-up:\n" + log());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill();
    throw std::runtime_error("kiroku-server did not start listening within 20 s:\n" + log());
}

void ServerProcess::waitForPartitions(std::chrono::steady_clock::time_point deadline) {
    // The server creates the month partitions it lacks on its retention thread just after it starts listening; a
    // fresh test database has none. A test's first rows would otherwise race that work (rows written into a default
    // partition are moved into their month's partition when it is created), so tests start once it is done, as a
    // production server does after `kirokuctl migrate` has created them ahead of time.
    while (std::chrono::steady_clock::now() < deadline) {
        const std::string text = log();
        if (text.find("\"retention.partitions\"") != std::string::npos ||
            text.find("\"retention.failed\"") != std::string::npos) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill();
    throw std::runtime_error("kiroku-server did not finish creating its partitions in time:\n" + log());
}

ServerProcess::~ServerProcess() {
    if (m_pid > 0) {
        stop();
    }
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

std::string ServerProcess::log() const {
    std::ifstream in(m_logFile);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

int ServerProcess::stop() {
    if (m_pid <= 0) {
        return -1;
    }
    ::kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ServerProcess::kill() {
    if (m_pid <= 0) {
        return;
    }
    ::kill(m_pid, SIGKILL);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
}

} // namespace kiroku::test
