// Simple TLV (license DF1/EF01) and BER-TLV (My Number EF 00 02) on arbitrary bytes.
#include "FuzzCheck.h"
#include "devices/parsers/Tlv.h"

#include <cstddef>
#include <cstdint>

using namespace kiroku::kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);

    auto simple = parseSimpleTlv(input);
    if (simple) {
        KIROKU_FUZZ_CHECK(simple->end <= size);
        for (const SimpleTlv& element : simple->elements) {
            KIROKU_FUZZ_CHECK(element.offset + 2 + element.value.size() <= size);
            KIROKU_FUZZ_CHECK(element.value.data() == data + element.offset + 2);
        }
        // Complete data (ended by padding) must also be recognised as complete when read in pieces.
        if (simple->padded) {
            KIROKU_FUZZ_CHECK(simpleTlvComplete(input));
        }
    }
    (void)simpleTlvComplete(input);

    auto list = parseBerTlvList(input);
    if (list) {
        std::size_t covered = 0;
        for (const BerTlv& element : *list) {
            KIROKU_FUZZ_CHECK(element.offset == covered);
            covered += element.totalLength();
        }
        KIROKU_FUZZ_CHECK(covered == size);
    }
    auto first = readBerTlv(input, 0);
    auto announced = berElementSize(input);
    if (first) {
        KIROKU_FUZZ_CHECK(announced && announced->has_value() && **announced == first->totalLength());
    }
    // Reading from every offset must stay in bounds too.
    for (std::size_t offset = 0; offset <= size && offset < 64; ++offset) {
        (void)readBerTlv(input, offset);
    }
    return 0;
}
