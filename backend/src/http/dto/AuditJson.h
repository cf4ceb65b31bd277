#pragma once

#include "services/audit/AuditVerifier.h"
#include "services/audit/CheckpointService.h"

#include <Poco/JSON/Object.h>

namespace kiroku::backend::http {

/// {"ok","length","head_hash","first_broken"?:{"seq","code","message"}} for one chain.
Poco::JSON::Object::Ptr chainVerificationJson(const services::ChainVerification& result);

/// The exported form of a checkpoint: {"store_id","store_code","length","head_hash","created_at","key_id",
/// "algorithm":"ed25519","public_key_pem","payload","signature"} (signature in base64, payload the exact signed
/// text).
Poco::JSON::Object::Ptr checkpointJson(const services::ExportedCheckpoint& checkpoint);

/// Reads an exported checkpoint back. Throws domain::ValidationError naming the missing or malformed field.
services::ExportedCheckpoint checkpointFromJson(const Poco::JSON::Object::Ptr& json);

} // namespace kiroku::backend::http
