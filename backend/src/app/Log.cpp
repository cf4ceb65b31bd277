#include "app/Log.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Logger.h>
#include <Poco/UTF8String.h>

#include <charconv>
#include <cmath>
#include <type_traits>

namespace kiroku::backend::app {

namespace {

void appendString(std::string& out, std::string_view text) {
    // Poco escapes '/' as "\/" (valid JSON, but routes such as /v1/visits would no longer read, or grep, as
    // themselves). Every '/' of the input becomes exactly that pair, and every backslash a doubled one, so each
    // backslash directly before a '/' is such an escape and is dropped.
    const std::string escaped = Poco::UTF8::escape(std::string(text), true);
    out += '"';
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == '/') {
            continue;
        }
        out += escaped[i];
    }
    out += '"';
}

void appendValue(std::string& out, const LogValue& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                appendString(out, v);
            } else if constexpr (std::is_same_v<T, bool>) {
                out += v ? "true" : "false";
            } else if constexpr (std::is_same_v<T, double>) {
                if (!std::isfinite(v)) {
                    out += "null";
                    return;
                }
                char buffer[32];
                const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
                out.append(buffer, end);
            } else {
                out += std::to_string(v);
            }
        },
        value);
}

} // namespace

// One line per request: built by appending (with Poco's JSON string escaping) rather than through a
// Poco::JSON::Object, which cost a tenth of a check-in's CPU time.
std::string Log::format(std::string_view level, std::string_view event, std::initializer_list<LogField> fields) {
    std::string line;
    line.reserve(256);
    line += R"({"ts":)";
    appendString(line, Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%dT%H:%M:%S.%iZ"));
    line += R"(,"level":)";
    appendString(line, level);
    line += R"(,"event":)";
    appendString(line, event);
    for (const auto& [key, value] : fields) {
        line += ',';
        appendString(line, key);
        line += ':';
        appendValue(line, value);
    }
    line += '}';
    return line;
}

void Log::info(std::string_view event, std::initializer_list<LogField> fields) const {
    if (m_logger.information()) {
        m_logger.information(format("info", event, fields));
    }
}

void Log::warning(std::string_view event, std::initializer_list<LogField> fields) const {
    if (m_logger.warning()) {
        m_logger.warning(format("warning", event, fields));
    }
}

void Log::error(std::string_view event, std::initializer_list<LogField> fields) const {
    if (m_logger.error()) {
        m_logger.error(format("error", event, fields));
    }
}

} // namespace kiroku::backend::app
