#pragma once

#include "http/handlers/AdminHandler.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores {code, name, time_zone?, notification_date?, notification_number?, rules?} → 201
/// {id, code, name, time_zone}. Administrators only; 409 already_exists for a taken code.
class AdminStoreCreateHandler : public AdminHandler {
public:
    using AdminHandler::AdminHandler;
    Response handle(Request& request) override;
};

} // namespace kiroku::backend::http
