#include "services/admin/StoreAdminService.h"

#include "domain/Errors.h"
#include "services/rules/ZoneTime.h"
#include "services/stores/StoreRulesJson.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <regex>
#include <string_view>

namespace kiroku::backend::services {

namespace {

/// Unicode scalar values in valid UTF-8 (the API has already refused invalid UTF-8; kirokuctl's arguments are
/// counted the same way, and the database checks the lengths again).
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void requireLength(const std::string& value, const std::string& field, std::size_t max) {
    const std::size_t n = characters(value);
    if (n == 0 || n > max) {
        throw domain::ValidationError(field, "must be 1 to " + std::to_string(max) + " characters");
    }
}

constexpr std::array<std::string_view, 5> kBoothKinds{"open_seat", "reclining", "flat", "private_room", "pair"};
constexpr std::array<std::string_view, 4> kRoles{"clerk", "manager", "auditor", "admin"};

} // namespace

std::int64_t StoreAdminService::createStore(const StoreDraft& store) {
    static const std::regex kCode("[a-z0-9][a-z0-9-]{1,31}");
    if (!std::regex_match(store.code, kCode)) {
        throw domain::ValidationError(
            "code", "must be 2 to 32 lower-case letters, digits or '-', starting with a letter or digit");
    }
    requireLength(store.name, "name", 200);
    if (!rules::isKnownTimeZone(store.timeZone)) {
        throw domain::ValidationError("time_zone", "must be an IANA time zone such as Asia/Tokyo");
    }
    if (store.notificationNumber) {
        requireLength(*store.notificationNumber, "notification_number", 64);
    }
    parseStoreRules(store.rulesJson, store.timeZone); // throws ValidationError("rules.<key>")
    if (m_repository.findStore(store.code)) {
        throw domain::Conflict("already_exists", "a store with this code already exists");
    }
    domain::NewStore row;
    row.code = store.code;
    row.name = store.name;
    row.timeZone = store.timeZone;
    row.rulesJson = store.rulesJson;
    if (store.notificationDate) {
        row.notificationDate = store.notificationDate->toString();
    }
    row.notificationNumber = store.notificationNumber;
    return m_repository.createStore(row);
}

std::int64_t StoreAdminService::createBooth(std::int64_t storeId, const std::string& label, const std::string& kind) {
    requireLength(label, "label", 32);
    if (std::find(kBoothKinds.begin(), kBoothKinds.end(), kind) == kBoothKinds.end()) {
        throw domain::ValidationError("kind", "must be one of open_seat, reclining, flat, private_room, pair");
    }
    return m_repository.createBooth(storeId, label, kind);
}

std::int64_t StoreAdminService::createTerminal(const domain::NewTerminal& terminal) {
    requireLength(terminal.number, "number", 32);
    if (terminal.hostname) {
        requireLength(*terminal.hostname, "hostname", 253);
    }
    if (terminal.boothId && !m_repository.boothExists(terminal.storeId, *terminal.boothId)) {
        throw domain::ValidationError("booth_id", "is not a booth of this store");
    }
    return m_repository.createTerminal(terminal);
}

std::int64_t StoreAdminService::createStaff(std::int64_t storeId, const StaffDraft& staff) {
    static const std::regex kLogin("[a-z0-9][a-z0-9._-]{1,63}");
    if (!std::regex_match(staff.login, kLogin)) {
        throw domain::ValidationError("login", "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    requireLength(staff.displayName, "display_name", 100);
    if (std::find(kRoles.begin(), kRoles.end(), staff.role) == kRoles.end()) {
        throw domain::ValidationError("role", "must be one of clerk, manager, auditor, admin");
    }
    if (characters(staff.password) < kMinPasswordLength) {
        throw domain::ValidationError("password",
                                      "must be at least " + std::to_string(kMinPasswordLength) + " characters");
    }
    return m_repository.createStaff(
        {storeId, staff.login, staff.displayName, staff.role, m_hasher.hash(staff.password)});
}

std::int64_t StoreAdminService::storeByCode(const std::string& code) {
    const auto id = m_repository.findStore(code);
    if (!id) {
        throw domain::NotFound("no store with this code");
    }
    return *id;
}

std::int64_t StoreAdminService::requireStoreId(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0 || !m_repository.storeExists(id)) {
        throw domain::NotFound("no store with this id");
    }
    return id;
}

std::int64_t StoreAdminService::boothByLabel(std::int64_t storeId, const std::string& label) {
    const auto id = m_repository.findBooth(storeId, label);
    if (!id) {
        throw domain::NotFound("the store has no booth with this label");
    }
    return *id;
}

} // namespace kiroku::backend::services
