#pragma once

#include "http/handlers/AdminHandler.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores/{store_id}/staff {login, display_name, role, password} → 201 {id, login, display_name,
/// role}. Administrators only; the password (at least 10 characters) is hashed at once and never echoed; 404 for
/// an unknown store, 409 already_exists for a taken login.
class AdminStaffCreateHandler : public AdminHandler {
public:
    using AdminHandler::AdminHandler;
    Response handle(Request& request) override;
};

} // namespace kiroku::backend::http
