#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::domain {

enum class Role { Clerk, Manager, Auditor, Admin };

inline std::string_view toCode(Role role) {
    switch (role) {
    case Role::Clerk:
        return "clerk";
    case Role::Manager:
        return "manager";
    case Role::Auditor:
        return "auditor";
    case Role::Admin:
        return "admin";
    }
    return "clerk";
}

inline std::optional<Role> roleFromCode(std::string_view code) {
    for (Role r : {Role::Clerk, Role::Manager, Role::Auditor, Role::Admin}) {
        if (toCode(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

/// The authenticated staff member behind a request. Every call is limited to `storeId` and `role`.
struct StaffPrincipal {
    std::int64_t staffId = 0;
    std::int64_t storeId = 0;
    Role role = Role::Clerk;
    std::string login;

    bool hasAnyRole(std::initializer_list<Role> roles) const {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
};

} // namespace kiroku::domain
