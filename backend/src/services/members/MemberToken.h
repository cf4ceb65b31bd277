#pragma once

#include <string>
#include <string_view>

namespace kiroku::backend::services {

/// Longest member-card token accepted for a lookup; issued tokens are 32 characters.
inline constexpr std::size_t kMaxCardTokenLength = 128;

/// Throws ValidationError("my_number_not_allowed", …, `field`) when `token` holds a run of 12 or more digits
/// however typed (full-width, spaced, hyphenated): a scanner that read the back of a My Number card instead of a
/// member card. Such a value must never be hashed, stored or looked up; the message never repeats it.
void refusePossibleMyNumber(std::string_view token, const std::string& field);

/// A new member-card token: 24 random bytes (192 bits) as 32 base64url characters, never one that
/// refusePossibleMyNumber() would refuse.
std::string newCardToken();

} // namespace kiroku::backend::services
