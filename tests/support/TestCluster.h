#pragma once

#include <string>

namespace kiroku::test {

/// The private PostgreSQL 15 cluster of a test run. Under ctest, the `cluster.start` fixture has
/// started it and this only reads its connection file; a test binary run by hand starts one itself
/// (scripts/pg-cluster.sh, durability off) and stops it when the process exits.
class TestCluster {
public:
    /// The process-wide cluster, started on first use. Throws std::runtime_error if it can't start.
    static TestCluster& instance();

    /// libpq connection string for a database of the cluster, as its superuser over the Unix socket.
    std::string dsn(const std::string& database) const;

    const std::string& host() const { return m_host; }
    const std::string& port() const { return m_port; }
    const std::string& user() const { return m_user; }
    const std::string& directory() const { return m_dir; }

    /// Path of a PostgreSQL client or server program (pg_dump, psql) of the same version.
    static std::string pgProgram(const std::string& name);

    ~TestCluster();
    TestCluster(const TestCluster&) = delete;
    TestCluster& operator=(const TestCluster&) = delete;

private:
    TestCluster();
    std::string m_dir;
    std::string m_host;
    std::string m_port;
    std::string m_user;
    bool m_ownsCluster = false;
};

/// Runs a shell command, returns its exit status and captures standard output (and error, merged).
int runCommand(const std::string& command, std::string* output = nullptr);

/// Quotes a string for /bin/sh.
std::string shellQuote(const std::string& s);

} // namespace kiroku::test
