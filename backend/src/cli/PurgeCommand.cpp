#include "app/Wiring.h"
#include "cli/Command.h"
#include "crypto/Errors.h"
#include "domain/Errors.h"
#include "http/dto/Time.h"
#include "services/retention/PurgeService.h"
#include "services/signing/StoreSigner.h"
#include "services/stores/CachedStoreRepository.h"
#include "storage/ConnectionPool.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreRepository.h"

#include <ostream>

namespace kiroku::backend::cli {

namespace {

struct PurgeArgs {
    bool dryRun = false;
    std::optional<std::string> asOf;
    std::size_t batchSize = 0;
};

std::optional<std::string> parse(const std::vector<std::string>& args, PurgeArgs& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--dry-run") {
            o.dryRun = true;
        } else if (a == "--as-of" && i + 1 < args.size()) {
            o.asOf = args[++i];
        } else if (a == "--batch-size" && i + 1 < args.size()) {
            const std::string& v = args[++i];
            if (v.empty() || v.size() > 7 || v.find_first_not_of("0123456789") != std::string::npos ||
                std::stoul(v) < 100) {
                return "--batch-size must be a whole number from 100 to 9999999";
            }
            o.batchSize = std::stoul(v);
        } else {
            return "unknown or incomplete argument " + a.substr(0, 40);
        }
    }
    return std::nullopt;
}

template <typename Range> std::string joined(const Range& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ");
        if constexpr (std::is_arithmetic_v<std::decay_t<decltype(item)>>) {
            out += std::to_string(item);
        } else {
            out += item;
        }
    }
    return out.empty() ? "none" : out;
}

void print(std::ostream& out, const domain::PurgeCertificate& c) {
    const bool dry = c.dryRun;
    out << (dry ? "DRY RUN (nothing was changed): what a purge" : "purge certificate " + c.id + ":") << " as of "
        << http::formatInstant(c.asOf) << '\n';
    for (const auto& s : c.stores) {
        out << "  store " << s.storeId << " (" << s.timeZone << ", " << s.retentionYears
            << " years): visits and identity records whose retention ended before " << s.today.toString()
            << "; terminal events up to " << s.lastExpiredDay.toString() << '\n';
    }
    out << (dry ? "rows that would be purged:\n" : "rows purged:\n");
    for (const auto& [table, n] : c.counts) {
        out << "  " << table << ": " << n << '\n';
    }
    out << (dry ? "partitions that would be dropped: " : "partitions dropped: ") << joined(c.partitionsDropped) << '\n';
    out << (dry ? "retention months whose keys would be destroyed: " : "retention months whose keys were destroyed: ")
        << joined(c.destroyedKeyMonths) << " (key ids: " << joined(c.destroyedKeyIds) << ")\n";
    out << (dry ? "months whose police keys would be destroyed: " : "months whose police keys were destroyed: ")
        << joined(c.destroyedPoliceKeyMonths) << '\n';
    for (const auto& k : c.keptKeys) {
        out << (dry ? "  key " : "  kept key ") << k.id << " (" << k.scope << "): " << k.records
            << (dry ? " records under it now; they are purged or re-encrypted under a later month first, and a record "
                      "that still needs the month keeps the key\n"
                    : " records still need it\n");
    }
    if (!dry) {
        out << "records re-encrypted under a later month's key: " << c.reencrypted << '\n';
    }
    out << "legal holds respected: " << c.holdIds.size() << (c.holdIds.empty() ? "" : " (" + joined(c.holdIds) + ")")
        << '\n';
    for (const auto& [table, n] : c.heldBack) {
        out << "  kept past retention by holds: " << table << ": " << n << '\n';
    }
    for (const auto& sig : c.signatures) {
        out << "signed by store " << sig.storeId << " with its key " << sig.keyId
            << " and appended to its audit chain\n";
    }
    out << "duration: " << c.durationMs << " ms\n";
}

} // namespace

Command purgeCommand() {
    return {"purge", "purge [--dry-run] [--as-of RFC3339 (testing only)] [--batch-size N]",
            "purge every record whose retention is over (except what legal holds keep), destroy the keys of the "
            "months that are over, and store a purge certificate; --dry-run only reports what would go",
            [](CommandContext& ctx) {
                PurgeArgs args;
                if (const auto problem = parse(ctx.args, args)) {
                    ctx.err << "purge: " << *problem << '\n';
                    return kExitUsage;
                }
                auto asOf = std::chrono::system_clock::now();
                std::string clockSource;
                if (args.asOf || !ctx.settings.testing.fixedNow.empty()) {
                    if (!ctx.settings.testing.enabled) {
                        ctx.err << "purge: --as-of is honoured only with testing.enabled = true\n";
                        return kExitUsage;
                    }
                    const std::string text = args.asOf ? *args.asOf : ctx.settings.testing.fixedNow;
                    const auto parsed = http::parseInstant(text);
                    if (!parsed) {
                        ctx.err << "purge: --as-of must be an RFC 3339 instant\n";
                        return kExitUsage;
                    }
                    asOf = *parsed;
                    ctx.err << "kirokuctl purge: WARNING: TESTING MODE: the purge runs as of " << text
                            << " instead of the real time. Never run a store like this.\n";
                }
                try {
                    storage::ConnectionPool pool(ctx.settings.database.dsn, 3, std::chrono::seconds(10));
                    storage::PgKeyRepository keyRepository(pool);
                    auto keys = app::makeKeyService(ctx.settings, keyRepository);
                    storage::PgStoreRepository stores(pool);
                    storage::PgRetentionStore store(pool);
                    storage::PgSigningKeyRepository signingKeys(pool);
                    services::StoreSigner signer(signingKeys, keys->kek());
                    services::PurgeService purge(store, stores, *keys, signer);
                    services::PurgeOptions options;
                    options.actor = consoleOperator();
                    options.dryRun = args.dryRun;
                    options.triggeredBy = "kirokuctl";
                    options.batchSize = args.batchSize > 0 ? args.batchSize : ctx.settings.retention.batchSize;
                    options.workShare = ctx.settings.retention.workShare;
                    print(ctx.out, purge.run(asOf, options));
                    return kExitOk;
                } catch (const crypto::KeyFileError& e) {
                    ctx.err << "purge: " << e.what() << '\n';
                    return kExitConfig;
                } catch (const domain::Conflict& e) {
                    ctx.err << "purge: " << e.what() << '\n';
                    return kExitUnavailable;
                } catch (const domain::Unavailable& e) {
                    ctx.err << "purge: " << e.what() << '\n';
                    return kExitUnavailable;
                } catch (const crypto::DecryptionError&) {
                    ctx.err << "purge: a data key does not unwrap with the configured KEK (crypto.kek_file, "
                               "crypto.kek_version)\n";
                    return kExitDataErr;
                }
            }};
}

} // namespace kiroku::backend::cli
