#include "devices/parsers/MyNumberFaceRecord.h"

#include "devices/parsers/EraDate.h"
#include "devices/parsers/Tlv.h"

#include <map>

namespace kiroku::kiosk::devices {

namespace {

using namespace my_number_tag;

ParseError error(ParseErrorCode code, std::string message, std::size_t offset = 0) {
    return ParseError{code, std::move(message), offset};
}

std::string tagName(std::uint32_t tag) {
    const std::uint8_t bytes[] = {static_cast<std::uint8_t>(tag >> 8), static_cast<std::uint8_t>(tag)};
    return "tag " + (tag > 0xFF ? toHex(bytes) : toHex(ByteView(&bytes[1], 1)));
}

Result<std::string, ParseError> utf8Field(const BerTlv& element, std::size_t base) {
    if (!isValidUtf8(element.value)) {
        return Failure{
            error(ParseErrorCode::InvalidUtf8, tagName(element.tag) + " is not valid UTF-8", base + element.offset)};
    }
    return std::string(asText(element.value));
}

} // namespace

bool isValidUtf8(ByteView bytes) noexcept {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::uint8_t lead = bytes[i];
        std::size_t extra = 0;
        std::uint32_t codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
            codePoint = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            codePoint = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            codePoint = lead & 0x07u;
        } else {
            return false;
        }
        if (bytes.size() - i - 1 < extra) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const std::uint8_t next = bytes[i + k];
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        const bool overlong = (extra == 2 && codePoint < 0x800) || (extra == 3 && codePoint < 0x10000);
        if (overlong || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

Result<MyNumberFaceRecord, ParseError> parseMyNumberFaceRecord(ByteView ef0002) {
    auto outer = readBerTlv(ef0002, 0);
    if (!outer) {
        return Failure{std::move(outer).error()};
    }
    if (outer->tag != kFaceData) {
        return Failure{
            error(ParseErrorCode::UnexpectedTag, "EF 00 02 starts with " + tagName(outer->tag) + " instead of FF 20")};
    }
    const std::size_t base = outer->headerLength;
    auto inner = parseBerTlvList(outer->value);
    if (!inner) {
        ParseError e = std::move(inner).error();
        e.offset += base;
        return Failure{std::move(e)};
    }

    MyNumberFaceRecord record;
    std::map<std::uint32_t, const BerTlv*> byTag;
    for (const BerTlv& element : inner.value()) {
        if (element.tag < kHeader || element.tag > kSex) {
            record.unknownTags.push_back(element.tag);
            record.warnings.push_back({ParseWarningCode::UnknownTag, "unknown " + tagName(element.tag) + " ignored"});
        } else if (!byTag.emplace(element.tag, &element).second) {
            record.warnings.push_back(
                {ParseWarningCode::DuplicateTag, tagName(element.tag) + " appears twice; the first one is used"});
        }
    }
    for (std::uint32_t tag : {kName, kAddress, kBirthDate, kSex}) {
        if (byTag.find(tag) == byTag.end()) {
            return Failure{error(ParseErrorCode::MissingField, "EF 00 02 has no " + tagName(tag))};
        }
    }

    auto name = utf8Field(*byTag[kName], base);
    if (!name) {
        return Failure{std::move(name).error()};
    }
    record.name = splitJapaneseName(name.value());
    auto address = utf8Field(*byTag[kAddress], base);
    if (!address) {
        return Failure{std::move(address).error()};
    }
    record.address = trimTrailingSpaces(address.value());
    auto birth = parseIsoBasicDate(byTag[kBirthDate]->value);
    if (!birth) {
        ParseError e = std::move(birth).error();
        e.message = "DF 24: " + e.message;
        e.offset = base + byTag[kBirthDate]->offset;
        return Failure{std::move(e)};
    }
    record.birthDate = birth.value();
    const ByteView sex = byTag[kSex]->value;
    if (sex.size() == 1 && sex[0] == '1') {
        record.sex = Sex::Male;
    } else if (sex.size() == 1 && sex[0] == '2') {
        record.sex = Sex::Female;
    }
    return record;
}

} // namespace kiroku::kiosk::devices
