#pragma once

#include "domain/Errors.h"

namespace kiroku::backend::http {

/// An error that belongs to the HTTP layer itself (bad JSON, body too large, unknown route,
/// wrong method), carrying its status. Domain errors are mapped to statuses in ErrorMapping.
class HttpError : public domain::DomainError {
public:
    HttpError(int status, std::string code, const std::string& message, std::string field = {})
        : domain::DomainError(std::move(code), message, std::move(field)), m_status(status) {}

    int status() const noexcept { return m_status; }

private:
    int m_status;
};

} // namespace kiroku::backend::http
