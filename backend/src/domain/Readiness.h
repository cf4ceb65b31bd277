#pragma once

#include <cstddef>

namespace kiroku::domain {

/// Whether the server can serve: the database answers and holds every migration this build knows.
struct ReadinessReport {
    bool databaseReachable = false;
    bool schemaCurrent = false;
    std::size_t appliedMigrations = 0;
    std::size_t knownMigrations = 0;
};

class ReadinessProbe {
public:
    virtual ~ReadinessProbe() = default;
    virtual ReadinessReport check() = 0;
};

} // namespace kiroku::domain
