#include "devices/parsers/MrzFraming.h"

#include <cstddef>

namespace kiroku::kiosk::devices {

namespace {

constexpr std::size_t kLongestLine = 90; // a TD1 zone sent as one line
constexpr std::size_t kMostLines = 3;

std::string joined(const std::vector<std::string>& lines) {
    std::string zone;
    for (const std::string& line : lines) {
        if (!zone.empty()) {
            zone += '\n';
        }
        zone += line;
    }
    return zone;
}

/// Whether `lines` ends with a whole zone; then how many of the last lines it takes.
std::size_t zoneAtEnd(const std::vector<std::string>& lines) {
    const std::size_t n = lines.size();
    const auto width = [&](std::size_t fromEnd) { return lines[n - fromEnd].size(); };
    if (n >= 1 && (width(1) == 88 || width(1) == 72 || width(1) == 90)) {
        return 1;
    }
    if (n >= 2 && width(1) == width(2) && (width(1) == 44 || width(1) == 36)) {
        return 2;
    }
    if (n >= 3 && width(1) == 30 && width(2) == 30 && width(3) == 30) {
        return 3;
    }
    return 0;
}

} // namespace

std::optional<std::string> MrzFraming::endLine() {
    if (m_current.empty()) {
        return std::nullopt; // CR LF, or blank lines between zones
    }
    m_lines.push_back(std::move(m_current));
    m_current.clear();
    if (const std::size_t take = zoneAtEnd(m_lines); take > 0) {
        // Lines before the zone were noise or a broken zone: the zone that followed replaces them.
        const std::vector<std::string> zone(m_lines.end() - static_cast<std::ptrdiff_t>(take), m_lines.end());
        m_lines.clear();
        return joined(zone);
    }
    if (m_lines.size() > kMostLines) {
        m_lines.erase(m_lines.begin());
    }
    return std::nullopt;
}

std::vector<std::string> MrzFraming::push(std::string_view bytes) {
    std::vector<std::string> zones;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\r' || c == '\n' || byte == 0x03) { // ETX ends a line as well
            if (auto zone = endLine()) {
                zones.push_back(std::move(*zone));
            }
        } else if (byte > 0x20 && byte < 0x7f) {
            if (m_current.size() < kLongestLine) {
                m_current += c;
            }
        }
        // STX, other control characters, spaces and bytes outside ASCII are dropped; the parser refuses a zone
        // whose characters are wrong, so nothing is guessed here.
    }
    return zones;
}

std::optional<std::string> MrzFraming::flush() {
    if (!m_current.empty()) {
        if (auto zone = endLine()) {
            return zone;
        }
    }
    if (m_lines.empty()) {
        return std::nullopt;
    }
    std::string zone = joined(m_lines);
    m_lines.clear();
    return zone;
}

} // namespace kiroku::kiosk::devices
