#include "cli/AdminCommand.h"
#include "cli/Command.h"
#include "domain/Errors.h"
#include "http/handlers/TerminalEventHandler.h"

#include <ostream>

namespace kiroku::backend::cli {

Command createTerminalCommand() {
    return {
        "create-terminal", "create-terminal --store CODE --number NUMBER [--booth LABEL] [--hostname H --mac M --ip I]",
        "create a terminal (booth PC) in a store, optionally placed in a booth; then issue its credential with "
        "terminal-credential",
        [](CommandContext& ctx) {
            auto options = parseOptions(ctx.args, {"store", "number"}, {"booth", "hostname", "mac", "ip"});
            domain::NewTerminal terminal;
            terminal.number = options["number"];
            if (options.count("hostname")) {
                terminal.hostname = options["hostname"];
            }
            if (options.count("mac")) {
                terminal.macAddress = http::canonicalMacAddress(options["mac"]);
                if (!terminal.macAddress) {
                    throw std::invalid_argument("--mac must be six hex pairs separated by ':' or '-'");
                }
            }
            if (options.count("ip")) {
                terminal.privateIp = http::canonicalIpAddress(options["ip"]);
                if (!terminal.privateIp) {
                    throw std::invalid_argument("--ip must be an IPv4 or IPv6 address");
                }
            }
            runAdminAction(ctx, "the store already has a terminal with --number " + terminal.number, [&](auto& admin) {
                terminal.storeId = requireStore(admin, options["store"]);
                if (options.count("booth")) {
                    try {
                        terminal.boothId = admin.boothByLabel(terminal.storeId, options["booth"]);
                    } catch (const domain::NotFound&) {
                        throw DataError("the store has no booth with --booth " + options["booth"]);
                    }
                }
                const auto id = admin.createTerminal(terminal);
                ctx.out << "terminal " << terminal.number << " created in store " << options["store"] << " (id " << id
                        << ")\n";
            });
            return kExitOk;
        }};
}

} // namespace kiroku::backend::cli
