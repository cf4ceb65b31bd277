#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kiroku::backend::http {

/// RFC 3339 UTC with milliseconds, e.g. "2026-11-22T14:03:05.120Z".
std::string formatInstant(std::chrono::system_clock::time_point t);

/// Parses RFC 3339 with a Z or ±hh:mm offset; nothing for anything else.
std::optional<std::chrono::system_clock::time_point> parseInstant(const std::string& text);

} // namespace kiroku::backend::http
