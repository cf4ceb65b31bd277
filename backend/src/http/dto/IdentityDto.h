#pragma once

#include "services/identity/IdentityService.h"
#include "services/members/MemberService.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace kiroku::backend::http {

// The wire format of identity verifications and member cards, kept apart from the stored rows.

/// Reads POST /v1/identity-verifications:
/// {method, person{name, name_kana?, address?, date_of_birth}, document{kind, number?, issuer?, expires_on?,
///  issued_on?, nationality?, address_on_document?}, supplementary_address_proof?{kind, date}}.
/// Throws ValidationError naming the field for a missing or mistyped value, text that is not NFC or holds control
/// characters, an impossible date, or an unknown field. The ordinance's rules are the service's.
services::IdentityVerificationInput readIdentityVerification(const Poco::JSON::Object::Ptr& body);

/// {id, age, minor, retention_until, warnings:[{code, message}]}
Poco::JSON::Object::Ptr identityVerificationJson(const services::IdentityVerificationResult& result);

/// The "token" of POST /v1/members/lookup {token}.
std::string readCardToken(const Poco::JSON::Object::Ptr& body);

/// {member_id, identity_record_id, name, age, minor, last_verified_at, reverification_due}: never the address.
Poco::JSON::Object::Ptr memberLookupJson(const services::MemberLookup& lookup);

} // namespace kiroku::backend::http
