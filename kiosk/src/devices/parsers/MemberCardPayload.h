#pragma once

#include "devices/parsers/ParseError.h"
#include "devices/parsers/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kiroku::kiosk::devices {

/// The longest member-card token accepted (our cards carry a random token well below this).
inline constexpr std::size_t kMaxMemberTokenLength = 128;

/// A member-card token as scanned (QR or Code 128 through a keyboard-wedge scanner or camera).
struct MemberCardToken {
    std::string token;
};

/// Checks a scanned payload before anything else sees it. Surrounding whitespace (the scanner's CR/LF) is
/// dropped. A payload that is exactly 12 digits once spaces and hyphens are removed could be a My Number
/// (the QR code on the back of the card holds it) and is refused with MemberPayloadLooksLikeMyNumber: the
/// caller must discard it, and the error message never repeats it. Other errors: MemberPayloadEmpty,
/// MemberPayloadBadCharacter (anything but printable ASCII), MemberPayloadTooLong.
Result<MemberCardToken, ParseError> checkMemberCardPayload(std::string_view scanned);

} // namespace kiroku::kiosk::devices
