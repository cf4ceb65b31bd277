// Driver's license EF01, common data and PIN setting: TLV, JIS X 0208 and era dates together.
#include "FuzzCheck.h"
#include "devices/parsers/LicenseRecord.h"
#include "devices/parsers/MyNumberFaceRecord.h"

#include <cstddef>
#include <cstdint>

using namespace kiroku::kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    if (auto record = parseLicenseRecord(input)) {
        KIROKU_FUZZ_CHECK(record->licenseNumber.size() == 12);
        KIROKU_FUZZ_CHECK(record->birthDate.ok() && record->issueDate.ok() && record->expiryDate.ok());
        KIROKU_FUZZ_CHECK(isValidUtf8(asBytes(record->name.full)) && isValidUtf8(asBytes(record->address)));
        KIROKU_FUZZ_CHECK(record->licenseNumberCheckDigitValid == licenseNumberCheckDigitValid(record->licenseNumber));
    }
    if (auto common = parseLicenseCommonData(input)) {
        KIROKU_FUZZ_CHECK(common->specVersion.size() == 3);
    }
    (void)parseLicensePinSetting(input);
    return 0;
}
