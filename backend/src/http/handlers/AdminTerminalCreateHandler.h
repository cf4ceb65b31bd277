#pragma once

#include "http/handlers/AdminHandler.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores/{store_id}/terminals {number, booth_id?, hostname?, mac_address?, private_ip?} → 201
/// {id, number, booth_id?}. Administrators only; 404 for an unknown store, 400 naming booth_id for a booth of
/// another store, 409 already_exists for a number the store has. The credential is issued with kirokuctl.
class AdminTerminalCreateHandler : public AdminHandler {
public:
    using AdminHandler::AdminHandler;
    Response handle(Request& request) override;
};

} // namespace kiroku::backend::http
