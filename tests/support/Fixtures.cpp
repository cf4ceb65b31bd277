#include "support/Fixtures.h"

#include "crypto/PasswordHasher.h"
#include "crypto/Random.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"

namespace kiroku::test {

StaffFixture createStaff(const TestDatabase& db, const std::string& storeCode, const std::string& login,
                         const std::string& role, int booths) {
    backend::storage::ConnectionPool pool(db.dsn(), 1, std::chrono::seconds(10));
    backend::storage::PgStoreAdminRepository admin(pool);
    StaffFixture fixture;
    auto store = admin.findStore(storeCode);
    fixture.storeId =
        store ? *store
              : admin.createStore({storeCode, "テスト店 " + storeCode, "Asia/Tokyo", "{}", std::nullopt, std::nullopt});
    for (int i = 1; i <= booths; ++i) {
        admin.ensureBooth(fixture.storeId, "B" + std::string(i < 10 ? "0" : "") + std::to_string(i), "open_seat");
    }
    fixture.login = login;
    fixture.password = crypto::randomToken(12);
    const crypto::PasswordHasher hasher(crypto::ScryptParameters{10, 8, 1});
    fixture.staffId = admin.upsertStaff({fixture.storeId, login, "Test " + login, role, hasher.hash(fixture.password)});
    return fixture;
}

} // namespace kiroku::test
