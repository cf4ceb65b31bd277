#pragma once

#include <string>

namespace kiroku::crypto::detail {

/// Drains OpenSSL's thread-local error queue into one line of text (empty when the queue is empty).
std::string drainOpenSslErrors();

/// Throws std::runtime_error("<what>: <OpenSSL errors>") after draining the error queue.
[[noreturn]] void throwOpenSslError(const std::string& what);

} // namespace kiroku::crypto::detail
