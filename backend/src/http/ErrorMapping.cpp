#include "http/ErrorMapping.h"

#include "app/Log.h"
#include "http/HttpError.h"
#include "http/Router.h"

#include <typeinfo>

namespace kiroku::backend::http {

namespace {

int statusOf(const domain::DomainError& e) {
    if (const auto* http = dynamic_cast<const HttpError*>(&e)) {
        return http->status();
    }
    if (dynamic_cast<const domain::ValidationError*>(&e) != nullptr) {
        return 400;
    }
    if (dynamic_cast<const domain::RuleViolation*>(&e) != nullptr) {
        return 422;
    }
    if (dynamic_cast<const domain::NotFound*>(&e) != nullptr) {
        return 404;
    }
    if (dynamic_cast<const domain::Conflict*>(&e) != nullptr) {
        return 409;
    }
    if (dynamic_cast<const domain::Forbidden*>(&e) != nullptr) {
        return 403;
    }
    if (dynamic_cast<const domain::Unauthenticated*>(&e) != nullptr) {
        return 401;
    }
    if (dynamic_cast<const domain::Unavailable*>(&e) != nullptr) {
        return 503;
    }
    return 400;
}

} // namespace

Response mapCurrentException(const app::Log& log, const std::string& requestId, const std::string& route) {
    try {
        throw;
    } catch (const domain::DomainError& e) {
        const int status = statusOf(e);
        if (status >= 500) {
            log.warning("http.unavailable", {{"request_id", requestId}, {"route", route}, {"code", e.code()}});
        }
        return Response::ofJson(status, errorBody(e.code(), e.what(), e.field()));
    } catch (const std::exception& e) {
        // The text of an unexpected exception may quote data (a pqxx error quotes SQL values): log
        // only its type.
        log.error("http.internal_error",
                  {{"request_id", requestId}, {"route", route}, {"exception", std::string(typeid(e).name())}});
    } catch (...) {
        log.error("http.internal_error", {{"request_id", requestId}, {"route", route}, {"exception", "unknown"}});
    }
    return Response::ofJson(
        500, errorBody("internal_error", "the server failed to handle the request; quote request id " + requestId, ""));
}

} // namespace kiroku::backend::http
