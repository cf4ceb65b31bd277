#include "cli/Command.h"
#include "domain/Errors.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

#include <algorithm>
#include <ostream>

namespace kiroku::backend::cli {

Command createBoothCommand() {
    return {"create-booth", "create-booth --store CODE --label LABEL [--kind KIND]",
            "create a booth in a store; KIND is open_seat (default), reclining, flat, private_room or pair",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {"store", "label"}, {"kind"});
                const std::string& label = options["label"];
                const std::string kind = options.count("kind") ? options["kind"] : "open_seat";
                if (label.empty()) {
                    throw std::invalid_argument("--label must be 1 to 32 characters");
                }
                static const std::vector<std::string> kKinds{"open_seat", "reclining", "flat", "private_room", "pair"};
                if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
                    throw std::invalid_argument("--kind must be one of open_seat, reclining, flat, private_room, pair");
                }
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                storage::PgStoreAdminRepository admin(pool);
                const auto store = admin.findStore(options["store"]);
                if (!store) {
                    ctx.err << "kirokuctl create-booth: no store with --store " << options["store"] << '\n';
                    return kExitDataErr;
                }
                std::int64_t id = 0;
                try {
                    id = admin.createBooth(*store, label, kind);
                } catch (const domain::Conflict&) {
                    ctx.err << "kirokuctl create-booth: the store already has a booth with --label " << label << '\n';
                    return kExitDataErr;
                } catch (const domain::ValidationError&) {
                    ctx.err << "kirokuctl create-booth: --label must be 1 to 32 characters\n";
                    return kExitDataErr;
                }
                ctx.out << "booth " << label << " created in store " << options["store"] << " (id " << id << ")\n";
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
