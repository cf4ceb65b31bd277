#include "cli/AdminCommand.h"

#include "crypto/PasswordHasher.h"
#include "domain/Errors.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

#include <map>
#include <stdexcept>

namespace kiroku::backend::cli {

namespace {

std::string optionFor(const std::string& field) {
    static const std::map<std::string, std::string> kOptions{
        {"time_zone", "--time-zone"},
        {"display_name", "--name"},
        {"mac_address", "--mac"},
        {"private_ip", "--ip"},
        {"password", "the password (KIROKU_STAFF_PASSWORD or standard input)"},
    };
    const auto it = kOptions.find(field);
    return it != kOptions.end() ? it->second : "--" + field;
}

} // namespace

std::int64_t requireStore(services::StoreAdminService& admin, const std::string& code) {
    try {
        return admin.storeByCode(code);
    } catch (const domain::NotFound&) {
        throw DataError("no store with --store " + code);
    }
}

void runAdminAction(CommandContext& ctx, const std::string& conflict,
                    const std::function<void(services::StoreAdminService&)>& action) {
    storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
    storage::PgStoreAdminRepository repository(pool);
    const crypto::PasswordHasher hasher;
    services::StoreAdminService admin(repository, hasher);
    try {
        action(admin);
    } catch (const domain::ValidationError& e) {
        throw std::invalid_argument(optionFor(e.field()) + " " + e.what());
    } catch (const domain::Conflict&) {
        throw DataError(conflict);
    }
}

} // namespace kiroku::backend::cli
