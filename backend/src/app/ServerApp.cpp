#include "app/ServerApp.h"

#include "app/Log.h"
#include "app/Settings.h"
#include "app/Wiring.h"
#include "crypto/Errors.h"
#include "http/HttpsServer.h"
#include "http/PoliceListener.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FileChannel.h>
#include <Poco/Logger.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <pqxx/pqxx>

#include <fstream>
#include <iostream>

namespace kiroku::backend::app {

void ServerApp::defineOptions(Poco::Util::OptionSet& options) {
    ServerApplication::defineOptions(options);
    options.addOption(Poco::Util::Option("config", "c",
                                         "configuration file (.ini or .properties); repeatable, later "
                                         "files override earlier ones")
                          .required(false)
                          .repeatable(true)
                          .argument("FILE"));
    options.addOption(Poco::Util::Option("help", "h", "show this help").required(false).repeatable(false));
}

void ServerApp::handleOption(const std::string& name, const std::string& value) {
    ServerApplication::handleOption(name, value);
    if (name == "config") {
        m_configFiles.push_back(value);
    } else if (name == "help") {
        m_helpRequested = true;
        stopOptionsProcessing();
    }
}

int ServerApp::main(const std::vector<std::string>&) {
    if (m_helpRequested) {
        Poco::Util::HelpFormatter help(options());
        help.setCommand(commandName());
        help.setUsage("--config FILE [--config FILE]...");
        help.setHeader("Kiroku backend: identity-verification and terminal-usage records over HTTPS.");
        help.format(std::cout);
        return EXIT_OK;
    }
    Settings settings;
    try {
        loadConfigFiles(config(), m_configFiles);
        settings = Settings::from(config());
        if (settings.database.dsn.empty()) {
            throw std::invalid_argument("database.dsn is not set (scripts/run.sh sets the embedded cluster's)");
        }
    } catch (const std::exception& e) {
        std::cerr << "kiroku-server: " << e.what() << '\n';
        return EXIT_CONFIG;
    }

    Poco::AutoPtr<Poco::Channel> channel;
    if (settings.log.file.empty()) {
        channel = new Poco::ConsoleChannel(std::cerr);
    } else {
        auto* file = new Poco::FileChannel(settings.log.file);
        file->setProperty("rotation", "50 M");
        file->setProperty("archive", "timestamp");
        file->setProperty("purgeCount", "10");
        channel = file;
    }
    Poco::Logger& logger = Poco::Logger::create("kiroku", channel, Poco::Message::PRIO_INFORMATION);
    logger.setLevel(settings.log.level);
    const Log log(logger);

    try {
        Poco::Net::initializeSSL();
        Wiring wiring(settings, log);
        if (settings.database.migrateOnStart) {
            // As the connecting user (the schema owner), not the pool's role.
            pqxx::connection owner(settings.database.dsn);
            storage::Migrator migrator(owner, wiring.migrations);
            const auto report = migrator.migrate();
            log.info("db.migrated", {{"applied", static_cast<std::int64_t>(report.applied.size())},
                                     {"already_applied", static_cast<std::int64_t>(report.alreadyApplied)}});
        }
        wiring.start(settings);
        http::HttpsServer server(settings.server, wiring.router);
        server.start();
        log.info("server.listening",
                 {{"address", settings.server.address},
                  {"port", std::int64_t{server.port()}},
                  {"url", "https://" + settings.server.address + ":" + std::to_string(server.port())}});
        std::unique_ptr<http::PoliceListener> policeListener;
        if (!settings.police.caFile.empty()) {
            policeListener = std::make_unique<http::PoliceListener>(settings.police, wiring.policeRouter, log);
            policeListener->start();
            log.info("police.listening",
                     {{"address", settings.police.address}, {"port", std::int64_t{policeListener->port()}}});
            if (!settings.policePortFile.empty()) {
                const std::string tmp = settings.policePortFile + ".tmp";
                std::ofstream(tmp) << policeListener->port() << '\n';
                std::filesystem::rename(tmp, settings.policePortFile);
            }
        }
        if (!settings.portFile.empty()) {
            const std::string tmp = settings.portFile + ".tmp";
            std::ofstream(tmp) << server.port() << '\n';
            std::filesystem::rename(tmp, settings.portFile);
        }
        wiring.startJobs(settings, log);
        waitForTerminationRequest();
        log.info("server.stopping");
        if (policeListener) {
            policeListener->stop();
        }
        if (wiring.checkpointScheduler) {
            wiring.checkpointScheduler->stop();
        }
        server.stop();
    } catch (const crypto::KeyFileError& e) {
        log.error("server.key_file", {{"reason", std::string(e.what())}});
        std::cerr << "kiroku-server: " << e.what() << '\n';
        Poco::Net::uninitializeSSL();
        return EXIT_CONFIG;
    } catch (const storage::MigrationError& e) {
        log.error("db.migration_failed", {{"reason", std::string(e.what())}});
        Poco::Net::uninitializeSSL();
        return EXIT_DATAERR;
    } catch (const std::exception& e) {
        log.error("server.failed", {{"exception", std::string(typeid(e).name())}, {"reason", std::string(e.what())}});
        Poco::Net::uninitializeSSL();
        return EXIT_SOFTWARE;
    }
    Poco::Net::uninitializeSSL();
    log.info("server.stopped");
    return EXIT_OK;
}

} // namespace kiroku::backend::app
