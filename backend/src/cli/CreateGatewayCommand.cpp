#include "app/Wiring.h"
#include "cli/Command.h"
#include "domain/Errors.h"
#include "services/keys/KeyService.h"
#include "services/nat/GatewayAuth.h"
#include "storage/ConnectionPool.h"
#include "storage/PgGatewayRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgStoreAdminRepository.h"

#include <ostream>
#include <regex>

namespace kiroku::backend::cli {

namespace {

// Issues a new credential for the gateway, replacing any earlier one, and prints it once.
int issueCredential(CommandContext& ctx, storage::ConnectionPool& pool, storage::PgGatewayRepository& gateways,
                    std::int64_t gatewayId, const std::string& name, const std::string& store) {
    storage::PgKeyRepository keyRepository(pool);
    services::KeyService keys(keyRepository, app::loadKek(ctx.settings));
    const auto credential = services::newGatewayCredential(gatewayId);
    gateways.setCredentialHash(gatewayId, services::gatewayCredentialHash(keys, gatewayId, credential.secret));
    ctx.out << "gateway " << name << " of store " << store
            << ": configure its log upload to send this header (shown only now):\n"
            << "Authorization: Gateway " << credential.value() << '\n';
    return kExitOk;
}

struct Target {
    std::int64_t storeId = 0;
    std::map<std::string, std::string> options;
};

std::optional<Target> findStore(CommandContext& ctx, storage::ConnectionPool& pool, const std::string& command) {
    Target target;
    target.options = parseOptions(ctx.args, {"store", "name"});
    if (!std::regex_match(target.options["name"], std::regex("[a-z0-9][a-z0-9._-]{0,31}"))) {
        throw std::invalid_argument("--name must be 1 to 32 lower-case letters, digits, '.', '_' or '-'");
    }
    storage::PgStoreAdminRepository admin(pool);
    const auto store = admin.findStore(target.options["store"]);
    if (!store) {
        ctx.err << "kirokuctl " << command << ": no store with --store " << target.options["store"] << '\n';
        return std::nullopt;
    }
    target.storeId = *store;
    return target;
}

} // namespace

Command createGatewayCommand() {
    return {"create-gateway", "create-gateway --store CODE --name NAME",
            "register a store's gateway (its NAT router) and issue the credential it uploads its NAT log with "
            "(POST /v1/gateway-logs); printed once, only its keyed hash is stored (needs crypto.kek_file)",
            [](CommandContext& ctx) {
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                const auto target = findStore(ctx, pool, "create-gateway");
                if (!target) {
                    return kExitDataErr;
                }
                const std::string& name = target->options.at("name");
                storage::PgGatewayRepository gateways(pool);
                std::int64_t id = 0;
                try {
                    id = gateways.createGateway(target->storeId, name);
                } catch (const domain::Conflict&) {
                    ctx.err << "kirokuctl create-gateway: the store already has a gateway with --name " << name
                            << " (issue a new credential with gateway-credential)\n";
                    return kExitDataErr;
                }
                return issueCredential(ctx, pool, gateways, id, name, target->options.at("store"));
            }};
}

Command gatewayCredentialCommand() {
    return {"gateway-credential", "gateway-credential --store CODE --name NAME",
            "issue a new credential for a gateway's NAT log uploads, replacing any earlier one; printed once "
            "(needs crypto.kek_file)",
            [](CommandContext& ctx) {
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                const auto target = findStore(ctx, pool, "gateway-credential");
                if (!target) {
                    return kExitDataErr;
                }
                const std::string& name = target->options.at("name");
                storage::PgGatewayRepository gateways(pool);
                const auto id = gateways.findGatewayByName(target->storeId, name);
                if (!id) {
                    ctx.err << "kirokuctl gateway-credential: the store has no gateway with --name " << name << '\n';
                    return kExitDataErr;
                }
                return issueCredential(ctx, pool, gateways, *id, name, target->options.at("store"));
            }};
}

} // namespace kiroku::backend::cli
