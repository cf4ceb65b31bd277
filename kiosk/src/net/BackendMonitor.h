#pragma once

#include <QObject>
#include <QTimer>

namespace kiroku::kiosk::net {

class ApiClient;

/// Polls the backend's /readyz and tells the screens whether it is ready, reachable but not ready,
/// or unreachable.
class BackendMonitor : public QObject {
    Q_OBJECT
public:
    enum class State { Unknown, Ready, NotReady, Unreachable };
    Q_ENUM(State)

    BackendMonitor(ApiClient& api, int intervalMs, QObject* parent = nullptr);

    void start();
    void checkNow();
    State state() const { return m_state; }

signals:
    void stateChanged(kiroku::kiosk::net::BackendMonitor::State state);

private:
    ApiClient& m_api;
    QTimer m_timer;
    State m_state = State::Unknown;
    bool m_inFlight = false;
};

} // namespace kiroku::kiosk::net
