// kirokuctl: the administrator's command line. Wiring only; each command lives in backend/src/cli/.
#include "app/Settings.h"
#include "cli/Command.h"
#include "storage/Migrator.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/LayeredConfiguration.h>

#include <cstdlib>
#include <iostream>

namespace {

void usage(std::ostream& out, const std::vector<kiroku::backend::cli::Command>& commands) {
    out << "usage: kirokuctl [--config FILE]... COMMAND [ARGS]\n\n"
           "Configuration files are read in order, later ones overriding earlier ones; without any,\n"
           "$KIROKU_CONFIG is read when set. Commands:\n";
    for (const auto& c : commands) {
        out << "  " << c.usage << "\n      " << c.summary << '\n';
    }
}

} // namespace

int main(int argc, char** argv) {
    using namespace kiroku::backend;
    const auto commands = cli::allCommands();
    std::vector<std::string> configFiles;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--config" || arg == "-c") && i + 1 < argc) {
            configFiles.emplace_back(argv[++i]);
        } else if (arg.rfind("--config=", 0) == 0) {
            configFiles.push_back(arg.substr(9));
        } else if (arg == "--help" || arg == "-h") {
            usage(std::cout, commands);
            return cli::kExitOk;
        } else {
            break;
        }
    }
    if (i >= argc) {
        usage(std::cerr, commands);
        return cli::kExitUsage;
    }
    const std::string name = argv[i++];
    const auto command = std::find_if(commands.begin(), commands.end(), [&](const auto& c) { return c.name == name; });
    if (command == commands.end()) {
        std::cerr << "kirokuctl: unknown command " << name << "\n\n";
        usage(std::cerr, commands);
        return cli::kExitUsage;
    }
    if (configFiles.empty()) {
        if (const char* env = std::getenv("KIROKU_CONFIG"); env != nullptr && *env != '\0') {
            configFiles.emplace_back(env);
        }
    }
    app::Settings settings;
    try {
        Poco::AutoPtr<Poco::Util::LayeredConfiguration> config = new Poco::Util::LayeredConfiguration;
        app::loadConfigFiles(*config, configFiles);
        settings = app::Settings::from(*config);
        if (settings.database.dsn.empty()) {
            std::cerr << "kirokuctl: database.dsn is not set (pass --config FILE or set KIROKU_CONFIG)\n";
            return cli::kExitConfig;
        }
    } catch (const std::exception& e) {
        std::cerr << "kirokuctl: " << e.what() << '\n';
        return cli::kExitConfig;
    }
    cli::CommandContext ctx{std::move(settings), {argv + i, argv + argc}, std::cout, std::cerr};
    try {
        return command->run(ctx);
    } catch (const storage::MigrationError& e) {
        std::cerr << "kirokuctl " << name << ": " << e.what() << '\n';
        return cli::kExitDataErr;
    } catch (const cli::DataError& e) {
        std::cerr << "kirokuctl " << name << ": " << e.what() << '\n';
        return cli::kExitDataErr;
    } catch (const std::invalid_argument& e) {
        std::cerr << "kirokuctl " << name << ": " << e.what() << '\n';
        return cli::kExitUsage;
    } catch (const std::exception& e) {
        std::cerr << "kirokuctl " << name << ": " << e.what() << '\n';
        return cli::kExitSoftware;
    }
}
