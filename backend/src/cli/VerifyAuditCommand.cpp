#include "cli/Command.h"
#include "domain/Errors.h"
#include "services/audit/AuditVerifier.h"
#include "storage/ConnectionPool.h"
#include "storage/PgAuditLog.h"
#include "storage/PgStoreAdminRepository.h"

#include <ostream>

namespace kiroku::backend::cli {

namespace {

void print(std::ostream& out, const services::ChainVerification& r) {
    out << (r.chainId == 0 ? std::string("global chain") : "store " + std::to_string(r.chainId) + " chain") << ": ";
    if (r.ok) {
        out << "ok, " << r.length << " entries, head " << r.headHash << '\n';
        return;
    }
    out << "BROKEN at entry " << r.firstBroken->seq << " (" << r.firstBroken->code << "): " << r.firstBroken->message
        << "; " << r.length << " entries hold together before it\n";
}

} // namespace

Command verifyAuditCommand() {
    return {"verify-audit", "verify-audit [--store CODE] [--batch-size N]",
            "walk the audit chains (one store's, or every store's and the global one) and report the first broken "
            "link of each; exits 65 when any chain is broken",
            [](CommandContext& ctx) {
                auto options = parseOptions(ctx.args, {}, {"store", "batch-size"});
                std::size_t batch = 5000;
                if (options.count("batch-size")) {
                    const std::string& text = options["batch-size"];
                    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos ||
                        std::stoul(text) == 0) {
                        throw std::invalid_argument("--batch-size must be between 1 and 999999");
                    }
                    batch = std::stoul(text);
                }
                try {
                    storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                    storage::PgAuditLog log(pool);
                    services::AuditVerifier verifier(log, batch);
                    std::vector<services::ChainVerification> results;
                    if (options.count("store")) {
                        storage::PgStoreAdminRepository admin(pool);
                        const auto store = admin.findStore(options["store"]);
                        if (!store) {
                            ctx.err << "kirokuctl verify-audit: no store with --store " << options["store"] << '\n';
                            return kExitDataErr;
                        }
                        results.push_back(verifier.verify(*store));
                    } else {
                        results = verifier.verifyAll();
                    }
                    bool ok = true;
                    for (const auto& r : results) {
                        print(ctx.out, r);
                        ok = ok && r.ok;
                    }
                    if (results.empty()) {
                        ctx.out << "no audit chain has been written yet\n";
                    }
                    return ok ? kExitOk : kExitDataErr;
                } catch (const domain::Unavailable& e) {
                    ctx.err << "kirokuctl verify-audit: " << e.what() << '\n';
                    return kExitUnavailable;
                }
            }};
}

} // namespace kiroku::backend::cli
