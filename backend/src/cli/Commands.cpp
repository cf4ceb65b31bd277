#include "cli/Command.h"

namespace kiroku::backend::cli {

std::vector<Command> allCommands() {
    return {migrateCommand(), migrationStatusCommand(), seedDemoCommand()};
}

} // namespace kiroku::backend::cli
