#pragma once

#include "domain/IdentityRecord.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// The encrypted fields of a police request (V006): the personal fields of its question and the answer document,
/// each present only when the request has it.
struct EncryptedPoliceFields {
    std::uint32_t keyId = 0;
    std::optional<ByteString> name;
    std::optional<ByteString> nameKana;
    std::optional<ByteString> dateOfBirth;
    std::optional<ByteString> documentNumber;
    std::optional<ByteString> answerDocument;
};

/// A police request under a key it is moving off: a customers' month key the purge is about to destroy (requests
/// stored before they had keys of their own), or a police key retired by kirokuctl rotate-keys --reencrypt; it moves
/// to the current police key of its retention month.
struct PoliceRequestToRekey {
    std::string id;
    EncryptedPoliceFields fields;
    std::string retentionMonth; ///< "YYYY-MM"
};

} // namespace kiroku::domain
