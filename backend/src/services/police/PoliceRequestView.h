#pragma once

#include "canonical/Json.h"
#include "domain/PoliceRequest.h"

#include <chrono>
#include <optional>
#include <string>

namespace kiroku::backend::services {

/// A request as its readers see it: the stored row with the question's personal fields decrypted.
struct PoliceRequestView {
    domain::StoredPoliceRequest stored;
    domain::PoliceQuestion question;
};

/// Whether the JSON of a request names the staff members who handled it (entered_by_name, approval.by_name,
/// rejection.by_name, answer.answered_by_name). Staff of the store see the names; a police client does not: the
/// agency learns the approving and answering managers' names only from the signed answer document, and never who
/// entered or rejected a request.
enum class StaffNames { Shown, Hidden };

/// The request as JSON (the API's view). The personal fields of a person question are included only with
/// `withPersonFields` (a list leaves them out).
canonical::Value requestJson(const PoliceRequestView& view, bool withPersonFields, StaffNames names);

/// The legal basis ({"kind", and for a warrant "court" and "expires_on"}).
canonical::Value legalBasisJson(const domain::StoredPoliceRequest& request);

/// The question alone.
canonical::Value questionJson(const domain::PoliceQuestion& question, bool withPersonFields);

/// RFC 3339 UTC with microseconds, e.g. "2026-11-22T05:00:00.000000Z" (fixed width, so text order is time order).
std::string formatUtcMicros(std::chrono::system_clock::time_point t);

/// The value, or null.
template <typename T> canonical::Value orNull(const std::optional<T>& value) {
    return value ? canonical::Value(*value) : canonical::Value();
}

} // namespace kiroku::backend::services
