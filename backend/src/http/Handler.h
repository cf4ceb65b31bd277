#pragma once

#include "http/Request.h"
#include "http/Response.h"

namespace kiroku::backend::http {

/// One endpoint. Handlers are built once in main, shared by all server threads, and must be
/// stateless or synchronised. They throw domain errors; the Router maps them to responses.
class Handler {
public:
    virtual ~Handler() = default;
    virtual Response handle(Request& request) = 0;
};

} // namespace kiroku::backend::http
