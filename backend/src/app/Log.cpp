#include "app/Log.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Object.h>
#include <Poco/Logger.h>

#include <sstream>

namespace kiroku::backend::app {

std::string Log::format(std::string_view level, std::string_view event, std::initializer_list<LogField> fields) {
    Poco::JSON::Object line(Poco::JSON_PRESERVE_KEY_ORDER);
    line.set("ts", Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%dT%H:%M:%S.%iZ"));
    line.set("level", std::string(level));
    line.set("event", std::string(event));
    for (const auto& [key, value] : fields) {
        std::visit([&](const auto& v) { line.set(std::string(key), v); }, value);
    }
    std::ostringstream out;
    line.stringify(out);
    return out.str();
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
