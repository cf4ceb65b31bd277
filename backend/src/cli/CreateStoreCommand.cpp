#include "cli/AdminCommand.h"
#include "cli/Command.h"

#include <ostream>

namespace kiroku::backend::cli {

Command createStoreCommand() {
    return {"create-store", "create-store --code CODE --name NAME [--time-zone ZONE]",
            "create a store: CODE is 2-32 lower-case letters, digits and '-'; ZONE an IANA zone (default Asia/Tokyo)",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {"code", "name"}, {"time-zone"});
                services::StoreDraft store;
                store.code = options["code"];
                store.name = options["name"];
                if (options.count("time-zone")) {
                    store.timeZone = options["time-zone"];
                }
                runAdminAction(ctx, "a store with --code " + store.code + " already exists", [&](auto& admin) {
                    const auto id = admin.createStore(store);
                    ctx.out << "store " << store.code << " created (id " << id << ", time zone " << store.timeZone
                            << ")\n";
                });
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
