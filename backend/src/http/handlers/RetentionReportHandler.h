#pragma once

#include "http/Handler.h"
#include "services/audit/RetentionReportService.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// GET /v1/audits/retention?as_of=YYYY-MM-DD → 200 the manager's retention report for the caller's store (see
/// docs/openapi.yaml): records held by month, due in the next 30 days, holds, purges, the audit chain's state,
/// personal-data reads by staff and disclosures, compliance gaps. as_of defaults to the store's today; 400 naming
/// "as_of" for another value. Managers, auditors and admins only.
class RetentionReportHandler : public Handler {
public:
    RetentionReportHandler(services::AuthService& auth, services::RetentionReportService& reports)
        : m_auth(auth), m_reports(reports) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::RetentionReportService& m_reports;
};

} // namespace kiroku::backend::http
