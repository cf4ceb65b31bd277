#pragma once

#include "app/Settings.h"
#include "domain/Audit.h"

#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::backend::cli {

/// What a kirokuctl command gets: the settings, its own arguments, and where to print.
struct CommandContext {
    app::Settings settings;
    std::vector<std::string> args;
    std::ostream& out;
    std::ostream& err;
};

struct Command {
    std::string name;
    std::string usage;   ///< e.g. "migrate"
    std::string summary; ///< one line for the help
    std::function<int(CommandContext&)> run;
};

/// Every kirokuctl command, in help order. Each lives in its own file in this folder.
std::vector<Command> allCommands();

/// Input that is well-formed but does not fit the data: an unknown store, a taken login (exit 65, the message as
/// given, after "kirokuctl <command>: ").
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Exit codes (sysexits.h).
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 64;
inline constexpr int kExitDataErr = 65;
inline constexpr int kExitUnavailable = 69;
inline constexpr int kExitSoftware = 70;
inline constexpr int kExitConfig = 78;

Command migrateCommand();
Command migrationStatusCommand();
Command seedDemoCommand();
Command rotateKeysCommand();
Command purgeCommand();
Command createStoreCommand();
Command createBoothCommand();
Command createTerminalCommand();
Command createStaffCommand();
Command terminalCredentialCommand();
Command verifyAuditCommand();
Command auditCheckpointCommand();

/// The operator running kirokuctl, for the audit log: the operating-system login of the effective user.
domain::AuditActor consoleOperator();
Command createGatewayCommand();
Command gatewayCredentialCommand();
Command ingestNatCommand();

/// A command's "--name value" options. Throws std::invalid_argument naming the option for one that is unknown,
/// repeated or without a value, and for a required one that is missing.
std::map<std::string, std::string> parseOptions(const std::vector<std::string>& args,
                                                std::initializer_list<std::string_view> required,
                                                std::initializer_list<std::string_view> optional = {});

} // namespace kiroku::backend::cli
