#include "cli/Command.h"
#include "domain/Errors.h"
#include "http/handlers/TerminalEventHandler.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

#include <ostream>

namespace kiroku::backend::cli {

Command createTerminalCommand() {
    return {"create-terminal",
            "create-terminal --store CODE --number NUMBER [--booth LABEL] [--hostname H --mac M --ip I]",
            "create a terminal (booth PC) in a store, optionally placed in a booth; then issue its credential with "
            "terminal-credential",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {"store", "number"}, {"booth", "hostname", "mac", "ip"});
                domain::NewTerminal terminal;
                terminal.number = options["number"];
                if (terminal.number.empty()) {
                    throw std::invalid_argument("--number must be 1 to 32 characters");
                }
                if (options.count("hostname")) {
                    terminal.hostname = options["hostname"];
                    if (terminal.hostname->empty() || terminal.hostname->size() > 253) {
                        throw std::invalid_argument("--hostname must be 1 to 253 characters");
                    }
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
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                storage::PgStoreAdminRepository admin(pool);
                const auto store = admin.findStore(options["store"]);
                if (!store) {
                    ctx.err << "kirokuctl create-terminal: no store with --store " << options["store"] << '\n';
                    return kExitDataErr;
                }
                terminal.storeId = *store;
                if (options.count("booth")) {
                    terminal.boothId = admin.findBooth(*store, options["booth"]);
                    if (!terminal.boothId) {
                        ctx.err << "kirokuctl create-terminal: the store has no booth with --booth " << options["booth"]
                                << '\n';
                        return kExitDataErr;
                    }
                }
                std::int64_t id = 0;
                try {
                    id = admin.createTerminal(terminal);
                } catch (const domain::Conflict&) {
                    ctx.err << "kirokuctl create-terminal: the store already has a terminal with --number "
                            << terminal.number << '\n';
                    return kExitDataErr;
                } catch (const domain::ValidationError&) {
                    ctx.err << "kirokuctl create-terminal: --number must be 1 to 32 characters\n";
                    return kExitDataErr;
                }
                ctx.out << "terminal " << terminal.number << " created in store " << options["store"] << " (id " << id
                        << ")\n";
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
