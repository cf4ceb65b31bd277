// JIS X 0208 decoding (ICU) and name splitting on arbitrary bytes.
#include "FuzzCheck.h"
#include "devices/parsers/JisX0208.h"
#include "devices/parsers/MyNumberFaceRecord.h"

#include <cstddef>
#include <cstdint>

using namespace kiroku::kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto text = decodeJisX0208(ByteView(data, size));
    if (!text) {
        KIROKU_FUZZ_CHECK(size % 2 == 1);
        return 0;
    }
    KIROKU_FUZZ_CHECK(isValidUtf8(asBytes(text->utf8)));
    KIROKU_FUZZ_CHECK(text->unmappedPositions.size() <= size / 2);
    for (std::size_t i = 1; i < text->unmappedPositions.size(); ++i) {
        KIROKU_FUZZ_CHECK(text->unmappedPositions[i - 1] < text->unmappedPositions[i]);
    }
    // Every code yields one BMP character of at most 3 UTF-8 bytes.
    KIROKU_FUZZ_CHECK(text->utf8.size() <= size / 2 * 3);
    const PersonName name = splitJapaneseName(text->utf8);
    KIROKU_FUZZ_CHECK(name.full.size() <= text->utf8.size());
    KIROKU_FUZZ_CHECK(isValidUtf8(asBytes(name.family)) && isValidUtf8(asBytes(name.given)));
    return 0;
}
