#include "natlog/NatLogParser.h"

#include "natlog/ConntrackParser.h"

#include <cstring>

namespace kiroku::natlog {

const NatLogParser* parserFor(std::string_view format) {
    static const ConntrackParser conntrack;
    if (format == conntrack.name()) {
        return &conntrack;
    }
    return nullptr;
}

ParseSummary parseLog(const NatLogParser& parser, std::string_view text, std::vector<NatEvent>& events,
                      std::uint64_t firstLineNumber) {
    ParseSummary summary;
    // A conntrack line is 150–250 bytes: reserve once rather than growing through many reallocations.
    events.reserve(events.size() + text.size() / 160 + 1);
    std::uint64_t number = firstLineNumber;
    std::size_t at = 0;
    NatEvent event;
    while (at < text.size()) {
        const void* found = std::memchr(text.data() + at, '\n', text.size() - at);
        const std::size_t end =
            found == nullptr ? text.size() : static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        ++summary.lines;
        const LineOutcome outcome = line.size() > kMaxLineLength ? LineOutcome::malformed("line longer than 4096 bytes")
                                                                 : parser.parseLine(line, event);
        switch (outcome.kind) {
        case LineOutcome::Kind::Event:
            event.line = number;
            events.push_back(event);
            ++summary.events;
            break;
        case LineOutcome::Kind::Skipped:
            ++summary.skipped;
            break;
        case LineOutcome::Kind::Malformed:
            ++summary.malformed;
            if (summary.firstMalformed.size() < kMaxReportedMalformedLines) {
                summary.firstMalformed.push_back({number, outcome.reason});
            }
            break;
        }
        ++number;
    }
    return summary;
}

} // namespace kiroku::natlog
