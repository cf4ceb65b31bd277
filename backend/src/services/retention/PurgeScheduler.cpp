#include "services/retention/PurgeScheduler.h"

#include "domain/Errors.h"
#include "services/rules/ZoneTime.h"

#include <exception>
#include <typeinfo>

namespace kiroku::backend::services {

namespace {
// How soon a failed step (the database not reachable or not migrated yet) is tried again.
constexpr std::chrono::minutes kRetry{5};
} // namespace

PurgeScheduler::PurgeScheduler(PurgeService& purge, const Clock& clock, domain::LocalTimeOfDay at, std::string zone,
                               PurgeOptions options, bool purgeEnabled, PurgeSchedulerEvents events)
    : m_purge(purge), m_clock(clock), m_at(at), m_zone(std::move(zone)), m_options(std::move(options)),
      m_purgeEnabled(purgeEnabled), m_events(std::move(events)) {}

PurgeScheduler::~PurgeScheduler() {
    stop();
}

void PurgeScheduler::start() {
    // Partitions on the thread, so the server answers at once: partition DDL takes its locks without waiting and
    // tries again (V007), so it never deadlocks with a checkout; a row written meanwhile into a month not yet
    // created lands in the default partition and moves into the month's partition when it is created.
    m_thread = std::thread([this] {
        // The first run is due at the first purge time after start, even when creating partitions takes past it.
        const auto first = nextRun(m_clock.now(), m_at, m_zone);
        maintain();
        loop(first);
    });
}

void PurgeScheduler::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::chrono::system_clock::time_point PurgeScheduler::nextRun(std::chrono::system_clock::time_point now,
                                                              domain::LocalTimeOfDay at, const std::string& zone) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(now);
    const domain::CivilDate today = rules::localDateAt(seconds, zone);
    auto candidate = std::chrono::system_clock::time_point(rules::toInstant(today, at, zone));
    if (candidate <= now) {
        candidate = std::chrono::system_clock::time_point(rules::toInstant(today.addDays(1), at, zone));
    }
    return candidate;
}

bool PurgeScheduler::sleepUntil(std::chrono::system_clock::time_point until) {
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopping) {
            return false;
        }
        const auto now = m_clock.now();
        if (now >= until) {
            return true;
        }
        // The server's clock runs at real speed (also when a test set its start), so the wait is real time; waking
        // every minute at most keeps a changed system clock from delaying the run for long.
        const auto wait = std::min<std::chrono::system_clock::duration>(until - now, std::chrono::minutes(1));
        m_wake.wait_for(lock, wait);
    }
}

void PurgeScheduler::maintain() {
    for (;;) {
        try {
            const int created = m_purge.maintainPartitions(m_clock.now());
            if (m_events.partitionsMaintained) {
                m_events.partitionsMaintained(created);
            }
            return;
        } catch (const domain::DomainError& e) {
            if (m_events.failed) {
                m_events.failed("partitions", e.what());
            }
        } catch (const std::exception& e) {
            if (m_events.failed) {
                m_events.failed("partitions", typeid(e).name());
            }
        }
        if (!sleepUntil(m_clock.now() + kRetry)) {
            return;
        }
    }
}

void PurgeScheduler::loop(std::chrono::system_clock::time_point due) {
    for (;;) {
        if (!sleepUntil(due)) {
            return;
        }
        due = nextRun(m_clock.now(), m_at, m_zone);
        if (!m_purgeEnabled) {
            maintain();
            continue;
        }
        try {
            const auto certificate = m_purge.run(m_clock.now(), m_options);
            if (m_events.purged) {
                m_events.purged(certificate);
            }
        } catch (const domain::DomainError& e) {
            if (m_events.failed) {
                m_events.failed("purge", e.what()); // written never to quote personal data
            }
        } catch (const std::exception& e) {
            // Reported by type only: a database error's text may quote values. The next day's run catches up.
            if (m_events.failed) {
                m_events.failed("purge", typeid(e).name());
            }
        }
    }
}

} // namespace kiroku::backend::services
