#pragma once

#include <Poco/Util/ServerApplication.h>

#include <string>
#include <vector>

namespace kiroku::backend::app {

/// kiroku-server: reads the configuration (--config, repeatable), opens the database pool,
/// migrates when configured, wires handlers to the router and serves HTTPS until told to stop.
class ServerApp : public Poco::Util::ServerApplication {
protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

private:
    std::vector<std::string> m_configFiles;
    bool m_helpRequested = false;
};

} // namespace kiroku::backend::app
