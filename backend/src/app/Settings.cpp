#include "app/Settings.h"

#include "http/dto/Time.h"
#include "services/rules/ZoneTime.h"

#include <Poco/Util/IniFileConfiguration.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace kiroku::backend::app {

namespace {

int intKey(const Poco::Util::AbstractConfiguration& c, const std::string& key, int fallback, int lo, int hi) {
    int value = fallback;
    try {
        value = c.getInt(key, fallback);
    } catch (const Poco::Exception&) {
        throw std::invalid_argument("configuration key " + key + " must be a whole number");
    }
    if (value < lo || value > hi) {
        throw std::invalid_argument("configuration key " + key + " must be between " + std::to_string(lo) + " and " +
                                    std::to_string(hi));
    }
    return value;
}

bool boolKey(const Poco::Util::AbstractConfiguration& c, const std::string& key, bool fallback) {
    try {
        return c.getBool(key, fallback);
    } catch (const Poco::Exception&) {
        throw std::invalid_argument("configuration key " + key + " must be true or false");
    }
}

// Paths in a configuration file are relative to that file, recorded under "kiroku.config_dir".
std::string pathKey(const Poco::Util::AbstractConfiguration& c, const std::string& key) {
    const std::string value = c.getString(key, "");
    if (value.empty() || std::filesystem::path(value).is_absolute()) {
        return value;
    }
    const std::string base = c.getString("kiroku.config_dir." + key, c.getString("kiroku.config_dir", "."));
    return (std::filesystem::path(base) / value).lexically_normal().string();
}

bool validRoleName(const std::string& name) {
    if (name.size() > 63 || !(std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_')) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return std::islower(c) || std::isdigit(c) || c == '_';
    });
}

} // namespace

