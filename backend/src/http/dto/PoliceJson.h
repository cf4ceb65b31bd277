#pragma once

#include "canonical/Json.h"
#include "domain/PoliceRequest.h"
#include "services/police/PoliceRequestService.h"

#include <Poco/JSON/Object.h>

namespace kiroku::backend::http {

/// POST /v1/police-requests, read strictly: {agency?{name}, officer{name, badge, contact}, legal_basis{kind,
/// court?, expires_on?}, document{reference, date}, scope{store_code?, from, to}, question{kind, …}}. The question's
/// fields depend on its kind: terminal_at_time {booth | terminal, at?}; person {name?, name_kana?, date_of_birth?,
/// document_kind?, document_number?}; public_endpoint {public_ip, source_port, at, tolerance_seconds?}. Throws
/// ValidationError naming the field; which fields a kind requires is checked by the service.
domain::PoliceRequestInput readPoliceRequest(const Poco::JSON::Object::Ptr& body);

/// Staff see the names of the staff members who handled a request; a police client does not.
inline services::StaffNames staffNamesFor(const services::PoliceCaller& caller) {
    return caller.staff ? services::StaffNames::Shown : services::StaffNames::Hidden;
}

/// A canonical JSON value as a Poco object (for a response body).
Poco::JSON::Object::Ptr toPoco(const canonical::Value& value);

/// {"request_id","number","answered_at","document":{…},"document_base64","signature_base64","signature_algorithm",
/// "public_key_pem"}: the exact signed bytes in base64 (the "document" object is the same content, for reading).
Poco::JSON::Object::Ptr policeAnswerJson(const services::PoliceAnswer& answer);

} // namespace kiroku::backend::http
