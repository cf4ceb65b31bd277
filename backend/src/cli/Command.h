#pragma once

#include "app/Settings.h"

#include <functional>
#include <iosfwd>
#include <string>
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

} // namespace kiroku::backend::cli
