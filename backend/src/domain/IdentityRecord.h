#pragma once

#include "domain/CivilDate.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// Binary column values (ciphertexts, blind indexes), as the crypto layer produces them.
using ByteString = std::vector<std::uint8_t>;

/// The personal fields of an identity verification record as stored: AES-256-GCM ciphertexts under data key
/// `keyId`, each bound to ("identity_records", column, record id, keyId).
struct EncryptedIdentityFields {
    std::uint32_t keyId = 0;
    ByteString name;
    std::optional<ByteString> nameKana;
    ByteString address;
    ByteString dateOfBirth; ///< "YYYY-MM-DD"
    std::optional<ByteString> documentNumber;
};

/// One row of identity_records (本人確認記録). Only non-personal facts are in clear: when, by whom and how the
/// check was made, the kind of document, its dates, the insurer's name, the nationality code.
struct StoredIdentityRecord {
    std::string id; ///< lower-case canonical UUID
    std::int64_t storeId = 0;
    std::chrono::system_clock::time_point verifiedAt;
    std::int64_t verifiedBy = 0;
    std::string method;       ///< ic_chip, mrz, visual
    std::string documentKind; ///< a DocumentKind code
    std::optional<std::string> documentIssuer;
    std::optional<CivilDate> documentExpiresOn;
    std::optional<CivilDate> documentIssuedOn;
    std::optional<std::string> nationality;
    bool addressOnDocument = true;
    std::optional<std::string> addressProofKind; ///< an AddressProofKind code
    std::optional<CivilDate> addressProofDate;
    EncryptedIdentityFields fields;
    ByteString nameDobIndex;
    std::optional<ByteString> documentNumberIndex;
    CivilDate lastServiceOn;
    CivilDate retentionUntil;
};

} // namespace kiroku::domain
