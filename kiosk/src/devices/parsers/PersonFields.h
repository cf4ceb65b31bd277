#pragma once

#include <string>

namespace kiroku::kiosk::devices {

/// A name as read from a document: for Japanese names split at the first full-width space (JIS 0x2121, U+3000),
/// for MRZ names into primary (surname) and secondary identifier (given names).
struct PersonName {
    std::string family;
    std::string given; ///< empty when the document shows no separate given name
    std::string full;  ///< family + separator + given, as staff read it
};

enum class Sex { Male, Female, Unspecified };

} // namespace kiroku::kiosk::devices
