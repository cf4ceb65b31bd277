#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// A JSON value written in one canonical form, so that the bytes of a signed document are fixed by its content:
/// object keys in ascending byte order, no white space, integers only, strings as UTF-8 with only '"', '\\' and
/// control characters escaped (\b \f \n \r \t, else \u00XX) — the RFC 8785 form for documents without numbers
/// other than integers.
class CanonicalJson {
public:
    using Object = std::map<std::string, CanonicalJson>;
    using Array = std::vector<CanonicalJson>;

    CanonicalJson() = default; ///< null
    CanonicalJson(std::nullptr_t) {}
    CanonicalJson(bool value) : m_kind(Kind::Bool), m_bool(value) {}
    CanonicalJson(int value) : m_kind(Kind::Int), m_int(value) {}
    CanonicalJson(std::int64_t value) : m_kind(Kind::Int), m_int(value) {}
    CanonicalJson(std::string value) : m_kind(Kind::String), m_string(std::move(value)) {}
    CanonicalJson(const char* value) : m_kind(Kind::String), m_string(value) {}
    CanonicalJson(Array value) : m_kind(Kind::Array), m_array(std::move(value)) {}
    CanonicalJson(Object value) : m_kind(Kind::Object), m_object(std::move(value)) {}

    /// null when empty.
    template <typename T> static CanonicalJson optional(const std::optional<T>& value) {
        return value ? CanonicalJson(*value) : CanonicalJson();
    }

    /// The canonical text. Throws std::invalid_argument for a string that is not valid UTF-8.
    std::string dump() const;

private:
    // A tagged value rather than std::variant, whose recursive use trips GCC 12's -Wmaybe-uninitialized.
    enum class Kind { Null, Bool, Int, String, Array, Object };
    void write(std::string& out) const;
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    std::int64_t m_int = 0;
    std::string m_string;
    Array m_array;
    Object m_object;
};

/// RFC 3339 UTC with microseconds, e.g. "2026-11-22T05:00:00.000000Z" (fixed width, so text order is time order).
std::string formatUtcMicros(std::chrono::system_clock::time_point t);

} // namespace kiroku::backend::services
