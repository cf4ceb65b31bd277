#include "app/Wiring.h"
#include "cli/Command.h"
#include "crypto/Errors.h"
#include "domain/Errors.h"
#include "services/identity/IdentityKeyRotation.h"
#include "services/signing/StoreSigner.h"
#include "storage/ConnectionPool.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgSigningKeyRepository.h"

#include <map>
#include <optional>
#include <ostream>

namespace kiroku::backend::cli {

namespace {

struct RotateOptions {
    std::string newKekFile;
    std::optional<std::uint32_t> newKekVersion;
    bool reencrypt = false;
    bool reencryptPending = false;
    std::size_t batchSize = 500;
};

std::optional<std::uint64_t> positive(const std::string& text) {
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    const auto value = std::stoull(text);
    return value > 0 ? std::optional<std::uint64_t>(value) : std::nullopt;
}

/// Parses the arguments; returns an error message, or nothing when they are usable.
std::optional<std::string> parse(const std::vector<std::string>& args, RotateOptions& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--new-kek-file" && hasValue) {
            o.newKekFile = args[++i];
        } else if (a == "--new-kek-version" && hasValue) {
            const auto v = positive(args[++i]);
            if (!v || *v > 0x7FFFFFFF) {
                return "--new-kek-version must be a positive whole number";
            }
            o.newKekVersion = static_cast<std::uint32_t>(*v);
        } else if (a == "--batch-size" && hasValue) {
            const auto v = positive(args[++i]);
            if (!v || *v > 100000) {
                return "--batch-size must be between 1 and 100000";
            }
            o.batchSize = static_cast<std::size_t>(*v);
        } else if (a == "--reencrypt") {
            o.reencrypt = true;
        } else if (a == "--reencrypt-pending") {
            o.reencryptPending = true;
        } else {
            return "unknown or incomplete argument " + a;
        }
    }
    const bool kekMode = !o.newKekFile.empty() || o.newKekVersion;
    const int modes = (kekMode ? 1 : 0) + (o.reencrypt ? 1 : 0) + (o.reencryptPending ? 1 : 0);
    if (modes != 1) {
        return "give either --new-kek-file FILE --new-kek-version N, or --reencrypt, or --reencrypt-pending";
    }
    if (kekMode && (o.newKekFile.empty() || !o.newKekVersion)) {
        return "--new-kek-file and --new-kek-version go together";
    }
    return std::nullopt;
}

int rotateKek(CommandContext& ctx, const RotateOptions& o, const crypto::KeyEncryptionKey& current,
              storage::ConnectionPool& pool) {
    const auto next = crypto::KeyEncryptionKey::fromFile(o.newKekFile, *o.newKekVersion);
    if (next.fingerprint() == current.fingerprint()) {
        ctx.err << "the new KEK is the key already in use: generate a new one\n";
        return kExitUsage;
    }
    storage::PgKeyRepository keyRepository(pool);
    std::map<std::uint32_t, std::size_t> byVersion;
    for (const auto& key : keyRepository.allLive()) {
        ++byVersion[key.kekVersion];
    }
    ctx.out << "live data keys before:";
    for (const auto& [version, count] : byVersion) {
        ctx.out << " KEK v" << version << ": " << count << ';';
    }
    ctx.out << '\n';
    storage::PgIdentityKeyMaintenance maintenance(pool, consoleOperator());
    services::IdentityKeyRotation rotation(maintenance, o.batchSize);
    const auto report = rotation.rotateKek(current, next);
    ctx.out << "re-wrapped " << report.rewrapped << " data keys from KEK v" << current.version() << " to KEK v"
            << next.version() << " (fingerprint " << next.fingerprint() << ")\n";
    storage::PgSigningKeyRepository signingKeys(pool);
    const std::size_t signing = services::StoreSigner::rewrapAll(signingKeys, current, next, consoleOperator());
    ctx.out << "re-wrapped " << signing << " store signing keys from KEK v" << current.version() << " to KEK v"
            << next.version() << '\n';
    if (report.otherVersion > 0) {
        ctx.out << "left " << report.otherVersion
                << " data keys wrapped by other KEK versions unchanged: run again with that KEK configured\n";
    }
    ctx.out << "now set crypto.kek_file (or KIROKU_KEK) to the new KEK and crypto.kek_version = " << next.version()
            << ", restart the servers, then run this command once more to re-wrap any key created meanwhile\n";
    return report.otherVersion > 0 ? kExitDataErr : kExitOk;
}

