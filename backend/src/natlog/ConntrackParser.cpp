#include "natlog/ConntrackParser.h"

#include <charconv>

namespace kiroku::natlog {

namespace {

// Accepted event times: 2000-01-01 up to (not including) 2100-01-01. Anything outside is a broken line.
constexpr std::int64_t kEarliestSeconds = 946684800;
constexpr std::int64_t kLatestSeconds = 4102444800;

constexpr bool isBlank(char c) {
    return c == ' ' || c == '\t';
}
constexpr bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
constexpr bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

template <typename T> bool parseNumber(std::string_view text, T& value) {
    if (text.empty() || !isDigit(text[0])) {
        return false;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

bool allDigits(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

// A TCP/SCTP/DCCP state name such as SYN_SENT or TIME_WAIT.
bool isStateName(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (!isUpper(c) && c != '_') {
            return false;
        }
    }
    return true;
}

// Whitespace-separated tokens; a token opening with '[' runs to its ']' and may hold blanks ("[start=Tue Nov 14 …]").
class Tokens {
public:
    explicit Tokens(std::string_view text) : m_text(text) {}

    /// The next token; empty at the end. `bad` is set for an unclosed '[' or a ']' not followed by a blank.
    std::string_view next(bool& bad) {
        while (m_at < m_text.size() && isBlank(m_text[m_at])) {
            ++m_at;
        }
        const std::size_t start = m_at;
        if (m_at < m_text.size() && m_text[m_at] == '[') {
            const std::size_t close = m_text.find(']', m_at);
            if (close == std::string_view::npos) {
                bad = true;
                m_at = m_text.size();
                return m_text.substr(start);
            }
            m_at = close + 1;
            if (m_at < m_text.size() && !isBlank(m_text[m_at])) {
                bad = true;
            }
            return m_text.substr(start, m_at - start);
        }
        while (m_at < m_text.size() && !isBlank(m_text[m_at])) {
            ++m_at;
        }
        return m_text.substr(start, m_at - start);
    }

    std::size_t position() const { return m_at; }

private:
    std::string_view m_text;
    std::size_t m_at = 0;
};

struct Tuple {
    bool hasSource = false;
    bool hasDestination = false;
    bool hasSourcePort = false;
    bool hasDestinationPort = false;
    Endpoint source;
    Endpoint destination;
};

struct KnownProtocol {
    std::string_view name;
    std::uint8_t number;
    bool ports;
};

// libnetfilter_conntrack's names; "unknown" stands for any other number.
constexpr KnownProtocol kProtocols[] = {
    {"tcp", 6, true},   {"udp", 17, true},  {"udplite", 136, true}, {"sctp", 132, true},
    {"dccp", 33, true}, {"icmp", 1, false}, {"icmpv6", 58, false},  {"gre", 47, false},
};

bool portsFor(std::uint8_t number) {
    for (const auto& p : kProtocols) {
        if (p.number == number) {
            return p.ports;
        }
    }
    return false;
}

// "[1700000000.123456]" or the older "[1700000000.1234  ]": seconds, then microseconds as an integer.
bool parseTimestamp(std::string_view token, std::int64_t& micros, std::string_view& reason) {
    const std::size_t dot = token.find('.');
    if (token.size() < 5 || token.front() != '[' || token.back() != ']' || dot == std::string_view::npos) {
        reason = "malformed timestamp: expected [seconds.microseconds]";
        return false;
    }
    std::string_view fraction = token.substr(dot + 1, token.size() - dot - 2);
    while (!fraction.empty() && fraction.back() == ' ') {
        fraction.remove_suffix(1);
    }
    std::int64_t seconds = 0;
    std::int64_t us = 0;
    if (!parseNumber(token.substr(1, dot - 1), seconds) || fraction.size() > 6 || !parseNumber(fraction, us)) {
        reason = "malformed timestamp: expected [seconds.microseconds]";
        return false;
    }
    if (seconds < kEarliestSeconds || seconds >= kLatestSeconds) {
        reason = "timestamp outside 2000-01-01 to 2099-12-31";
        return false;
    }
    micros = seconds * 1000000 + us;
    return true;
}

} // namespace

LineOutcome ConntrackParser::parseLine(std::string_view line, NatEvent& out) const {
    while (!line.empty() && isBlank(line.back())) {
        line.remove_suffix(1);
    }
    std::size_t first = 0;
    while (first < line.size() && isBlank(line[first])) {
        ++first;
    }
    if (first == line.size() || line[first] == '#') {
        return LineOutcome::skipped();
    }
    Tokens tokens(line.substr(first));
    bool bad = false;

    // Timestamp (-o timestamp) and event type.
    std::string_view token = tokens.next(bad);
    if (token.size() > 1 && token[0] == '[' && (isUpper(token[1]) || isLower(token[1]))) {
        return LineOutcome::malformed("no timestamp: run conntrack with -o timestamp");
    }
    std::string_view reason;
    if (bad || !parseTimestamp(token, out.atMicros, reason)) {
        return LineOutcome::malformed(reason.empty() ? "malformed timestamp: expected [seconds.microseconds]" : reason);
    }
    token = tokens.next(bad);
    if (token == "[NEW]") {
        out.kind = EventKind::New;
    } else if (token == "[UPDATE]") {
        out.kind = EventKind::Update;
    } else if (token == "[DESTROY]") {
        out.kind = EventKind::Destroy;
    } else {
        return LineOutcome::malformed("not an event: expected [NEW], [UPDATE] or [DESTROY] after the timestamp");
    }

    // Layer 3 (-o extended), then layer 4: "<name> <number>".
    token = tokens.next(bad);
    std::uint8_t family = 0;
    if (token == "ipv4" || token == "ipv6") {
        family = token == "ipv4" ? 4 : 6;
        const std::string_view number = tokens.next(bad);
        if (number != (family == 4 ? "2" : "10")) {
            return LineOutcome::malformed("layer-3 protocol number does not match its name");
        }
        token = tokens.next(bad);
    }
    if (token.empty() || !isLower(token[0])) {
        return LineOutcome::malformed("missing layer-4 protocol name");
    }
    unsigned protocol = 0;
    if (!parseNumber(tokens.next(bad), protocol) || protocol > 255) {
        return LineOutcome::malformed("malformed layer-4 protocol number");
    }
    if (token != "unknown") {
        bool known = false;
        for (const auto& p : kProtocols) {
            if (p.name == token) {
                known = true;
                if (p.number != protocol) {
                    return LineOutcome::malformed("layer-4 protocol number does not match its name");
                }
            }
        }
        if (!known) {
            for (char c : token) {
                if (!isLower(c) && !isDigit(c)) {
                    return LineOutcome::malformed("missing layer-4 protocol name");
                }
            }
        }
    }
    out.protocol = static_cast<std::uint8_t>(protocol);
    out.hasPorts = portsFor(out.protocol);
    out.zone = 0;
    out.deltaSeconds = -1;

    // The rest: timeout and state (before the first field), tuples, flags and fields.
    Tuple tuples[2];
    int tuple = -1;
    bool fieldsStarted = false;
    for (token = tokens.next(bad); !token.empty(); token = tokens.next(bad)) {
        if (bad) {
            return LineOutcome::malformed("unclosed or misplaced '[' ... ']'");
        }
        if (token[0] == '[') {
            continue; // [UNREPLIED], [ASSURED], [OFFLOAD], [USERSPACE], [start=…], [stop=…]
        }
        const std::size_t eq = token.find('=');
        if (eq == std::string_view::npos) {
            if (!fieldsStarted && (allDigits(token) || isStateName(token))) {
                continue; // timeout in seconds, TCP/SCTP/DCCP state
            }
            return LineOutcome::malformed("unexpected word where a key=value field belongs");
        }
        fieldsStarted = true;
        const std::string_view key = token.substr(0, eq);
        const std::string_view value = token.substr(eq + 1);
        if (key.empty()) {
            return LineOutcome::malformed("field without a name");
        }
        if (key == "src") {
            if (++tuple > 1) {
                return LineOutcome::malformed("more than two tuples (src= appears three times)");
            }
            const auto address = parseIpAddress(value);
            if (!address) {
                return LineOutcome::malformed("malformed address in src=");
            }
            tuples[tuple].source.address = *address;
            tuples[tuple].hasSource = true;
            continue;
        }
        if (key == "dst" || key == "sport" || key == "dport") {
            if (tuple < 0) {
                return LineOutcome::malformed("dst=, sport= or dport= before src=");
            }
            Tuple& t = tuples[tuple];
            if (key == "dst") {
                const auto address = parseIpAddress(value);
                if (!address) {
                    return LineOutcome::malformed("malformed address in dst=");
                }
                if (t.hasDestination) {
                    return LineOutcome::malformed("dst= twice in one tuple");
                }
                t.destination.address = *address;
                t.hasDestination = true;
                continue;
            }
            unsigned port = 0;
            if (!parseNumber(value, port) || port > 65535) {
                return LineOutcome::malformed("malformed port");
            }
            bool& seen = key == "sport" ? t.hasSourcePort : t.hasDestinationPort;
            if (seen) {
                return LineOutcome::malformed("sport= or dport= twice in one tuple");
            }
            seen = true;
            (key == "sport" ? t.source.port : t.destination.port) = static_cast<std::uint16_t>(port);
            continue;
        }
        if (key == "zone" || key == "zone-orig") {
            if (!parseNumber(value, out.zone)) {
                return LineOutcome::malformed("malformed zone");
            }
            continue;
        }
        if (key == "delta-time") {
            if (!parseNumber(value, out.deltaSeconds)) {
                return LineOutcome::malformed("malformed delta-time");
            }
            continue;
        }
        // type= code= id= (ICMP), srckey= dstkey= (GRE), packets= bytes=, mark=, secmark=, secctx=, use=, helper=,
        // labels=, zone-reply=, portid=, progname=, and whatever later releases add.
    }
    if (bad) {
        return LineOutcome::malformed("unclosed or misplaced '[' ... ']'");
    }
    if (tuple < 0 || !tuples[0].hasDestination) {
        return LineOutcome::malformed("missing original tuple (src= dst=)");
    }
    if (tuple < 1 || !tuples[1].hasDestination) {
        return LineOutcome::malformed("missing reply tuple (second src= dst=)");
    }
    for (const Tuple& t : tuples) {
        if (t.source.address.family != t.destination.address.family ||
            t.source.address.family != tuples[0].source.address.family) {
            return LineOutcome::malformed("IPv4 and IPv6 addresses mixed in one connection");
        }
        if (out.hasPorts && (!t.hasSourcePort || !t.hasDestinationPort)) {
            return LineOutcome::malformed("missing sport= or dport=");
        }
        if (!out.hasPorts && (t.hasSourcePort || t.hasDestinationPort)) {
            return LineOutcome::malformed("ports on a protocol without ports");
        }
    }
    if (family != 0 && tuples[0].source.address.family != family) {
        return LineOutcome::malformed("addresses do not match the layer-3 protocol");
    }
    out.originalSource = tuples[0].source;
    out.originalDestination = tuples[0].destination;
    out.replySource = tuples[1].source;
    out.replyDestination = tuples[1].destination;
    return LineOutcome::event();
}

} // namespace kiroku::natlog
