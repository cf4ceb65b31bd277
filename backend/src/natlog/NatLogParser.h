#pragma once

#include "natlog/NatEvent.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kiroku::natlog {

/// What a parser made of one line.
struct LineOutcome {
    enum class Kind : std::uint8_t { Event, Skipped, Malformed };
    Kind kind = Kind::Skipped;
    std::string_view reason; ///< for Malformed: a fixed English phrase, never any part of the line

    static LineOutcome event() { return {Kind::Event, {}}; }
    static LineOutcome skipped() { return {Kind::Skipped, {}}; }
    static LineOutcome malformed(std::string_view why) { return {Kind::Malformed, why}; }
};

/// One router's NAT log format. Implementations are pure (standard C++ only), stateless and thread-safe; each has
/// its own unit tests and libFuzzer target. parseLine never allocates.
class NatLogParser {
public:
    virtual ~NatLogParser() = default;

    /// The format's name as uploads record it, e.g. "conntrack".
    virtual std::string_view name() const = 0;

    /// Parses one line (without its line end). On Event, `out` holds the event (its `line` is left to the caller).
    virtual LineOutcome parseLine(std::string_view line, NatEvent& out) const = 0;
};

/// The parser for a format name; nullptr for an unknown one.
const NatLogParser* parserFor(std::string_view format);

struct MalformedLine {
    std::uint64_t line = 0;
    std::string_view reason;
};

/// How many malformed lines a parse reports by number (all of them are counted).
inline constexpr std::size_t kMaxReportedMalformedLines = 100;
/// Longer lines are malformed without being looked at (a conntrack line is well under 1 KiB).
inline constexpr std::size_t kMaxLineLength = 4096;

struct ParseSummary {
    std::uint64_t lines = 0;
    std::uint64_t events = 0;
    std::uint64_t skipped = 0; ///< blank lines and comments
    std::uint64_t malformed = 0;
    std::vector<MalformedLine> firstMalformed; ///< the first kMaxReportedMalformedLines, in line order
};

/// Splits `text` into lines ("\n" or "\r\n"; a last line without a line end counts), numbers them from
/// `firstLineNumber`, and appends each event to `events`. Never throws for bad input: a bad line is counted and
/// reported, and parsing goes on.
ParseSummary parseLog(const NatLogParser& parser, std::string_view text, std::vector<NatEvent>& events,
                      std::uint64_t firstLineNumber = 1);

} // namespace kiroku::natlog
