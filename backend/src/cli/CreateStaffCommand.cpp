#include "cli/Command.h"
#include "crypto/PasswordHasher.h"
#include "domain/Errors.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

#include <cstdlib>
#include <iostream>
#include <regex>

namespace kiroku::backend::cli {

namespace {

constexpr std::size_t kMinPasswordLength = 10;

/// KIROKU_STAFF_PASSWORD, else the first line of standard input: never an argument, which other users can read.
std::string readPassword() {
    if (const char* env = std::getenv("KIROKU_STAFF_PASSWORD"); env != nullptr && *env != '\0') {
        return env;
    }
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

} // namespace

Command createStaffCommand() {
    return {"create-staff", "create-staff --store CODE --login LOGIN --name NAME --role clerk|manager|auditor|admin",
            "create a staff account; the password is read from KIROKU_STAFF_PASSWORD or the first line of standard "
            "input (at least 10 characters), never from the command line",
            [](CommandContext& ctx) {
                for (const auto& arg : ctx.args) {
                    if (arg == "--password" || arg.rfind("--password=", 0) == 0) {
                        throw std::invalid_argument("passwords are never taken from the command line: set "
                                                    "KIROKU_STAFF_PASSWORD or pipe it on standard input");
                    }
                }
                auto options = parseOptions(ctx.args, {"store", "login", "name", "role"});
                if (!std::regex_match(options["login"], std::regex("[a-z0-9][a-z0-9._-]{1,63}"))) {
                    throw std::invalid_argument("--login must be 2 to 64 lower-case letters, digits, '.', '_' or '-'");
                }
                if (options["name"].empty()) {
                    throw std::invalid_argument("--name must be 1 to 100 characters");
                }
                const std::string& role = options["role"];
                if (role != "clerk" && role != "manager" && role != "auditor" && role != "admin") {
                    throw std::invalid_argument("--role must be one of clerk, manager, auditor, admin");
                }
                const std::string password = readPassword();
                if (password.size() < kMinPasswordLength) {
                    throw std::invalid_argument("the password (KIROKU_STAFF_PASSWORD or standard input) must be at "
                                                "least 10 characters");
                }
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                storage::PgStoreAdminRepository admin(pool);
                const auto store = admin.findStore(options["store"]);
                if (!store) {
                    ctx.err << "kirokuctl create-staff: no store with --store " << options["store"] << '\n';
                    return kExitDataErr;
                }
                const crypto::PasswordHasher hasher;
                std::int64_t id = 0;
                try {
                    id = admin.createStaff({*store, options["login"], options["name"], role, hasher.hash(password)});
                } catch (const domain::Conflict&) {
                    ctx.err << "kirokuctl create-staff: --login " << options["login"] << " is already taken\n";
                    return kExitDataErr;
                } catch (const domain::ValidationError&) {
                    ctx.err << "kirokuctl create-staff: --name must be 1 to 100 characters\n";
                    return kExitDataErr;
                }
                ctx.out << "staff " << options["login"] << " (" << role << ") created in store " << options["store"]
                        << " (id " << id << ")\n";
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
