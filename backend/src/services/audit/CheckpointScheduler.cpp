#include "services/audit/CheckpointScheduler.h"

#include "services/rules/ZoneTime.h"

namespace kiroku::backend::services {

CheckpointScheduler::CheckpointScheduler(CheckpointService& checkpoints, domain::StoreRepository& stores,
                                         const Clock& clock, domain::LocalTimeOfDay at, Report report)
    : m_checkpoints(checkpoints), m_stores(stores), m_clock(clock), m_at(at), m_report(std::move(report)) {}

CheckpointScheduler::~CheckpointScheduler() {
    stop();
}

void CheckpointScheduler::start() {
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            lock.unlock();
            try {
                runOnce();
            } catch (const std::exception& e) {
                m_report("audit.checkpoint_failed", 0, e.what());
            }
            lock.lock();
            m_wake.wait_for(lock, std::chrono::minutes(1), [this] { return m_stopping; });
        }
    });
}

void CheckpointScheduler::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::size_t CheckpointScheduler::runOnce() {
    std::size_t made = 0;
    for (const std::int64_t storeId : m_checkpoints.storeIds()) {
        try {
            const auto store = m_stores.find(storeId);
            if (!store) {
                continue;
            }
            const auto now = std::chrono::floor<std::chrono::seconds>(m_clock.now());
            const auto today = rules::localDateAt(now, store->rules.timeZone);
            const auto due = rules::toInstant(today, m_at, store->rules.timeZone);
            if (now < due) {
                continue;
            }
            if (const auto checkpoint = m_checkpoints.create(storeId, domain::AuditActor::system(), due)) {
                ++made;
                m_report("audit.checkpoint", storeId, "length " + std::to_string(checkpoint->length));
            }
        } catch (const std::exception& e) {
            m_report("audit.checkpoint_failed", storeId, e.what());
        }
    }
    return made;
}

} // namespace kiroku::backend::services
