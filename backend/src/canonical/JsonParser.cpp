#include "canonical/Json.h"

#include <set>

namespace kiroku::canonical {

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Value document() {
        skipSpace();
        Value value = parseValue(0);
        skipSpace();
        if (m_pos != m_text.size()) {
            fail("unexpected text after the JSON value");
        }
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw JsonError(what + " at byte " + std::to_string(m_pos));
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
            ++m_pos;
        }
    }

    void expectWord(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) {
            fail("unexpected character");
        }
        m_pos += word.size();
    }

    Value parseValue(int depth) {
        if (depth > kMaxDepth) {
            fail("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
        }
        switch (peek()) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return Value(parseString());
        case 't':
            expectWord("true");
            return Value(true);
        case 'f':
            expectWord("false");
            return Value(false);
        case 'n':
            expectWord("null");
            return Value();
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                return parseInteger();
            }
            fail(atEnd() ? "unexpected end of the JSON text" : "unexpected character");
        }
    }

    Value parseObject(int depth) {
        ++m_pos; // {
        Value object = Value::object();
        std::set<std::string> names;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return object;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"') {
                fail("expected a member name");
            }
            std::string name = parseString();
            if (!names.insert(name).second) {
                fail("an object has two members with the same name");
            }
            skipSpace();
            if (peek() != ':') {
                fail("expected ':'");
            }
            ++m_pos;
            skipSpace();
            object.set(std::move(name), parseValue(depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return object;
            }
            fail("expected ',' or '}'");
        }
    }

    Value parseArray(int depth) {
        ++m_pos; // [
        Value array = Value::array();
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return array;
        }
        for (;;) {
            skipSpace();
            array.push(parseValue(depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return array;
            }
            fail("expected ',' or ']'");
        }
    }

    Value parseInteger() {
        const std::size_t start = m_pos;
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_pos;
        }
        if (!(peek() >= '0' && peek() <= '9')) {
            fail("expected a digit");
        }
        std::int64_t magnitude = 0;
        if (peek() == '0') {
            ++m_pos;
        } else {
            while (peek() >= '0' && peek() <= '9') {
                magnitude = magnitude * 10 + (peek() - '0');
                if (magnitude > kMaxSafeInteger) {
                    m_pos = start;
                    fail("an integer beyond 2^53 - 1 is not accepted");
                }
                ++m_pos;
            }
        }
        if (peek() == '.' || peek() == 'e' || peek() == 'E') {
            m_pos = start;
            fail("only integers are accepted, not fractions or exponents");
        }
        if (peek() >= '0' && peek() <= '9') {
            fail("a number has a leading zero");
        }
        return Value(negative ? -magnitude : magnitude);
    }

    unsigned hex4() {
        if (m_pos + 4 > m_text.size()) {
            fail("a \\u escape needs four hex digits");
        }
        unsigned value = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_text[m_pos++];
            value <<= 4;
            if (c >= '0' && c <= '9') {
                value |= static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                value |= static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                value |= static_cast<unsigned>(c - 'A' + 10);
            } else {
                fail("a \\u escape needs four hex digits");
            }
        }
        return value;
    }

    static void appendUtf8(std::string& out, char32_t cp) {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    std::string parseString() {
        ++m_pos; // opening quote
        std::string out;
        for (;;) {
            if (atEnd()) {
                fail("a string is not closed");
            }
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c < 0x20) {
                fail("a control character must be escaped in a string");
            }
            if (c == '\\') {
                ++m_pos;
                parseEscape(out);
                continue;
            }
            if (c < 0x80) {
                out.push_back(static_cast<char>(c));
                ++m_pos;
                continue;
            }
            // Validate one UTF-8 sequence by re-serialising it through canonicalize's rules.
            const std::size_t start = m_pos;
            std::size_t length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || start + length > m_text.size()) {
                fail("a string is not valid UTF-8");
            }
            const std::string_view sequence = m_text.substr(start, length);
            try {
                (void)canonicalize(Value(sequence));
            } catch (const JsonError&) {
                fail("a string is not valid UTF-8");
            }
            out.append(sequence);
            m_pos += length;
        }
    }

    void parseEscape(std::string& out) {
        if (atEnd()) {
            fail("a string is not closed");
        }
        const char e = m_text[m_pos++];
        switch (e) {
        case '"':
            out.push_back('"');
            return;
        case '\\':
            out.push_back('\\');
            return;
        case '/':
            out.push_back('/');
            return;
        case 'b':
            out.push_back('\b');
            return;
        case 'f':
            out.push_back('\f');
            return;
        case 'n':
            out.push_back('\n');
            return;
        case 'r':
            out.push_back('\r');
            return;
        case 't':
            out.push_back('\t');
            return;
        case 'u': {
            char32_t cp = hex4();
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                fail("a lone low surrogate escape");
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (m_text.substr(m_pos, 2) != "\\u") {
                    fail("a high surrogate escape without its low surrogate");
                }
                m_pos += 2;
                const char32_t low = hex4();
                if (low < 0xDC00 || low > 0xDFFF) {
                    fail("a high surrogate escape without its low surrogate");
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            return;
        }
        default:
            --m_pos;
            fail("an unknown escape in a string");
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

Value parse(std::string_view text) {
    return Parser(text).document();
}

} // namespace kiroku::canonical
