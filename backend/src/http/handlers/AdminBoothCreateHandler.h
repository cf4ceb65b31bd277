#pragma once

#include "http/handlers/AdminHandler.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores/{store_id}/booths {label, kind?} → 201 {id, label, kind, status}. Administrators only;
/// 404 for an unknown store, 409 already_exists for a label the store has.
class AdminBoothCreateHandler : public AdminHandler {
public:
    using AdminHandler::AdminHandler;
    Response handle(Request& request) override;
};

} // namespace kiroku::backend::http
