#pragma once

#include "http/Handler.h"

namespace kiroku::backend::http {

/// GET /healthz — the process is up and serving. Touches nothing else.
class HealthHandler : public Handler {
public:
    Response handle(Request& request) override;
};

} // namespace kiroku::backend::http
