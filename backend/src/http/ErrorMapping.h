#pragma once

#include "http/Response.h"

#include <string>

namespace kiroku::backend::app {
class Log;
}

namespace kiroku::backend::http {

/// Turns the exception being handled into an error response — the one place where errors get
/// their HTTP status. Unexpected exceptions become 500 with a generic message; their type goes to
/// the log with the request id, their text does not reach the client.
Response mapCurrentException(const app::Log& log, const std::string& requestId, const std::string& route);

} // namespace kiroku::backend::http
