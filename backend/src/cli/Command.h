#pragma once

#include "app/Settings.h"

#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <map>
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

/// A command's "--name value" options. Throws std::invalid_argument naming the option for one that is unknown,
/// repeated or without a value, and for a required one that is missing.
std::map<std::string, std::string> parseOptions(const std::vector<std::string>& args,
                                                std::initializer_list<std::string_view> required,
                                                std::initializer_list<std::string_view> optional = {});

} // namespace kiroku::backend::cli
