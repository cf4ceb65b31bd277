#include "crypto/FieldCipher.h"

#include "crypto/AesGcm.h"
#include "crypto/Errors.h"
#include "crypto/KeyRing.h"

#include <limits>
#include <stdexcept>

namespace kiroku::crypto {

namespace {

constexpr std::string_view kAssociatedDataLabel = "kiroku/field/v1";

void appendUint32(Bytes& out, std::uint32_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 24));
    out.push_back(static_cast<std::uint8_t>(value >> 16));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

std::uint32_t readUint32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

void appendField(Bytes& out, std::string_view value) {
    if (value.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("context field too long");
    }
    appendUint32(out, static_cast<std::uint32_t>(value.size()));
    out.insert(out.end(), value.begin(), value.end());
}

Bytes associatedData(ByteView header, const FieldContext& context) {
    Bytes ad(header.begin(), header.end());
    const Bytes encoded = encodeAssociatedData(context);
    ad.insert(ad.end(), encoded.begin(), encoded.end());
    return ad;
}

} // namespace

Bytes encodeAssociatedData(const FieldContext& context) {
    Bytes out;
    out.reserve(kAssociatedDataLabel.size() + 16 + context.table.size() + context.column.size() + context.rowId.size() +
                4);
    appendField(out, kAssociatedDataLabel);
    appendField(out, context.table);
    appendField(out, context.column);
    appendField(out, context.rowId);
    appendUint32(out, context.keyId);
    return out;
}

std::uint32_t keyIdOf(ByteView blob) {
    if (blob.size() < FieldCipher::kOverhead) {
        throw DecryptionError("encrypted field is truncated");
    }
    if (blob[0] != FieldCipher::kFormatVersion) {
        throw DecryptionError("encrypted field has unknown format version " + std::to_string(blob[0]));
    }
    return readUint32(blob.data() + 1);
}

Bytes FieldCipher::encrypt(const SecretKey& key, const FieldContext& context, std::string_view plaintext) {
    Bytes blob;
    blob.reserve(kOverhead + plaintext.size());
    blob.push_back(kFormatVersion);
    appendUint32(blob, context.keyId);
    const Bytes ad = associatedData(ByteView(blob).first(kHeaderSize), context);
    detail::aesGcmSeal(key.bytes(), ad, asBytes(plaintext), blob);
    return blob;
}

std::string FieldCipher::decrypt(const SecretKey& key, const FieldContext& context, ByteView blob) {
    const std::uint32_t blobKeyId = keyIdOf(blob);
    if (blobKeyId != context.keyId) {
        throw DecryptionError("encrypted field names key " + std::to_string(blobKeyId) + ", expected key " +
                              std::to_string(context.keyId));
    }
    const Bytes ad = associatedData(blob.first(kHeaderSize), context);
    std::string plaintext(blob.size() - kOverhead, '\0');
    detail::aesGcmOpen(key.bytes(), ad, blob.subspan(kHeaderSize),
                       {reinterpret_cast<std::uint8_t*>(plaintext.data()), plaintext.size()});
    return plaintext;
}

Bytes FieldCipher::encrypt(const FieldContext& context, std::string_view plaintext) const {
    const auto key = m_ring->get(context.keyId);
    return encrypt(*key, context, plaintext);
}

std::string FieldCipher::decrypt(const FieldContext& context, ByteView blob) const {
    const auto key = m_ring->get(context.keyId);
    return decrypt(*key, context, blob);
}

std::string FieldCipher::decryptWithHeaderKey(FieldContext context, ByteView blob) const {
    context.keyId = keyIdOf(blob);
    return decrypt(context, blob);
}

} // namespace kiroku::crypto
