#include "cli/AdminCommand.h"
#include "cli/Command.h"

#include <ostream>

namespace kiroku::backend::cli {

Command createBoothCommand() {
    return {"create-booth", "create-booth --store CODE --label LABEL [--kind KIND]",
            "create a booth in a store; KIND is open_seat (default), reclining, flat, private_room or pair",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {"store", "label"}, {"kind"});
                const std::string& label = options["label"];
                const std::string kind = options.count("kind") ? options["kind"] : "open_seat";
                runAdminAction(ctx, "the store already has a booth with --label " + label, [&](auto& admin) {
                    const auto id = admin.createBooth(requireStore(admin, options["store"]), label, kind);
                    ctx.out << "booth " << label << " created in store " << options["store"] << " (id " << id << ")\n";
                });
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
