// My Number card EF 00 02 (BER-TLV FF 20 with DF 21–DF 25) on arbitrary bytes.
#include "FuzzCheck.h"
#include "devices/parsers/MyNumberFaceRecord.h"

#include <cstddef>
#include <cstdint>

using namespace kiroku::kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (auto record = parseMyNumberFaceRecord(ByteView(data, size))) {
        KIROKU_FUZZ_CHECK(record->birthDate.ok());
        KIROKU_FUZZ_CHECK(isValidUtf8(asBytes(record->name.full)));
        KIROKU_FUZZ_CHECK(isValidUtf8(asBytes(record->address)));
    }
    return 0;
}
