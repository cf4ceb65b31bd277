// Era dates (license), YYYYMMDD (My Number) and BCD dates (license common data) on arbitrary bytes.
#include "FuzzCheck.h"
#include "devices/parsers/EraDate.h"

#include <cstddef>
#include <cstdint>

using namespace kiroku::kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    if (auto date = parseEraDate(input)) {
        KIROKU_FUZZ_CHECK(date->ok());
        KIROKU_FUZZ_CHECK(*date >= eraStart(Era::Meiji));
        KIROKU_FUZZ_CHECK(toIsoString(*date).size() == 10);
    }
    if (auto date = parseIsoBasicDate(input)) {
        KIROKU_FUZZ_CHECK(date->ok());
    }
    if (auto date = parseBcdDate(input)) {
        KIROKU_FUZZ_CHECK(date->ok());
    }
    return 0;
}
