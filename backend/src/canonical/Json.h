#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A small JSON value and its canonical form as defined by RFC 8785 (JSON Canonicalization Scheme, JCS): object
// members sorted by the UTF-16 code units of their names, no white space, strings escaped as ECMAScript's
// JSON.stringify does. Numbers are integers only, within ±(2^53 − 1) where every IEEE double is exact, so the
// canonical text of a number is its decimal digits; fractions and exponents are refused rather than formatted.
// The canonical text of the same data is the same whatever code produced it, which is what lets the audit chain's
// hashes be recomputed by another program (or a later version of this one).
namespace kiroku::canonical {

/// The JSON is malformed, or outside what this canonicaliser accepts (a fraction, an integer beyond 2^53 − 1,
/// invalid UTF-8, a duplicate member name, nesting deeper than kMaxDepth).
class JsonError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

inline constexpr std::int64_t kMaxSafeInteger = 9007199254740991; // 2^53 − 1
inline constexpr int kMaxDepth = 64;

class Value {
public:
    enum class Kind { Null, Bool, Integer, String, Array, Object };

    Value() = default; ///< null
    Value(std::nullptr_t) {}
    Value(bool b) : m_kind(Kind::Bool), m_bool(b) {}
    Value(int i) : Value(static_cast<std::int64_t>(i)) {}
    Value(std::int64_t i) : m_kind(Kind::Integer), m_integer(i) {}
    Value(std::string s) : m_kind(Kind::String), m_string(std::move(s)) {}
    Value(const char* s) : Value(std::string(s)) {}
    Value(std::string_view s) : Value(std::string(s)) {}

    static Value array(std::vector<Value> items = {});
    static Value object(std::vector<std::pair<std::string, Value>> members = {});

    Kind kind() const noexcept { return m_kind; }
    bool isNull() const noexcept { return m_kind == Kind::Null; }

    bool asBool() const;
    std::int64_t asInteger() const;
    const std::string& asString() const;
    const std::vector<Value>& items() const;
    /// An object's members in the order they were added (canonical order is applied when serialising).
    const std::vector<std::pair<std::string, Value>>& members() const;

    /// Appends to an array.
    Value& push(Value item);
    /// Adds a member to an object (a name given twice is refused when serialising).
    Value& set(std::string name, Value value);
    /// An object's member, or nothing.
    const Value* find(std::string_view name) const;

    bool operator==(const Value& other) const;

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    std::int64_t m_integer = 0;
    std::string m_string;
    std::vector<Value> m_items;
    std::vector<std::pair<std::string, Value>> m_members;
};

/// The RFC 8785 canonical text of `value` (UTF-8). Throws JsonError for invalid UTF-8 in a string or name, a
/// duplicate member name, an integer beyond ±kMaxSafeInteger, or nesting deeper than kMaxDepth.
std::string canonicalize(const Value& value);

/// Parses JSON text (RFC 8259, UTF-8, optional white space around tokens). Integers only: a fraction or exponent
/// is refused, as are integers beyond ±kMaxSafeInteger, duplicate member names, invalid UTF-8 or lone surrogate
/// escapes, and nesting deeper than kMaxDepth. Throws JsonError naming the byte offset.
Value parse(std::string_view text);

/// Compares two member names by their UTF-16 code units (JCS's order). Both must be valid UTF-8.
bool utf16Less(std::string_view a, std::string_view b);

} // namespace kiroku::canonical
