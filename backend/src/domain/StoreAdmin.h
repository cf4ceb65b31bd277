#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

struct NewStore {
    std::string code;
    std::string name;
    std::string timeZone = "Asia/Tokyo";
    std::string rulesJson = "{}";
    std::optional<std::string> notificationDate; ///< "YYYY-MM-DD", when the store notified the Public Safety Commission
    std::optional<std::string> notificationNumber;
};

struct NewStaff {
    std::int64_t storeId = 0;
    std::string login;
    std::string displayName;
    std::string role; ///< clerk, manager, auditor, admin
    std::string passwordHash;
};

struct NewTerminal {
    std::int64_t storeId = 0;
    std::string number;
    std::optional<std::int64_t> boothId;
    std::optional<std::string> hostname;
    std::optional<std::string> macAddress; ///< "aa:bb:cc:dd:ee:ff"
    std::optional<std::string> privateIp;
};

/// Creating stores, booths, terminals and staff (kirokuctl and the admin API). Implementations
/// translate constraint violations into ValidationError/Conflict naming the field.
class StoreAdminRepository {
public:
    virtual ~StoreAdminRepository() = default;
    virtual std::optional<std::int64_t> findStore(const std::string& code) = 0;
    virtual std::int64_t createStore(const NewStore& store) = 0;
    /// Creates the booth (kind "open_seat" unless given) unless the label exists; returns its id.
    virtual std::int64_t ensureBooth(std::int64_t storeId, const std::string& label, const std::string& kind) = 0;
    /// Creates the terminal unless its number exists, placing it in the booth; returns its id.
    virtual std::int64_t ensureTerminal(std::int64_t storeId, const std::string& number, std::int64_t boothId) = 0;
    /// Creates the staff member, or sets the password, name and role of an existing login.
    virtual std::int64_t upsertStaff(const NewStaff& staff) = 0;

    virtual std::optional<std::int64_t> findBooth(std::int64_t storeId, const std::string& label) = 0;
    virtual bool storeExists(std::int64_t storeId) = 0;
    virtual bool boothExists(std::int64_t storeId, std::int64_t boothId) = 0;
    virtual std::optional<std::int64_t> findTerminal(std::int64_t storeId, const std::string& number) = 0;
    /// Create exactly one new row; Conflict("already_exists") when the label, number or login is taken.
    virtual std::int64_t createBooth(std::int64_t storeId, const std::string& label, const std::string& kind) = 0;
    virtual std::int64_t createTerminal(const NewTerminal& terminal) = 0;
    virtual std::int64_t createStaff(const NewStaff& staff) = 0;
    /// Replaces the keyed hash of the terminal's credential (the old secret stops working).
    virtual void setTerminalCredential(std::int64_t terminalId, const std::string& credentialHash) = 0;
};

} // namespace kiroku::domain
