#pragma once

#include "devices/parsers/Bytes.h"
#include "devices/parsers/ParseError.h"
#include "devices/parsers/Result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace kiroku::kiosk::devices {

/// One element of a simple TLV file (1-byte tag, 1-byte length), as in DF1/EF01 of the driver's license.
/// The value views the input buffer: keep the buffer alive while using it.
struct SimpleTlv {
    std::uint8_t tag = 0;
    ByteView value;
    std::size_t offset = 0; ///< offset of the tag byte in the input
};

struct SimpleTlvList {
    std::vector<SimpleTlv> elements;
    std::size_t end = 0; ///< offset just past the last element
    bool padded = false; ///< a padding byte (00 or FF) ended the data before the end of the input
};

/// Parses consecutive simple TLV elements. A tag byte 00 or FF where a tag is expected ends the data: the rest
/// of the fixed-size file is padding. Errors: TlvTruncatedLength (a tag without its length byte),
/// TlvTruncatedValue (a length running past the input).
Result<SimpleTlvList, ParseError> parseSimpleTlv(ByteView data);

/// For reading a file in chunks: true once `prefix` holds every element up to the padding, i.e. reading more
/// would only return padding. A prefix that ends exactly on an element boundary is not complete.
bool simpleTlvComplete(ByteView prefix) noexcept;

/// One BER-TLV element (ISO/IEC 7816-4 / X.690): multi-byte tags (FF 20, DF 21…) and the short or long
/// length forms 81 and 82 (and 83). Indefinite length (80) is refused.
struct BerTlv {
    std::uint32_t tag = 0;    ///< the tag bytes big-endian, e.g. 0xFF20, 0xDF21
    bool constructed = false; ///< bit 6 of the first tag byte
    ByteView value;
    std::size_t offset = 0;       ///< offset of the first tag byte in the input
    std::size_t headerLength = 0; ///< tag and length bytes
    [[nodiscard]] std::size_t totalLength() const noexcept { return headerLength + value.size(); }
};

/// Reads the element starting at `offset`. Errors: BerTruncatedTag, BerTagTooLong (more than 3 tag bytes),
/// BerUnsupportedLength, TlvTruncatedLength, TlvTruncatedValue.
Result<BerTlv, ParseError> readBerTlv(ByteView data, std::size_t offset = 0);

/// Reads consecutive elements filling `data` exactly (one nesting level).
Result<std::vector<BerTlv>, ParseError> parseBerTlvList(ByteView data);

/// The total size (header + value) of the first element, known from its first bytes; std::nullopt when
/// `prefix` is too short to hold the whole header. Used to read "length first, then body".
Result<std::optional<std::size_t>, ParseError> berElementSize(ByteView prefix);

} // namespace kiroku::kiosk::devices
