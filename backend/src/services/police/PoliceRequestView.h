#pragma once

#include "domain/PoliceRequest.h"
#include "services/police/CanonicalJson.h"

namespace kiroku::backend::services {

/// A request as its readers see it: the stored row with the question's personal fields decrypted.
struct PoliceRequestView {
    domain::StoredPoliceRequest stored;
    domain::PoliceQuestion question;
};

/// The request as JSON (the API's view and the "request" part of an answer document). The personal fields of a
/// person question are included only with `withPersonFields` (a list leaves them out).
CanonicalJson requestJson(const PoliceRequestView& view, bool withPersonFields);

/// The legal basis ({"kind", and for a warrant "court" and "expires_on"}).
CanonicalJson legalBasisJson(const domain::StoredPoliceRequest& request);

/// The question alone.
CanonicalJson questionJson(const domain::PoliceQuestion& question, bool withPersonFields);

} // namespace kiroku::backend::services
