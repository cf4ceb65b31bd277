#pragma once

#include "app/Log.h"
#include "app/Settings.h"
#include "http/Router.h"
#include "storage/ConnectionPool.h"
#include "storage/Migrator.h"
#include "storage/PgReadinessProbe.h"


#include <memory>

namespace kiroku::backend::app {

/// Every long-lived object of the server, built in dependency order and torn down in reverse.
/// main() only builds this and starts the server; tests can build it too.
struct Wiring {
    Wiring(const Settings& settings, const Log& log);

    std::vector<storage::MigrationFile> migrations;
    storage::ConnectionPool pool;
    storage::PgReadinessProbe readiness;
    http::Router router;
};

} // namespace kiroku::backend::app
