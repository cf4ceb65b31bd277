#include "http/handlers/ReadyHandler.h"

namespace kiroku::backend::http {

Response ReadyHandler::handle(Request&) {
    const auto report = m_probe.check();
    const bool ready = report.databaseReachable && report.schemaCurrent;
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("status", ready ? "ready" : "not_ready");
    Poco::JSON::Object::Ptr database = new Poco::JSON::Object;
    database->set("reachable", report.databaseReachable);
    database->set("migrated", report.schemaCurrent);
    database->set("applied_migrations", static_cast<Poco::UInt64>(report.appliedMigrations));
    database->set("known_migrations", static_cast<Poco::UInt64>(report.knownMigrations));
    body->set("database", database);
    return Response::ofJson(ready ? 200 : 503, body);
}

} // namespace kiroku::backend::http
