#include "cli/AdminCommand.h"
#include "cli/Command.h"

#include <cstdlib>
#include <iostream>

namespace kiroku::backend::cli {

namespace {

/// KIROKU_STAFF_PASSWORD, else the first line of standard input: never an argument, which other users can read.
std::string readPassword() {
    if (const char* env = std::getenv("KIROKU_STAFF_PASSWORD"); env != nullptr && *env != '\0') {
        return env;
    }
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

} // namespace

Command createStaffCommand() {
    return {"create-staff", "create-staff --store CODE --login LOGIN --name NAME --role clerk|manager|auditor|admin",
            "create a staff account; the password is read from KIROKU_STAFF_PASSWORD or the first line of standard "
            "input (at least 10 characters), never from the command line",
            [](CommandContext& ctx) {
                for (const auto& arg : ctx.args) {
                    if (arg == "--password" || arg.rfind("--password=", 0) == 0) {
                        throw std::invalid_argument("passwords are never taken from the command line: set "
                                                    "KIROKU_STAFF_PASSWORD or pipe it on standard input");
                    }
                }
                auto options = parseOptions(ctx.args, {"store", "login", "name", "role"});
                services::StaffDraft staff{options["login"], options["name"], options["role"], readPassword()};
                runAdminAction(ctx, "--login " + staff.login + " is already taken", [&](auto& admin) {
                    const auto id = admin.createStaff(requireStore(admin, options["store"]), staff);
                    ctx.out << "staff " << staff.login << " (" << staff.role << ") created in store "
                            << options["store"] << " (id " << id << ")\n";
                });
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
