#include "devices/parsers/Tlv.h"

#include <string>

namespace kiroku::kiosk::devices {

namespace {

bool isPadding(std::uint8_t tag) noexcept {
    return tag == 0x00 || tag == 0xFF;
}

ParseError error(ParseErrorCode code, std::string message, std::size_t offset) {
    return ParseError{code, std::move(message), offset};
}

struct BerHeader {
    std::uint32_t tag = 0;
    bool constructed = false;
    std::size_t headerLength = 0;
    std::size_t valueLength = 0;
};

// Reads a tag and length at `offset`. Returns nullopt (not an error) when the header itself is cut short and
// `allowShort` is set, so callers can ask for more bytes.
Result<std::optional<BerHeader>, ParseError> readBerHeader(ByteView data, std::size_t offset, bool allowShort) {
    constexpr std::size_t kMaxTagBytes = 3;
    const auto truncated = [&](ParseErrorCode code, const char* what) -> Result<std::optional<BerHeader>, ParseError> {
        if (allowShort) {
            return std::optional<BerHeader>{};
        }
        return Failure{error(code, std::string("BER-TLV element cut short in its ") + what, offset)};
    };
    if (offset >= data.size()) {
        return truncated(ParseErrorCode::BerTruncatedTag, "tag");
    }
    BerHeader header;
    std::size_t pos = offset;
    const std::uint8_t first = data[pos++];
    header.tag = first;
    header.constructed = (first & 0x20) != 0;
    if ((first & 0x1F) == 0x1F) {
        std::size_t tagBytes = 1;
        for (;;) {
            if (pos >= data.size()) {
                return truncated(ParseErrorCode::BerTruncatedTag, "tag");
            }
            if (++tagBytes > kMaxTagBytes) {
                return Failure{error(ParseErrorCode::BerTagTooLong, "BER-TLV tag longer than 3 bytes", offset)};
            }
            const std::uint8_t next = data[pos++];
            header.tag = (header.tag << 8) | next;
            if ((next & 0x80) == 0) {
                break;
            }
        }
    }
    if (pos >= data.size()) {
        return truncated(ParseErrorCode::TlvTruncatedLength, "length");
    }
    const std::uint8_t lengthByte = data[pos++];
    if (lengthByte < 0x80) {
        header.valueLength = lengthByte;
    } else {
        const std::size_t count = lengthByte & 0x7F;
        if (count == 0 || count > 3) {
            return Failure{error(ParseErrorCode::BerUnsupportedLength,
                                 "BER-TLV length form " + toHex(ByteView(&data[pos - 1], 1)) + " is not supported",
                                 pos - 1)};
        }
        if (data.size() - pos < count) {
            return truncated(ParseErrorCode::TlvTruncatedLength, "length");
        }
        for (std::size_t i = 0; i < count; ++i) {
            header.valueLength = (header.valueLength << 8) | data[pos++];
        }
    }
    header.headerLength = pos - offset;
    return std::optional<BerHeader>{header};
}

} // namespace

Result<SimpleTlvList, ParseError> parseSimpleTlv(ByteView data) {
    SimpleTlvList list;
    std::size_t pos = 0;
    while (pos < data.size()) {
        const std::uint8_t tag = data[pos];
        if (isPadding(tag)) {
            list.padded = true;
            break;
        }
        if (pos + 1 >= data.size()) {
            return Failure{error(ParseErrorCode::TlvTruncatedLength,
                                 "TLV element " + toHex(ByteView(&data[pos], 1)) + " has no length byte", pos)};
        }
        const std::size_t length = data[pos + 1];
        if (data.size() - (pos + 2) < length) {
            return Failure{error(ParseErrorCode::TlvTruncatedValue,
                                 "TLV element " + toHex(ByteView(&data[pos], 1)) + " announces " +
                                     std::to_string(length) + " bytes but only " +
                                     std::to_string(data.size() - (pos + 2)) + " remain",
                                 pos)};
        }
        list.elements.push_back(SimpleTlv{tag, data.subspan(pos + 2, length), pos});
        pos += 2 + length;
    }
    list.end = pos;
    return list;
}

bool simpleTlvComplete(ByteView prefix) noexcept {
    std::size_t pos = 0;
    while (pos < prefix.size()) {
        if (isPadding(prefix[pos])) {
            return true;
        }
        if (pos + 1 >= prefix.size()) {
            return false;
        }
        pos += 2 + std::size_t{prefix[pos + 1]};
    }
    return false;
}

Result<BerTlv, ParseError> readBerTlv(ByteView data, std::size_t offset) {
    auto header = readBerHeader(data, offset, false);
    if (!header) {
        return Failure{std::move(header).error()};
    }
    const BerHeader& h = *header.value();
    const std::size_t valueStart = offset + h.headerLength;
    if (data.size() - valueStart < h.valueLength) {
        return Failure{error(ParseErrorCode::TlvTruncatedValue,
                             "BER-TLV element announces " + std::to_string(h.valueLength) + " bytes but only " +
                                 std::to_string(data.size() - valueStart) + " remain",
                             offset)};
    }
    return BerTlv{h.tag, h.constructed, data.subspan(valueStart, h.valueLength), offset, h.headerLength};
}

Result<std::vector<BerTlv>, ParseError> parseBerTlvList(ByteView data) {
    std::vector<BerTlv> elements;
    std::size_t pos = 0;
    while (pos < data.size()) {
        auto element = readBerTlv(data, pos);
        if (!element) {
            return Failure{std::move(element).error()};
        }
        pos += element->totalLength();
        elements.push_back(*element);
    }
    return elements;
}

Result<std::optional<std::size_t>, ParseError> berElementSize(ByteView prefix) {
    auto header = readBerHeader(prefix, 0, true);
    if (!header) {
        return Failure{std::move(header).error()};
    }
    if (!header->has_value()) {
        return std::optional<std::size_t>{};
    }
    const BerHeader& h = *header.value();
    return std::optional<std::size_t>{h.headerLength + h.valueLength};
}

} // namespace kiroku::kiosk::devices
