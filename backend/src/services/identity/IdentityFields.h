#pragma once

#include "crypto/FieldCipher.h"
#include "domain/CivilDate.h"

#include <cstdint>
#include <string>

namespace kiroku::backend::services::identity_fields {

// Where each personal field of a verification record is encrypted: FieldContext{kTable, column, record id, key id}.
// The column names are the database's, so a ciphertext copied to another column or row no longer decrypts.
inline constexpr const char* kTable = "identity_records";
inline constexpr const char* kName = "name_enc";
inline constexpr const char* kNameKana = "name_kana_enc";
inline constexpr const char* kAddress = "address_enc";
inline constexpr const char* kDateOfBirth = "date_of_birth_enc";
inline constexpr const char* kDocumentNumber = "document_number_enc";

inline crypto::FieldContext context(const char* column, const std::string& recordId, std::uint32_t keyId) {
    return crypto::FieldContext{kTable, column, recordId, keyId};
}

/// "YYYY-MM" of a retention date: the scope of the personal-fields key its record is encrypted under.
inline std::string retentionMonth(const domain::CivilDate& retentionUntil) {
    return retentionUntil.toString().substr(0, 7);
}

} // namespace kiroku::backend::services::identity_fields
