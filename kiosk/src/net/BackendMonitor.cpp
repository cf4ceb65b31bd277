#include "net/BackendMonitor.h"

#include "net/ApiClient.h"

namespace kiroku::kiosk::net {

BackendMonitor::BackendMonitor(ApiClient& api, int intervalMs, QObject* parent) : QObject(parent), m_api(api) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BackendMonitor::checkNow);
}

void BackendMonitor::start() {
    checkNow();
    m_timer.start();
}

void BackendMonitor::checkNow() {
    if (m_inFlight) {
        return;
    }
    m_inFlight = true;
    m_api.get(QStringLiteral("/readyz"), [this](const ApiResult& result) {
        m_inFlight = false;
        const State next = !result.reached() ? State::Unreachable : result.ok() ? State::Ready : State::NotReady;
        if (next != m_state) {
            m_state = next;
            emit stateChanged(m_state);
        }
    });
}

} // namespace kiroku::kiosk::net
