#pragma once

#include "domain/Booth.h"
#include "domain/Visit.h"

#include <Poco/JSON/Object.h>

namespace kiroku::backend::http {

/// {"id","booth":{"id","label"},"terminal"?:{"id","number"},"started_at","minor","minor_must_leave_at"?}
Poco::JSON::Object::Ptr visitJson(const domain::VisitView& visit);

/// {"id","ended_at","retention_until"}
Poco::JSON::Object::Ptr checkoutJson(const domain::CheckedOut& checkout);

/// {"id","label","kind","status","terminal"?:{"id","number"},"visit"?:{"id","started_at","minor","minor_must_leave_at"?}}
Poco::JSON::Object::Ptr boothJson(const domain::BoothState& booth);

} // namespace kiroku::backend::http
