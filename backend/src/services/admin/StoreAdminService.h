#pragma once

#include "crypto/PasswordHasher.h"
#include "domain/CivilDate.h"
#include "domain/Principal.h"
#include "domain/StoreAdmin.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::backend::services {

/// A store as an administrator describes it. `rulesJson` is the ordinance rule set (stores.rules), a JSON object.
struct StoreDraft {
    std::string code;
    std::string name;
    std::string timeZone = "Asia/Tokyo";
    std::optional<domain::CivilDate> notificationDate;
    std::optional<std::string> notificationNumber;
    std::string rulesJson = "{}";
};

struct StaffDraft {
    std::string login;
    std::string displayName;
    std::string role;
    std::string password;
};

/// Creating stores, booths, terminals and staff: the one place their rules are checked, for kirokuctl and for the
/// /v1/admin API alike. Bad values throw domain::ValidationError naming the field by its JSON name ("time_zone");
/// a taken code, label, number or login throws domain::Conflict("already_exists"); an unknown store or booth
/// throws domain::NotFound.
class StoreAdminService {
public:
    StoreAdminService(domain::StoreAdminRepository& repository, const crypto::PasswordHasher& hasher)
        : m_repository(repository), m_hasher(hasher) {}

    static constexpr std::size_t kMinPasswordLength = 10;

    std::int64_t createStore(const StoreDraft& store);
    std::int64_t createBooth(std::int64_t storeId, const std::string& label, const std::string& kind);
    /// `terminal.macAddress` and `privateIp` must already be canonical (see http::canonicalMacAddress); a booth
    /// that is not the store's is a ValidationError on booth_id.
    std::int64_t createTerminal(const domain::NewTerminal& terminal);
    std::int64_t createStaff(std::int64_t storeId, const StaffDraft& staff);

    /// The id of the store with this code; NotFound("store") otherwise.
    std::int64_t storeByCode(const std::string& code);
    /// The store id of a path parameter; NotFound unless it is a number naming an existing store.
    std::int64_t requireStoreId(const std::string& text);
    /// The id of the booth with this label in the store; NotFound otherwise.
    std::int64_t boothByLabel(std::int64_t storeId, const std::string& label);

private:
    domain::StoreAdminRepository& m_repository;
    const crypto::PasswordHasher& m_hasher;
};

} // namespace kiroku::backend::services
