#pragma once

#include "domain/Audit.h"
#include "services/police/PoliceQuery.h"
#include "services/police/PoliceRequestView.h"

#include <optional>
#include <string>

namespace kiroku::backend::services {

/// Everything an answer document states.
struct AnswerDocumentInput {
    std::string number; ///< K-2026-000123
    std::int64_t storeId = 0;
    std::string storeCode;
    std::string storeName;
    const PoliceRequestView* request = nullptr;
    domain::Instant approvedAt;
    std::int64_t approvedBy = 0;
    std::string approvedByName; ///< the approving manager's display name
    domain::Instant answeredAt;
    std::int64_t answeredBy = 0;
    std::string answeredByName;  ///< the answering manager's display name
    domain::Instant dataAsOf;    ///< the records are as they stood at this instant (the answer's transaction)
    domain::AuditHead auditHead; ///< the store's audit chain just before the answer's own entry
    const QueryResult* result = nullptr;
};

/// The answer as RFC 8785 canonical JSON: the exact bytes that are signed, stored and returned. Format
/// "kiroku/police-answer/v1": number, store, the request (agency, officer, legal basis, document, scope, question),
/// its approval, when and by whom it was answered (staff ids and display names), the time of the data, the
/// audit-chain head, and the records.
std::string answerDocument(const AnswerDocumentInput& input);

/// "K-2026-000123": the store's answer `sequence` of `year`.
std::string answerNumber(int year, std::int64_t sequence);

} // namespace kiroku::backend::services
