#include "devices/parsers/MemberCardPayload.h"

namespace kiroku::kiosk::devices {

namespace {

bool isSpace(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

Result<MemberCardToken, ParseError> checkMemberCardPayload(std::string_view scanned) {
    while (!scanned.empty() && isSpace(scanned.front())) {
        scanned.remove_prefix(1);
    }
    while (!scanned.empty() && isSpace(scanned.back())) {
        scanned.remove_suffix(1);
    }
    if (scanned.empty()) {
        return Failure{ParseError{ParseErrorCode::MemberPayloadEmpty, "the scan was empty"}};
    }
    std::size_t digits = 0;
    bool onlyDigitsAndSeparators = true;
    for (std::size_t i = 0; i < scanned.size(); ++i) {
        const char c = scanned[i];
        if (c < 0x20 || c > 0x7E) {
            return Failure{ParseError{ParseErrorCode::MemberPayloadBadCharacter,
                                      "the scan holds a character that is not printable ASCII", i}};
        }
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c != ' ' && c != '-') {
            onlyDigitsAndSeparators = false;
        }
    }
    // Checked before the length limit so that a My Number is never reported as anything else.
    if (onlyDigitsAndSeparators && digits == 12) {
        return Failure{ParseError{ParseErrorCode::MemberPayloadLooksLikeMyNumber,
                                  "this looks like a My Number (12 digits), not a member card: it was discarded"}};
    }
    if (scanned.size() > kMaxMemberTokenLength) {
        return Failure{ParseError{ParseErrorCode::MemberPayloadTooLong, "the scan is too long for a member card"}};
    }
    return MemberCardToken{std::string(scanned)};
}

} // namespace kiroku::kiosk::devices
