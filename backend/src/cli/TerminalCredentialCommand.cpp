#include "app/Wiring.h"
#include "cli/Command.h"
#include "services/keys/KeyService.h"
#include "services/visits/TerminalEventService.h"
#include "storage/ConnectionPool.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgStoreAdminRepository.h"

#include <ostream>

namespace kiroku::backend::cli {

Command terminalCredentialCommand() {
    return {"terminal-credential", "terminal-credential --store CODE --terminal NUMBER",
            "issue a new credential for a terminal's usage events, replacing any earlier one; it is printed once "
            "and only its keyed hash is stored (needs the key-encryption key, crypto.kek_file)",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {"store", "terminal"});
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                storage::PgStoreAdminRepository admin(pool);
                const auto store = admin.findStore(options["store"]);
                if (!store) {
                    ctx.err << "kirokuctl terminal-credential: no store with --store " << options["store"] << '\n';
                    return kExitDataErr;
                }
                const auto terminalId = admin.findTerminal(*store, options["terminal"]);
                if (!terminalId) {
                    ctx.err << "kirokuctl terminal-credential: the store has no terminal with --terminal "
                            << options["terminal"] << '\n';
                    return kExitDataErr;
                }
                storage::PgKeyRepository keyRepository(pool);
                services::KeyService keys(keyRepository, app::loadKek(ctx.settings));
                const auto credential = services::newTerminalCredential(*terminalId);
                admin.setTerminalCredential(*terminalId,
                                            services::terminalCredentialHash(keys, *terminalId, credential.secret));
                ctx.out << "terminal " << options["terminal"] << " of store " << options["store"]
                        << ": configure the booth PC to send this header (shown only now):\n"
                        << "Authorization: Terminal " << credential.value() << '\n';
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
