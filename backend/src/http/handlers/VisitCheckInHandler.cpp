#include "http/handlers/VisitCheckInHandler.h"

#include "domain/Errors.h"
#include "http/Authentication.h"
#include "http/Idempotency.h"
#include "http/dto/JsonReader.h"
#include "http/dto/Time.h"
#include "http/dto/VisitJson.h"

#include <limits>

namespace kiroku::backend::http {

namespace {

bool isTwelveDigits(const std::string& text) {
    return text.size() == 12 && text.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

Response VisitCheckInHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    const auto staff = requireStaff(request, m_auth, {domain::Role::Clerk, domain::Role::Manager, domain::Role::Admin});
    const auto key = idempotencyKeyOf(request, staff);
    JsonReader in(request.jsonObject());
    services::CheckIn checkIn;
    checkIn.identityRecordId = in.optionalString("identity_record_id", 36);
    checkIn.memberCardToken = in.optionalString("member_card_token", 128);
    checkIn.boothId = in.requireInt("booth_id", 1, std::numeric_limits<std::int64_t>::max());
    const auto startedAt = in.optionalString("started_at", 40);
    in.finish();
    if (startedAt) {
        checkIn.startedAt = parseInstant(*startedAt);
        if (!checkIn.startedAt) {
            throw domain::ValidationError("started_at", "must be an RFC 3339 instant with its offset");
        }
    }
    if (checkIn.identityRecordId.has_value() == checkIn.memberCardToken.has_value()) {
        throw domain::ValidationError("identity_record_id",
                                      "give exactly one of identity_record_id and member_card_token");
    }
    if (checkIn.identityRecordId && !services::isUuid(*checkIn.identityRecordId)) {
        throw domain::ValidationError("identity_record_id", "must be the id (a UUID) of a verification record");
    }
    if (checkIn.memberCardToken && isTwelveDigits(*checkIn.memberCardToken)) {
        // A 12-digit number may be a My Number: never looked up, hashed or stored.
        throw domain::ValidationError("number_not_allowed",
                                      "a 12-digit number is not a member card token (it may be a My Number)",
                                      "member_card_token");
    }
    return toResponse(m_visits.checkIn(
        staff, key, checkIn, [](const domain::VisitView& visit) { return storedJson(201, visitJson(visit)); }));
}

} // namespace kiroku::backend::http
