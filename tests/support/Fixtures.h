#pragma once

#include "support/TestDatabase.h"

#include <cstdint>
#include <string>

namespace kiroku::test {

struct StaffFixture {
    std::int64_t storeId = 0;
    std::int64_t staffId = 0;
    std::string login;
    std::string password;
};

/// Creates (or reuses) the store `storeCode` with booths B01..B<booths>, and a staff member with the
/// given role and a random password, through the same repository kirokuctl uses. Scrypt runs with
/// small parameters here for speed; the server verifies with the parameters recorded in the hash.
StaffFixture createStaff(const TestDatabase& db, const std::string& storeCode, const std::string& login,
                         const std::string& role, int booths = 4);

} // namespace kiroku::test
