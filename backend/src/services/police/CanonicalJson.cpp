#include "services/police/CanonicalJson.h"

#include "text/Normalizer.h"

#include <cstdio>
#include <stdexcept>

namespace kiroku::backend::services {

namespace {

void writeString(std::string& out, const std::string& value) {
    if (!text::isValidUtf8(value)) {
        throw std::invalid_argument("canonical JSON strings must be valid UTF-8");
    }
    out.push_back('"');
    for (const char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

} // namespace

std::string CanonicalJson::dump() const {
    std::string out;
    write(out);
    return out;
}

void CanonicalJson::write(std::string& out) const {
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        break;
    case Kind::Bool:
        out += m_bool ? "true" : "false";
        break;
    case Kind::Int:
        out += std::to_string(m_int);
        break;
    case Kind::String:
        writeString(out, m_string);
        break;
    case Kind::Array: {
        out.push_back('[');
        bool first = true;
        for (const auto& item : m_array) {
            if (!first) {
                out.push_back(',');
            }
            first = false;
            item.write(out);
        }
        out.push_back(']');
        break;
    }
    case Kind::Object: {
        // std::map orders keys by std::string's comparison: bytes, as unsigned char (char_traits<char>::lt).
        out.push_back('{');
        bool first = true;
        for (const auto& [key, item] : m_object) {
            if (!first) {
                out.push_back(',');
            }
            first = false;
            writeString(out, key);
            out.push_back(':');
            item.write(out);
        }
        out.push_back('}');
        break;
    }
    }
}

std::string formatUtcMicros(std::chrono::system_clock::time_point t) {
    const auto micros = std::chrono::floor<std::chrono::microseconds>(t);
    const auto days = std::chrono::floor<std::chrono::days>(micros);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss<std::chrono::microseconds> time{micros - days};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%06lldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), static_cast<long long>(time.subseconds().count()));
    return text;
}

} // namespace kiroku::backend::services