Settings Settings::from(const Poco::Util::AbstractConfiguration& c) {
    Settings s;
    s.server.address = c.getString("server.address", s.server.address);
    s.server.port = static_cast<std::uint16_t>(intKey(c, "server.port", s.server.port, 0, 65535));
    s.server.threads = intKey(c, "server.threads", s.server.threads, 1, 512);
    s.visits.maxBackdate = std::chrono::hours(
        intKey(c, "visits.max_backdate_hours", static_cast<int>(s.visits.maxBackdate.count()), 0, 168));
    s.server.queue = intKey(c, "server.queue", s.server.queue, 1, 65536);
    s.server.keepAliveSeconds = intKey(c, "server.keep_alive_seconds", s.server.keepAliveSeconds, 1, 3600);
    s.maxBodyBytes = static_cast<std::size_t>(
        intKey(c, "server.max_body_bytes", static_cast<int>(s.maxBodyBytes), 1024, 16 * 1024 * 1024));
    s.gatewayMaxBodyBytes = static_cast<std::size_t>(
        intKey(c, "gateway.max_body_bytes", static_cast<int>(s.gatewayMaxBodyBytes), 64 * 1024, 64 * 1024 * 1024));
    s.portFile = pathKey(c, "server.port_file");
    s.server.tls.certificateFile = pathKey(c, "tls.certificate");
    s.server.tls.privateKeyFile = pathKey(c, "tls.private_key");
    s.server.tls.cipherList = c.getString("tls.ciphers", "");
    s.database.dsn = c.getString("database.dsn", "");
    s.database.poolSize = static_cast<std::size_t>(intKey(c, "database.pool_size", 16, 1, 1000));
    s.database.acquireTimeout = std::chrono::milliseconds(intKey(c, "database.acquire_timeout_ms", 2000, 1, 600000));
    s.database.migrateOnStart = boolKey(c, "database.migrate_on_start", false);
    s.database.migrationsDir = pathKey(c, "database.migrations_dir");
    s.database.role = c.getString("database.role", s.database.role);
    if (!s.database.role.empty() && !validRoleName(s.database.role)) {
        throw std::invalid_argument("configuration key database.role must be a role name (a-z, 0-9, _; at most 63)");
    }
    s.crypto.kekFile = pathKey(c, "crypto.kek_file");
    s.crypto.kekVersion = static_cast<std::uint32_t>(intKey(c, "crypto.kek_version", 1, 1, 1000000));
    s.crypto.keyVaultDir = pathKey(c, "crypto.key_vault_dir");
    s.retention.purgeEnabled = boolKey(c, "retention.purge_enabled", true);
    s.retention.purgeTime = c.getString("retention.purge_time", s.retention.purgeTime);
    s.retention.timeZone = c.getString("retention.time_zone", s.retention.timeZone);
    s.retention.batchSize = static_cast<std::size_t>(intKey(c, "retention.batch_size", 5000, 100, 1000000));
    s.retention.workShare = static_cast<int>(intKey(c, "retention.work_share", 50, 10, 100));
    {
        const auto& t = s.retention.purgeTime;
        const bool shaped = t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
                            std::isdigit(static_cast<unsigned char>(t[1])) &&
                            std::isdigit(static_cast<unsigned char>(t[3])) &&
                            std::isdigit(static_cast<unsigned char>(t[4]));
        if (!shaped || std::stoi(t.substr(0, 2)) > 23 || std::stoi(t.substr(3, 2)) > 59) {
            throw std::invalid_argument("configuration key retention.purge_time must be HH:MM (00:00 to 23:59)");
        }
    }
    if (!rules::isKnownTimeZone(s.retention.timeZone)) {
        throw std::invalid_argument("configuration key retention.time_zone must be an IANA zone such as Asia/Tokyo");
    }
    s.audit.checkpointsEnabled = boolKey(c, "audit.checkpoints_enabled", true);
    const std::string at = c.getString("audit.checkpoint_time", "04:00");
    if (at.size() != 5 || at[2] != ':' || !std::isdigit(static_cast<unsigned char>(at[0])) ||
        !std::isdigit(static_cast<unsigned char>(at[1])) || !std::isdigit(static_cast<unsigned char>(at[3])) ||
        !std::isdigit(static_cast<unsigned char>(at[4])) || std::stoi(at.substr(0, 2)) > 23 ||
        std::stoi(at.substr(3, 2)) > 59) {
        throw std::invalid_argument("configuration key audit.checkpoint_time must be HH:MM (00:00 to 23:59)");
    }
    s.audit.checkpointHour = std::stoi(at.substr(0, 2));
    s.audit.checkpointMinute = std::stoi(at.substr(3, 2));
    s.log.level = c.getString("log.level", s.log.level);
    s.log.file = pathKey(c, "log.file");
    s.police.caFile = pathKey(c, "police.ca_file");
    s.police.address = c.getString("police.address", s.police.address);
    s.police.port = static_cast<std::uint16_t>(intKey(c, "police.port", s.police.port, 0, 65535));
    s.police.threads = intKey(c, "police.threads", s.police.threads, 1, 64);
    s.police.keepAliveSeconds = s.server.keepAliveSeconds;
    s.police.tls = s.server.tls;
    if (c.hasProperty("police.certificate") || c.hasProperty("police.private_key")) {
        s.police.tls.certificateFile = pathKey(c, "police.certificate");
        s.police.tls.privateKeyFile = pathKey(c, "police.private_key");
    }
    s.policePortFile = pathKey(c, "police.port_file");
    s.testing.enabled = boolKey(c, "testing.enabled", false);
    s.testing.fixedNow = c.getString("testing.fixed_now", "");
    if (!s.testing.fixedNow.empty() && !s.testing.enabled) {
        throw std::invalid_argument("configuration key testing.fixed_now needs testing.enabled = true");
    }
    if (!s.testing.fixedNow.empty() && !http::parseInstant(s.testing.fixedNow)) {
        throw std::invalid_argument("configuration key testing.fixed_now must be an RFC 3339 instant");
    }
    static const std::vector<std::string> kLevels{"fatal",  "critical",    "error", "warning",
                                                  "notice", "information", "debug", "trace"};
    if (std::find(kLevels.begin(), kLevels.end(), s.log.level) == kLevels.end()) {
        throw std::invalid_argument("configuration key log.level must be one of error, warning, information, debug");
    }
    return s;
}

void loadConfigFiles(Poco::Util::LayeredConfiguration& config, const std::vector<std::string>& files) {
    int priority = 0;
    for (const auto& file : files) {
        const std::filesystem::path path(file);
        if (!std::filesystem::is_regular_file(path)) {
            throw std::invalid_argument("configuration file not found: " + file);
        }
        Poco::AutoPtr<Poco::Util::AbstractConfiguration> layer;
        try {
            if (path.extension() == ".properties") {
                layer = new Poco::Util::PropertyFileConfiguration(file);
            } else {
                layer = new Poco::Util::IniFileConfiguration(file);
            }
        } catch (const Poco::Exception& e) {
            throw std::invalid_argument("cannot read configuration file " + file + ": " + e.displayText());
        }
        // Remember which file's directory relative paths of this layer are relative to.
        Poco::AutoPtr<Poco::Util::MapConfiguration> dirs = new Poco::Util::MapConfiguration;
        const std::string dir = std::filesystem::absolute(path).parent_path().string();
        for (const char* key : {"tls.certificate", "tls.private_key", "server.port_file", "database.migrations_dir",
                                "log.file", "crypto.kek_file", "crypto.key_vault_dir", "police.ca_file",
                                "police.certificate", "police.private_key", "police.port_file"}) {
            if (layer->hasProperty(key)) {
                dirs->setString(std::string("kiroku.config_dir.") + key, dir);
            }
        }
        priority -= 2;
        config.add(layer, "file:" + file, priority, false);
        config.add(dirs, "dirs:" + file, priority - 1, false);
    }
}

} // namespace kiroku::backend::app
