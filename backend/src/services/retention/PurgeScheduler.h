#pragma once

#include "domain/StoreRules.h"
#include "services/retention/PurgeService.h"
#include "services/visits/Clock.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kiroku::backend::services {

/// What the daily job tells the server's log (no personal data).
struct PurgeSchedulerEvents {
    std::function<void(int created)> partitionsMaintained;
    std::function<void(const domain::PurgeCertificate&)> purged;
    std::function<void(const std::string& step, const std::string& reason)> failed;
};

/// The daily job inside the server: keeps partitions created ahead when it starts and every day, and purges every
/// day at `at` in `zone` (on the server's clock, which tests may set). Runs on a thread of its own.
class PurgeScheduler {
public:
    PurgeScheduler(PurgeService& purge, const Clock& clock, domain::LocalTimeOfDay at, std::string zone,
                   PurgeOptions options, bool purgeEnabled, PurgeSchedulerEvents events);
    ~PurgeScheduler();
    PurgeScheduler(const PurgeScheduler&) = delete;
    PurgeScheduler& operator=(const PurgeScheduler&) = delete;

    /// Starts the thread: missing partitions first (retried every 5 minutes until the database is ready), then a
    /// purge every day.
    void start();
    /// Stops the thread, waiting for a purge in progress to finish.
    void stop();

    /// The first instant after `now` at which the wall clock in `zone` reads `at`.
    static std::chrono::system_clock::time_point nextRun(std::chrono::system_clock::time_point now,
                                                         domain::LocalTimeOfDay at, const std::string& zone);

private:
    void loop(std::chrono::system_clock::time_point due);
    /// Waits until `until` on the server's clock; false when stopped.
    bool sleepUntil(std::chrono::system_clock::time_point until);
    void maintain();

    PurgeService& m_purge;
    const Clock& m_clock;
    domain::LocalTimeOfDay m_at;
    std::string m_zone;
    PurgeOptions m_options;
    bool m_purgeEnabled;
    PurgeSchedulerEvents m_events;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kiroku::backend::services
