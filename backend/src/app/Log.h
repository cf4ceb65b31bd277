#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace Poco {
class Logger;
}

namespace kiroku::backend::app {

/// A value in a structured log line.
using LogValue = std::variant<std::string, std::int64_t, double, bool>;
using LogField = std::pair<std::string_view, LogValue>;

/// Structured logging: one JSON object per line ({"ts","level","event",…fields}). Callers pass only
/// identifiers, codes, counts and durations; personal data, request bodies, tokens and raw URLs of
/// personal resources never reach a log line (see docs/security.md).
class Log {
public:
    explicit Log(Poco::Logger& logger) : m_logger(logger) {}

    void info(std::string_view event, std::initializer_list<LogField> fields = {}) const;
    void warning(std::string_view event, std::initializer_list<LogField> fields = {}) const;
    void error(std::string_view event, std::initializer_list<LogField> fields = {}) const;

    /// Formats a line without logging it (used by the tests of the format).
    static std::string format(std::string_view level, std::string_view event, std::initializer_list<LogField> fields);

private:
    Poco::Logger& m_logger;
};

} // namespace kiroku::backend::app
