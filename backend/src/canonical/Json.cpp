#include "canonical/Json.h"

#include <algorithm>

namespace kiroku::canonical {

namespace {

/// Decodes the UTF-8 sequence at `i`, advancing it; nothing for an invalid, overlong or surrogate sequence.
std::optional<char32_t> decodeUtf8(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return std::nullopt;
    }
    if (i + length > s.size()) {
        return std::nullopt;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80) {
            return std::nullopt;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return std::nullopt;
    }
    i += length;
    return cp;
}

std::vector<char16_t> toUtf16(std::string_view s) {
    std::vector<char16_t> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto cp = decodeUtf8(s, i);
        if (!cp) {
            throw JsonError("a member name is not valid UTF-8");
        }
        if (*cp >= 0x10000) {
            const char32_t v = *cp - 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (v >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (v & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(*cp));
        }
    }
    return out;
}

void writeString(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const auto cp = decodeUtf8(s, i);
        if (!cp) {
            throw JsonError("a string is not valid UTF-8");
        }
        switch (*cp) {
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
            if (*cp < 0x20) {
                out += "\\u00";
                out.push_back(kHex[*cp >> 4]);
                out.push_back(kHex[*cp & 0xF]);
            } else {
                out.append(s.substr(start, i - start));
            }
        }
    }
    out.push_back('"');
}

void write(std::string& out, const Value& value, int depth) {
    if (depth > kMaxDepth) {
        throw JsonError("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    switch (value.kind()) {
    case Value::Kind::Null:
        out += "null";
        return;
    case Value::Kind::Bool:
        out += value.asBool() ? "true" : "false";
        return;
    case Value::Kind::Integer: {
        const std::int64_t i = value.asInteger();
        if (i > kMaxSafeInteger || i < -kMaxSafeInteger) {
            throw JsonError("an integer beyond 2^53 - 1 has no exact canonical form");
        }
        out += std::to_string(i);
        return;
    }
    case Value::Kind::String:
        writeString(out, value.asString());
        return;
    case Value::Kind::Array: {
        out.push_back('[');
        bool first = true;
        for (const auto& item : value.items()) {
            if (!first) {
                out.push_back(',');
            }
            first = false;
            write(out, item, depth + 1);
        }
        out.push_back(']');
        return;
    }
    case Value::Kind::Object: {
        std::vector<const std::pair<std::string, Value>*> sorted;
        sorted.reserve(value.members().size());
        for (const auto& member : value.members()) {
            sorted.push_back(&member);
        }
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto* a, const auto* b) { return utf16Less(a->first, b->first); });
        out.push_back('{');
        for (std::size_t k = 0; k < sorted.size(); ++k) {
            if (k > 0) {
                if (sorted[k]->first == sorted[k - 1]->first) {
                    throw JsonError("an object has two members with the same name");
                }
                out.push_back(',');
            }
            writeString(out, sorted[k]->first);
            out.push_back(':');
            write(out, sorted[k]->second, depth + 1);
        }
        out.push_back('}');
        return;
    }
    }
}

[[noreturn]] void wrongKind(const char* wanted) {
    throw JsonError(std::string("the JSON value is not ") + wanted);
}

} // namespace

Value Value::array(std::vector<Value> items) {
    Value v;
    v.m_kind = Kind::Array;
    v.m_items = std::move(items);
    return v;
}

Value Value::object(std::vector<std::pair<std::string, Value>> members) {
    Value v;
    v.m_kind = Kind::Object;
    v.m_members = std::move(members);
    return v;
}

bool Value::asBool() const {
    if (m_kind != Kind::Bool) {
        wrongKind("a boolean");
    }
    return m_bool;
}

std::int64_t Value::asInteger() const {
    if (m_kind != Kind::Integer) {
        wrongKind("an integer");
    }
    return m_integer;
}

const std::string& Value::asString() const {
    if (m_kind != Kind::String) {
        wrongKind("a string");
    }
    return m_string;
}

const std::vector<Value>& Value::items() const {
    if (m_kind != Kind::Array) {
        wrongKind("an array");
    }
    return m_items;
}

const std::vector<std::pair<std::string, Value>>& Value::members() const {
    if (m_kind != Kind::Object) {
        wrongKind("an object");
    }
    return m_members;
}

Value& Value::push(Value item) {
    if (m_kind != Kind::Array) {
        wrongKind("an array");
    }
    m_items.push_back(std::move(item));
    return *this;
}

Value& Value::set(std::string name, Value value) {
    if (m_kind != Kind::Object) {
        wrongKind("an object");
    }
    m_members.emplace_back(std::move(name), std::move(value));
    return *this;
}

const Value* Value::find(std::string_view name) const {
    if (m_kind != Kind::Object) {
        return nullptr;
    }
    for (const auto& [key, value] : m_members) {
        if (key == name) {
            return &value;
        }
    }
    return nullptr;
}

bool Value::operator==(const Value& other) const {
    if (m_kind != other.m_kind) {
        return false;
    }
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return m_bool == other.m_bool;
    case Kind::Integer:
        return m_integer == other.m_integer;
    case Kind::String:
        return m_string == other.m_string;
    case Kind::Array:
        return m_items == other.m_items;
    case Kind::Object: {
        if (m_members.size() != other.m_members.size()) {
            return false;
        }
        for (const auto& [key, value] : m_members) {
            const Value* theirs = other.find(key);
            if (theirs == nullptr || !(*theirs == value)) {
                return false;
            }
        }
        return true;
    }
    }
    return false;
}

std::string canonicalize(const Value& value) {
    std::string out;
    write(out, value, 0);
    return out;
}

bool utf16Less(std::string_view a, std::string_view b) {
    // Without a supplementary character (4-byte UTF-8, lead byte 0xF0–0xF4), UTF-8 byte order is code point order,
    // which is UTF-16 code unit order: compare the bytes. Only a surrogate pair, which sorts before U+E000–U+FFFF in
    // UTF-16, needs the conversion. (Invalid UTF-8 is refused when the names are written.)
    const auto plain = [](std::string_view s) {
        for (const char c : s) {
            if (static_cast<unsigned char>(c) >= 0xF0) {
                return false;
            }
        }
        return true;
    };
    if (plain(a) && plain(b)) {
        return a < b;
    }
    return toUtf16(a) < toUtf16(b);
}

} // namespace kiroku::canonical
