#pragma once

#include "domain/Readiness.h"
#include "http/Handler.h"

namespace kiroku::backend::http {

/// GET /readyz — 200 when the database is reachable and fully migrated, else 503 with what is wrong.
class ReadyHandler : public Handler {
public:
    explicit ReadyHandler(domain::ReadinessProbe& probe) : m_probe(probe) {}
    Response handle(Request& request) override;

private:
    domain::ReadinessProbe& m_probe;
};

} // namespace kiroku::backend::http
