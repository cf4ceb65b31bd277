#include "storage/PgErrors.h"

#include <stdexcept>

namespace kiroku::backend::storage {

void rethrowAsDomainError(const pqxx::sql_error& e) {
    const std::string state = e.sqlstate();
    // The constraint's name (not its DETAIL, which quotes values) tells which field.
    const std::string message = e.what();
    const auto constraintAt = message.find("constraint \"");
    std::string constraint;
    if (constraintAt != std::string::npos) {
        const auto start = constraintAt + 12;
        constraint = message.substr(start, message.find('"', start) - start);
    }
    if (state == "23505") {
        throw domain::Conflict("already_exists",
                               "a record with this " + (constraint.empty() ? "key" : constraint) + " already exists");
    }
    if (state == "23514" || state == "23502" || state == "22P02" || state == "22007" || state == "22008") {
        throw domain::ValidationError("invalid_field",
                                      "a value does not satisfy " + (constraint.empty() ? "the schema" : constraint),
                                      constraint);
    }
    if (state == "23503") {
        throw domain::NotFound("a referenced record does not exist (" + constraint + ")");
    }
    if (state == "40001" || state == "40P01") {
        throw domain::Unavailable("the database asked to retry (serialization); retry with the same key");
    }
    throw std::runtime_error("database error " + state);
}

} // namespace kiroku::backend::storage
