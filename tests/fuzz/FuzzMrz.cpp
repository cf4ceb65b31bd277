// ICAO 9303 MRZ as typed by a reader, plus the member-card payload check (the same keyboard-wedge input path).
#include "FuzzCheck.h"
#include "devices/parsers/Bytes.h"
#include "devices/parsers/MemberCardPayload.h"
#include "devices/parsers/Mrz.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace kiroku::kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = asText(ByteView(data, size));
    const auto today = std::chrono::year{2025} / std::chrono::June / 1;
    if (auto record = parseMrz(text, today)) {
        KIROKU_FUZZ_CHECK(record->birthDate.ok() && record->birthDate <= today);
        if (record->expiryDate) {
            KIROKU_FUZZ_CHECK(record->expiryDate->ok());
        }
        KIROKU_FUZZ_CHECK(record->documentNumber.find('<') == std::string::npos);
    }
    (void)mrzCheckDigit(text);
    if (auto token = checkMemberCardPayload(text)) {
        KIROKU_FUZZ_CHECK(!token->token.empty() && token->token.size() <= kMaxMemberTokenLength);
        std::size_t digits = 0;
        bool others = false;
        for (char c : token->token) {
            digits += (c >= '0' && c <= '9') ? 1 : 0;
            others = others || !((c >= '0' && c <= '9') || c == ' ' || c == '-');
        }
        KIROKU_FUZZ_CHECK(others || digits != 12); // a possible My Number never gets through
    }
    return 0;
}
