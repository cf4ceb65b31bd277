#include "devices/CardPresenceWatcher.h"

#include "devices/PcscContext.h"

#include <chrono>

namespace kiroku::kiosk::devices {

namespace {

// Waits are cut into slices so that a stop request is seen even if a cancel arrives between two waits.
constexpr std::chrono::milliseconds kWaitSlice{1000};
constexpr std::chrono::milliseconds kRetryDelay{1000};

} // namespace

CardPresenceWatcher::CardPresenceWatcher(QString readerPrefix, QObject* parent)
    : QObject(parent), m_prefix(readerPrefix.toStdString()) {}

CardPresenceWatcher::~CardPresenceWatcher() {
    stop();
}

void CardPresenceWatcher::start() {
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void CardPresenceWatcher::stop() {
    m_stopping = true;
    {
        const std::lock_guard lock(m_mutex);
        if (m_context) {
            m_context->cancel();
        }
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool CardPresenceWatcher::pause(std::chrono::milliseconds duration) {
    const auto until = std::chrono::steady_clock::now() + duration;
    while (!m_stopping && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return !m_stopping;
}

void CardPresenceWatcher::run() {
    std::string lastProblem;
    const auto report = [&](const DeviceError& error) {
        const std::string code(toString(error.code));
        if (code != lastProblem) {
            lastProblem = code;
            emit watchFailed(QString::fromStdString(code), QString::fromStdString(error.message));
        }
    };

    while (!m_stopping) {
        auto established = PcscContext::establish();
        if (!established) {
            report(established.error());
            pause(kRetryDelay);
            continue;
        }
        {
            const std::lock_guard lock(m_mutex);
            m_context = std::shared_ptr<PcscContext>(std::move(established).value());
        }
        PcscContext& context = *m_context;
        bool contextBroken = false;
        while (!m_stopping && !contextBroken) {
            auto card = context.waitForCard(m_prefix, kWaitSlice);
            if (!card) {
                const DeviceErrorCode code = card.error().code;
                if (code == DeviceErrorCode::Timeout || code == DeviceErrorCode::Cancelled) {
                    continue;
                }
                report(card.error());
                contextBroken = code == DeviceErrorCode::ServiceUnavailable;
                pause(kRetryDelay);
                continue;
            }
            lastProblem.clear();
            const QString reader = QString::fromStdString(card.value());
            emit cardInserted(reader);
            while (!m_stopping) {
                auto removed = context.waitForRemoval(card.value(), kWaitSlice);
                if (removed || removed.error().code == DeviceErrorCode::ReaderRemoved) {
                    emit cardRemoved(reader);
                    break;
                }
                if (removed.error().code == DeviceErrorCode::ServiceUnavailable) {
                    emit cardRemoved(reader);
                    report(removed.error());
                    contextBroken = true;
                    break;
                }
            }
        }
        const std::lock_guard lock(m_mutex);
        m_context.reset();
    }
}

} // namespace kiroku::kiosk::devices
