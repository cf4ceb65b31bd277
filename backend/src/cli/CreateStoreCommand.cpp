#include "cli/Command.h"
#include "domain/Errors.h"
#include "services/rules/ZoneTime.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

#include <ostream>
#include <regex>

namespace kiroku::backend::cli {

Command createStoreCommand() {
    return {"create-store", "create-store --code CODE --name NAME [--time-zone ZONE]",
            "create a store: CODE is 2-32 lower-case letters, digits and '-'; ZONE an IANA zone (default Asia/Tokyo)",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {"code", "name"}, {"time-zone"});
                const std::string& code = options["code"];
                const std::string& name = options["name"];
                const std::string zone = options.count("time-zone") ? options["time-zone"] : "Asia/Tokyo";
                if (!std::regex_match(code, std::regex("[a-z0-9][a-z0-9-]{1,31}"))) {
                    throw std::invalid_argument(
                        "--code must be 2 to 32 lower-case letters, digits or '-', starting with a letter or digit");
                }
                if (name.empty() || name.size() > 600) {
                    throw std::invalid_argument("--name must be 1 to 200 characters");
                }
                if (!rules::isKnownTimeZone(zone)) {
                    throw std::invalid_argument("--time-zone must be an IANA time zone such as Asia/Tokyo");
                }
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                storage::PgStoreAdminRepository admin(pool);
                if (admin.findStore(code)) {
                    ctx.err << "kirokuctl create-store: a store with --code " << code << " already exists\n";
                    return kExitDataErr;
                }
                std::int64_t id = 0;
                try {
                    id = admin.createStore({code, name, zone, "{}"});
                } catch (const domain::Conflict&) {
                    ctx.err << "kirokuctl create-store: a store with --code " << code << " already exists\n";
                    return kExitDataErr;
                } catch (const domain::ValidationError&) {
                    ctx.err << "kirokuctl create-store: --name must be 1 to 200 characters\n";
                    return kExitDataErr;
                }
                ctx.out << "store " << code << " created (id " << id << ", time zone " << zone << ")\n";
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