int reencrypt(CommandContext& ctx, const RotateOptions& o, crypto::KeyEncryptionKey current,
              storage::ConnectionPool& pool) {
    storage::PgKeyRepository keyRepository(pool);
    // New keys are split with the key vault, so re-encrypting moves V002 records onto keys that can be shredded.
    crypto::KeyVault vault(app::keyVaultDir(ctx.settings), [&keyRepository] { return keyRepository.vaultInstance(); });
    services::KeyService keys(keyRepository, std::move(current), std::move(vault));
    storage::PgIdentityKeyMaintenance maintenance(pool, consoleOperator());
    services::IdentityKeyRotation rotation(maintenance, o.batchSize);
    const auto report = rotation.reencrypt(keys, o.reencrypt);
    ctx.out << "retired " << report.keysRetired << " personal-fields keys\n";
    std::size_t total = 0;
    std::size_t failed = 0;
    for (const auto& k : report.keys) {
        ctx.out << "  key " << k.fromKeyId << " (" << k.scope << ") -> key " << k.toKeyId << ": " << k.reencrypted
                << " records re-encrypted" << (k.failed > 0 ? ", " + std::to_string(k.failed) + " failed" : "") << '\n';
        total += k.reencrypted;
        failed += k.failed;
    }
    ctx.out << "re-encrypted " << total << " identity records";
    if (failed > 0) {
        ctx.out << "; " << failed << " records did not decrypt under their key and were left unchanged";
    }
    ctx.out << '\n';
    ctx.out << "retired " << report.policeKeysRetired << " police-fields keys\n";
    std::size_t requests = 0;
    std::size_t failedRequests = 0;
    for (const auto& k : report.policeKeys) {
        ctx.out << "  key " << k.fromKeyId << " (" << k.scope << ") -> key " << k.toKeyId << ": " << k.reencrypted
                << " police requests re-encrypted" << (k.failed > 0 ? ", " + std::to_string(k.failed) + " failed" : "")
                << '\n';
        requests += k.reencrypted;
        failedRequests += k.failed;
    }
    ctx.out << "re-encrypted " << requests << " police requests";
    if (failedRequests > 0) {
        ctx.out << "; " << failedRequests << " requests did not decrypt under their key and were left unchanged";
    }
    ctx.out << '\n';
    failed += failedRequests;
    if (o.reencrypt) {
        ctx.out << "restart the servers, then run rotate-keys --reencrypt-pending for records they wrote meanwhile\n";
    }
    return failed > 0 ? kExitDataErr : kExitOk;
}

} // namespace

Command rotateKeysCommand() {
    return {"rotate-keys",
            "rotate-keys (--new-kek-file FILE --new-kek-version N | --reencrypt | --reencrypt-pending) "
            "[--batch-size N]",
            "re-wrap every live data key under a new KEK, or retire each month's personal-fields and police-fields "
            "keys and re-encrypt the identity records and police requests under new ones, in short transactions "
            "while the server runs",
            [](CommandContext& ctx) {
                RotateOptions options;
                if (const auto problem = parse(ctx.args, options)) {
                    ctx.err << "rotate-keys: " << *problem << '\n';
                    return kExitUsage;
                }
                try {
                    auto current = app::loadKek(ctx.settings);
                    storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                    return options.reencrypt || options.reencryptPending
                               ? reencrypt(ctx, options, std::move(current), pool)
                               : rotateKek(ctx, options, current, pool);
                } catch (const crypto::KeyFileError& e) {
                    ctx.err << "rotate-keys: " << e.what() << '\n';
                    return kExitConfig;
                } catch (const crypto::DecryptionError&) {
                    ctx.err << "rotate-keys: a data key does not unwrap with the current KEK: is crypto.kek_file "
                               "(or KIROKU_KEK) the KEK in use, with the right crypto.kek_version?\n";
                    return kExitDataErr;
                } catch (const domain::Unavailable& e) {
                    ctx.err << "rotate-keys: " << e.what() << '\n';
                    return kExitUnavailable;
                }
            }};
}

} // namespace kiroku::backend::cli
