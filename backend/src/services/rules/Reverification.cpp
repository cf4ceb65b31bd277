#include "services/rules/Reverification.h"

#include "domain/Errors.h"

namespace kiroku::backend::rules {

bool isReverificationDue(std::chrono::sys_seconds lastVerifiedAt, int intervalDays, std::chrono::sys_seconds now) {
    if (intervalDays < 0) {
        throw domain::ValidationError("rules.reverification_interval_days", "must be 0 (never) or a positive number");
    }
    if (intervalDays == 0) {
        return false;
    }
    return now - lastVerifiedAt >= std::chrono::days{intervalDays};
}

} // namespace kiroku::backend::rules
