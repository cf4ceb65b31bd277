#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::kiosk::devices {

/// Cuts the byte stream of a serial (USB-CDC) MRZ reader into machine-readable zones. Such readers send each line
/// of the zone as text ending in CR, LF or CR LF, some wrapped in STX … ETX, and nothing tells where a zone ends
/// but its shape: two lines of 44 (TD3) or 36 (TD2), three lines of 30 (TD1), or one line of 88, 72 or 90.
///
/// push() returns each complete zone (lines joined by LF) as soon as its last line ends; flush() returns what is
/// left (a reader that did not end its last line, or a zone of the wrong shape) so the MRZ parser can say what is
/// wrong with it. Control characters other than CR and LF, and spaces, are dropped. Lines longer than a zone are
/// cut, and at most a few lines are kept, so a noisy line cannot grow the buffer without bound.
class MrzFraming {
public:
    /// Feeds bytes as read from the port; returns the zones completed by them, oldest first.
    [[nodiscard]] std::vector<std::string> push(std::string_view bytes);
    /// Returns the pending lines (and a line not yet ended) as one zone, or nothing when nothing is pending.
    [[nodiscard]] std::optional<std::string> flush();
    /// Whether anything is pending.
    [[nodiscard]] bool pending() const { return !m_lines.empty() || !m_current.empty(); }

private:
    std::optional<std::string> endLine();

    std::string m_current;
    std::vector<std::string> m_lines;
};

} // namespace kiroku::kiosk::devices
