#pragma once

#include "domain/StoreRepository.h"
#include "services/audit/CheckpointService.h"
#include "services/visits/Clock.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kiroku::backend::services {

/// The server's daily checkpoint job: once a minute, every store whose wall clock has passed the checkpoint time
/// today and that has no checkpoint made since then gets one (so a server that was down at that time catches up when
/// it starts). Several servers may run it: the check is repeated under the chain head's lock.
class CheckpointScheduler {
public:
    /// Called with an event name and a detail (a store id, an error's message) after each attempt.
    using Report = std::function<void(const std::string& event, std::int64_t storeId, const std::string& detail)>;

    CheckpointScheduler(CheckpointService& checkpoints, domain::StoreRepository& stores, const Clock& clock,
                        domain::LocalTimeOfDay at, Report report);
    ~CheckpointScheduler();
    CheckpointScheduler(const CheckpointScheduler&) = delete;
    CheckpointScheduler& operator=(const CheckpointScheduler&) = delete;

    /// Starts the background thread (first pass at once).
    void start();
    /// Stops it and waits for the pass in progress.
    void stop();

    /// One pass over the stores; returns how many checkpoints were made. Errors of one store are reported and do not
    /// stop the others.
    std::size_t runOnce();

private:
    CheckpointService& m_checkpoints;
    domain::StoreRepository& m_stores;
    const Clock& m_clock;
    domain::LocalTimeOfDay m_at;
    Report m_report;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kiroku::backend::services
