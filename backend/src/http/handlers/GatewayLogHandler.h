#pragma once

#include "http/Handler.h"
#include "services/nat/GatewayAuth.h"
#include "services/nat/NatIngestService.h"

namespace kiroku::backend::http {

/// POST /v1/gateway-logs, authenticated per gateway with `Authorization: Gateway <gateway id>.<secret>`: the body
/// (text/plain, up to gateway.max_body_bytes) is a piece of the gateway's `conntrack -E -o timestamp,extended` log.
/// → 201 {"upload_id", "duplicate": false, "format", "lines", "events", "skipped", "malformed",
/// "malformed_lines": [{"line", "reason"}] (the first 100), "mappings": {"inserted", "closed", "already_stored"}};
/// the same bytes again → 200 with the first upload's answer and "duplicate": true. Malformed lines never fail an
/// upload; a database failure stores nothing of it (503, retry with the same bytes). 400 for an empty body, 401
/// without a valid gateway credential, 413 past the size limit, 415 for another content type. Nothing of the body
/// is logged.
class GatewayLogHandler : public Handler {
public:
    GatewayLogHandler(services::GatewayAuth& auth, services::NatIngestService& ingest)
        : m_auth(auth), m_ingest(ingest) {}
    Response handle(Request& request) override;

private:
    services::GatewayAuth& m_auth;
    services::NatIngestService& m_ingest;
};

} // namespace kiroku::backend::http
