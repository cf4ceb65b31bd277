#pragma once

#include "domain/LegalHold.h"
#include "http/dto/JsonReader.h"

#include <Poco/JSON/Object.h>

namespace kiroku::backend::http {

/// Reads the body of POST /v1/legal-holds: {"reason_code", "reason", "police_request_id"?, "until",
/// "identity_record_ids"?:[uuid], "visit_ids"?:[uuid], "terminal_windows"?:[{"terminal_id", "from", "to"}]}
/// (times RFC 3339). ValidationError naming the field; unknown fields are refused.
domain::NewLegalHold readNewLegalHold(JsonReader& in);

/// {"id", "reason_code", "reason", "police_request_id"?, "until", "in_force", "created_at", "created_by",
///  "released_at"?, "released_by"?, "identity_record_ids", "visit_ids",
///  "terminal_windows":[{"terminal_id","from","to"}]}
Poco::JSON::Object::Ptr legalHoldJson(const domain::LegalHold& hold, bool inForce);

} // namespace kiroku::backend::http
