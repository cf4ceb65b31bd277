#include "http/handlers/BoothStatusHandler.h"

#include "domain/Errors.h"
#include "http/Authentication.h"
#include "http/dto/JsonReader.h"
#include "http/dto/VisitJson.h"

#include <charconv>

namespace kiroku::backend::http {

Response BoothStatusHandler::handle(Request& request) {
    request.body(); // read before any refusal: a keep-alive connection must not hold an unread body
    const auto staff = requireStaff(request, m_auth, {domain::Role::Clerk, domain::Role::Manager, domain::Role::Admin});
    const std::string& idText = request.param("id");
    std::int64_t boothId = 0;
    const auto [end, error] = std::from_chars(idText.data(), idText.data() + idText.size(), boothId);
    if (error != std::errc() || end != idText.data() + idText.size() || boothId <= 0) {
        throw domain::NotFound("no booth with this id in your store");
    }
    JsonReader in(request.jsonObject());
    const std::string status = in.requireCode("status", {"free", "cleaning", "out_of_service"});
    in.finish();
    const auto booth = m_booths.setStatus(staff, boothId, *domain::boothStatusFromCode(status));
    return Response::ofJson(200, boothJson(booth));
}

} // namespace kiroku::backend::http
