#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

namespace kiroku::test {

/// The real kiroku-server binary, started on a free port with a configuration written for the test
/// (development certificates from scripts/dev-certs.sh, the given database), stopped with SIGTERM
/// when the object goes out of scope. Its log goes to a file the test can read.
class ServerProcess {
public:
    /// `extraConfig` adds or overrides configuration keys.
    explicit ServerProcess(const std::string& dsn, const std::map<std::string, std::string>& extraConfig = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::uint16_t port() const { return m_port; }
    /// The police (mutual-TLS) listener's port, when the configuration set police.ca_file; else 0.
    std::uint16_t policePort() const { return m_policePort; }
    const std::string& caFile() const { return m_caFile; }
    const std::string& logFile() const { return m_logFile; }
    std::string log() const;

    /// Sends SIGTERM and waits; returns the exit status.
    int stop();
    /// Sends SIGKILL (a crash) and waits.
    void kill();

private:
    /// Waits until the server has created its missing month partitions (its log says so, or says it failed).
    void waitForPartitions(std::chrono::steady_clock::time_point deadline);

    std::string m_dir;
    std::string m_caFile;
    std::string m_logFile;
    pid_t m_pid = -1;
    std::uint16_t m_port = 0;
    std::uint16_t m_policePort = 0;
};

/// Development certificates shared by the tests of one binary (made once).
std::string testCertificateDir();

/// The key vault directory of the tests (crypto.key_vault_dir): each test database has a folder of its own in it.
std::string testKeyVaultDir();

/// The police listener's test certificates (scripts/police-test-certs.sh, made once): police-ca.pem, and client
/// certificates shinjuku / namba (valid, two agencies), expired (from the police CA) and rogue (another CA), each
/// NAME.pem with NAME.key.
std::string policeCertificateDir();

} // namespace kiroku::test
