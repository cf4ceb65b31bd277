#pragma once

#include "domain/Idempotency.h"
#include "domain/Principal.h"
#include "http/Request.h"
#include "http/Response.h"

#include <Poco/JSON/Object.h>

namespace kiroku::backend::http {

/// The idempotency key of a write (POST /v1/visits, moves, checkout): the Idempotency-Key header, 8–128 visible
/// ASCII characters, scoped to the principal's store, with the SHA-256 of method, path and body so that reusing a
/// key for another request is noticed. Throws ValidationError naming "Idempotency-Key" when the header is missing or
/// malformed. Reads the body.
domain::IdempotencyKey idempotencyKeyOf(Request& request, const domain::StaffPrincipal& staff);

/// The answer to send now and to replay to retries: `body` as JSON text with `status`.
domain::StoredResponse storedJson(int status, const Poco::JSON::Object::Ptr& body);

/// The response for a first or replayed answer: the same status and the very same bytes.
Response toResponse(const domain::StoredResponse& stored);

} // namespace kiroku::backend::http
