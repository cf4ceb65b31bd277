#pragma once

#include <stdexcept>
#include <string>

namespace kiroku::domain {

/// Base of every error that services raise on purpose. The HTTP layer maps each kind, in one place,
/// to a status and the body {"error": {"code", "message", "field"}}. Messages never carry personal data.
class DomainError : public std::runtime_error {
public:
    DomainError(std::string code, const std::string& message, std::string field = {})
        : std::runtime_error(message), m_code(std::move(code)), m_field(std::move(field)) {}

    /// Machine-readable code, e.g. "invalid_field", "booth_occupied".
    const std::string& code() const noexcept { return m_code; }
    /// JSON path of the offending input field ("person.date_of_birth"), empty when not about one field.
    const std::string& field() const noexcept { return m_field; }

private:
    std::string m_code;
    std::string m_field;
};

/// Input is malformed or fails validation (HTTP 400 / 422).
class ValidationError : public DomainError {
public:
    /// Code "invalid_field" for `field` (a JSON path such as "person.date_of_birth").
    ValidationError(const std::string& field, const std::string& message)
        : DomainError("invalid_field", message, field) {}
    /// A more specific code, e.g. "number_not_allowed".
    ValidationError(std::string code, const std::string& message, std::string field)
        : DomainError(std::move(code), message, std::move(field)) {}
};

/// The input is well-formed but a rule of the ordinance or of the store forbids the action (HTTP 422).
class RuleViolation : public DomainError {
public:
    using DomainError::DomainError;
};

/// The thing asked for does not exist within the caller's scope (HTTP 404).
class NotFound : public DomainError {
public:
    explicit NotFound(const std::string& message) : DomainError("not_found", message) {}
};

/// The state forbids the action now, e.g. a booth already occupied (HTTP 409).
class Conflict : public DomainError {
public:
    using DomainError::DomainError;
};

/// The caller lacks the role or store for the action (HTTP 403).
class Forbidden : public DomainError {
public:
    explicit Forbidden(const std::string& message) : DomainError("forbidden", message) {}
};

/// No or invalid credentials (HTTP 401).
class Unauthenticated : public DomainError {
public:
    explicit Unauthenticated(const std::string& message, std::string code = "unauthenticated")
        : DomainError(std::move(code), message) {}
};

/// A dependency (database) is unavailable; the request may be retried (HTTP 503).
class Unavailable : public DomainError {
public:
    explicit Unavailable(const std::string& message) : DomainError("unavailable", message) {}
};

} // namespace kiroku::domain
