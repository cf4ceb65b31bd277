#include "cli/Command.h"

#include <pwd.h>
#include <unistd.h>

#include <stdexcept>

namespace kiroku::backend::cli {

std::vector<Command> allCommands() {
    return {migrateCommand(),           migrationStatusCommand(), seedDemoCommand(),
            rotateKeysCommand(),        createStoreCommand(),     createBoothCommand(),
            createTerminalCommand(),    createStaffCommand(),     terminalCredentialCommand(),
            verifyAuditCommand(),       auditCheckpointCommand(), createGatewayCommand(),
            gatewayCredentialCommand(), ingestNatCommand(),       purgeCommand()};
}

domain::AuditActor consoleOperator() {
    const passwd* user = ::getpwuid(::geteuid());
    return domain::AuditActor::operatorNamed(user != nullptr && user->pw_name != nullptr
                                                 ? std::string(user->pw_name)
                                                 : "uid:" + std::to_string(::geteuid()));
}

std::map<std::string, std::string> parseOptions(const std::vector<std::string>& args,
                                                std::initializer_list<std::string_view> required,
                                                std::initializer_list<std::string_view> optional) {
    const auto known = [&](const std::string& name) {
        for (auto list : {required, optional}) {
            for (auto k : list) {
                if (k == name) {
                    return true;
                }
            }
        }
        return false;
    };
    std::map<std::string, std::string> options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string name = arg;
        std::string value;
        bool hasValue = false;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            hasValue = true;
        }
        if (name.rfind("--", 0) != 0) {
            // Not echoed: it may be a value typed in the wrong place.
            throw std::invalid_argument("unexpected argument at position " + std::to_string(i + 1) +
                                        " (options are --name value)");
        }
        if (!known(name.substr(2))) {
            throw std::invalid_argument("unknown option " + name.substr(0, 40));
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                throw std::invalid_argument("option " + name + " needs a value");
            }
            value = args[++i];
        }
        if (!options.emplace(name.substr(2), value).second) {
            throw std::invalid_argument("option " + name + " is given twice");
        }
    }
    for (auto r : required) {
        if (options.count(std::string(r)) == 0) {
            throw std::invalid_argument("option --" + std::string(r) + " is required");
        }
    }
    return options;
}

} // namespace kiroku::backend::cli
