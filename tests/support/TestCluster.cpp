#include "support/TestCluster.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <sys/wait.h>

namespace kiroku::test {

namespace {

std::string envOr(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v != nullptr && *v != '\0' ? std::string(v) : fallback;
}

std::map<std::string, std::string> readEnvFile(const std::string& path) {
    std::map<std::string, std::string> values;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) {
            values[line.substr(0, eq)] = line.substr(eq + 1);
        }
    }
    return values;
}

} // namespace

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out.push_back(c);
        }
    }
    return out + "'";
}

int runCommand(const std::string& command, std::string* output) {
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) {
        throw std::runtime_error("cannot run: " + command);
    }
    std::array<char, 4096> buffer{};
    std::string captured;
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        captured.append(buffer.data(), n);
    }
    const int status = pclose(pipe);
    if (output != nullptr) {
        *output = std::move(captured);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string TestCluster::pgProgram(const std::string& name) {
    return envOr("KIROKU_PG_BINDIR", "/usr/lib/postgresql/15/bin") + "/" + name;
}

TestCluster::TestCluster() {
    const std::string script = envOr("KIROKU_SOURCE_DIR", KIROKU_TEST_SOURCE_DIR) + "/scripts/pg-cluster.sh";
    m_dir = envOr("KIROKU_TEST_CLUSTER_DIR", "");
    if (m_dir.empty()) {
        // Run by hand, outside ctest: a cluster of this process's own.
        m_dir = (std::filesystem::temp_directory_path() / ("kiroku-test-" + std::to_string(getpid()))).string();
    }
    std::string out;
    if (runCommand(script + " status " + shellQuote(m_dir), &out) != 0) {
        if (runCommand(script + " start " + shellQuote(m_dir) + " --fast", &out) != 0) {
            throw std::runtime_error("cannot start the test PostgreSQL cluster in " + m_dir + ":\n" + out);
        }
        m_ownsCluster = envOr("KIROKU_TEST_CLUSTER_DIR", "").empty();
    }
    auto env = readEnvFile(m_dir + "/env");
    m_host = env["PGHOST"];
    m_port = env["PGPORT"];
    m_user = env["PGUSER"];
    if (m_host.empty() || m_port.empty() || m_user.empty()) {
        throw std::runtime_error("the test cluster's connection file " + m_dir + "/env is incomplete");
    }
}

TestCluster::~TestCluster() {
    if (m_ownsCluster) {
        const std::string script = envOr("KIROKU_SOURCE_DIR", KIROKU_TEST_SOURCE_DIR) + "/scripts/pg-cluster.sh";
        runCommand(script + " stop " + shellQuote(m_dir));
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
}

TestCluster& TestCluster::instance() {
    static TestCluster cluster;
    return cluster;
}

std::string TestCluster::dsn(const std::string& database) const {
    return "host=" + m_host + " port=" + m_port + " user=" + m_user + " dbname=" + database;
}

} // namespace kiroku::test
