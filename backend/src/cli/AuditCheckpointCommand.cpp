#include "app/Wiring.h"
#include "cli/Command.h"
#include "crypto/Errors.h"
#include "domain/Errors.h"
#include "http/dto/AuditJson.h"
#include "services/audit/CheckpointService.h"
#include "services/signing/StoreSigner.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "storage/PgCheckpointRepository.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreAdminRepository.h"
#include "storage/PgStoreRepository.h"

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <ostream>
#include <sstream>

namespace kiroku::backend::cli {

namespace {

std::string jsonText(const Poco::JSON::Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out, 2);
    return out.str() + "\n";
}

int create(CommandContext& ctx, services::CheckpointService& checkpoints, storage::ConnectionPool& pool,
           const std::string& storeCode, const std::string& exportTo) {
    storage::PgStoreAdminRepository admin(pool);
    const auto store = admin.findStore(storeCode);
    if (!store) {
        ctx.err << "kirokuctl audit-checkpoint: no store with --store " << storeCode << '\n';
        return kExitDataErr;
    }
    const auto checkpoint = checkpoints.create(*store, consoleOperator());
    const std::string json = jsonText(http::checkpointJson(*checkpoint));
    if (exportTo.empty() || exportTo == "-") {
        ctx.out << json;
    } else {
        std::ofstream(exportTo) << json;
        ctx.out << "checkpoint of store " << storeCode << " at entry " << checkpoint->length << " (head "
                << checkpoint->headHash << ") written to " << exportTo << '\n';
    }
    return kExitOk;
}

int verify(CommandContext& ctx, services::CheckpointService& checkpoints, const std::string& file) {
    std::ifstream in(file);
    if (!in) {
        ctx.err << "kirokuctl audit-checkpoint: cannot read " << file << '\n';
        return kExitUsage;
    }
    std::ostringstream content;
    content << in.rdbuf();
    services::ExportedCheckpoint old;
    try {
        old = http::checkpointFromJson(Poco::JSON::Parser().parse(content.str()).extract<Poco::JSON::Object::Ptr>());
    } catch (const domain::ValidationError& e) {
        ctx.err << "kirokuctl audit-checkpoint: " << file << ": " << e.field() << ": " << e.what() << '\n';
        return kExitDataErr;
    } catch (const Poco::Exception&) {
        ctx.err << "kirokuctl audit-checkpoint: " << file << " is not a JSON object\n";
        return kExitDataErr;
    }
    const auto result = checkpoints.check(old);
    ctx.out << (result.ok ? "ok" : "FAILED") << " (" << result.code << "): " << result.message << '\n';
    return result.ok ? kExitOk : kExitDataErr;
}

} // namespace

Command auditCheckpointCommand() {
    return {"audit-checkpoint", "audit-checkpoint (--store CODE [--export FILE] | --verify FILE)",
            "sign a store's audit chain head now and print (or --export to FILE) the checkpoint as JSON with the "
            "store's public key; or check an exported checkpoint against the log as it is now (exit 65 when the log "
            "was rewritten since)",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {}, {"store", "export", "verify"});
                const bool verifying = options.count("verify") > 0;
                if (verifying == (options.count("store") > 0) || (verifying && options.count("export"))) {
                    throw std::invalid_argument("give either --store CODE [--export FILE] or --verify FILE");
                }
                try {
                    const auto kek = app::loadKek(ctx.settings);
                    storage::ConnectionPool pool(ctx.settings.database.dsn, 2, std::chrono::seconds(10));
                    storage::PgAuditLog log(pool);
                    storage::PgCheckpointRepository checkpointRepository(pool);
                    storage::PgSigningKeyRepository signingKeys(pool);
                    storage::PgStoreRepository stores(pool);
                    services::StoreSigner signer(signingKeys, kek);
                    services::SystemClock clock;
                    services::CheckpointService checkpoints(checkpointRepository, log, signer, stores, clock);
                    return verifying ? verify(ctx, checkpoints, options["verify"])
                                     : create(ctx, checkpoints, pool, options["store"],
                                              options.count("export") ? options["export"] : std::string());
                } catch (const crypto::KeyFileError& e) {
                    ctx.err << "kirokuctl audit-checkpoint: " << e.what() << '\n';
                    return kExitConfig;
                } catch (const crypto::DecryptionError&) {
                    ctx.err << "kirokuctl audit-checkpoint: the store's signing key does not unwrap with the "
                               "configured KEK\n";
                    return kExitDataErr;
                } catch (const domain::Unavailable& e) {
                    ctx.err << "kirokuctl audit-checkpoint: " << e.what() << '\n';
                    return kExitUnavailable;
                }
            }};
}

} // namespace kiroku::backend::cli
