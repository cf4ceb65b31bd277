#include "cli/Command.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Random.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

#include <cstdlib>
#include <ostream>

namespace kiroku::backend::cli {

namespace {

std::string passwordFromEnv(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::string(value) : crypto::randomToken(12);
}

std::string twoDigits(int n) {
    std::string digits = std::to_string(n);
    return digits.size() < 2 ? "0" + digits : digits;
}

} // namespace

Command seedDemoCommand() {
    return {"seed-demo", "seed-demo",
            "create the demo store (code \"demo\") with 20 booths, their terminals, a clerk and a manager; "
            "passwords from KIROKU_DEMO_CLERK_PASSWORD / KIROKU_DEMO_MANAGER_PASSWORD or random, printed",
            [](CommandContext& ctx) {
                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                storage::PgStoreAdminRepository admin(pool);
                auto store = admin.findStore("demo");
                if (!store) {
                    store = admin.createStore(
                        {"demo", "記録カフェ デモ店", "Asia/Tokyo", "{}", std::nullopt, std::nullopt});
                }
                static const char* kKinds[] = {"open_seat", "reclining", "flat", "private_room"};
                for (int i = 1; i <= 20; ++i) {
                    const std::string label = (i <= 10 ? "A" : "B") + twoDigits(i <= 10 ? i : i - 10);
                    const auto booth = admin.ensureBooth(*store, label, kKinds[(i - 1) / 5]);
                    admin.ensureTerminal(*store, "PC-" + twoDigits(i), booth);
                }
                const crypto::PasswordHasher hasher;
                const std::string clerkPassword = passwordFromEnv("KIROKU_DEMO_CLERK_PASSWORD");
                const std::string managerPassword = passwordFromEnv("KIROKU_DEMO_MANAGER_PASSWORD");
                admin.upsertStaff({*store, "demo-clerk", "デモ 受付", "clerk", hasher.hash(clerkPassword)});
                admin.upsertStaff({*store, "demo-manager", "デモ 店長", "manager", hasher.hash(managerPassword)});
                ctx.out << "demo store \"demo\" (id " << *store
                        << "): 20 booths A01-A10, B01-B10, terminals PC-01..PC-20\n"
                        << "  clerk:   demo-clerk / " << clerkPassword << '\n'
                        << "  manager: demo-manager / " << managerPassword << '\n';
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
