#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace kiroku::kiosk::devices {

class PcscContext;

/// Watches the card readers on a background thread so the screen never blocks on pcscd, and reports through
/// signals (queued to the receiver's thread): a card placed, a card taken away, or why watching is not
/// possible right now (pcscd down, no reader). It retries on its own until stopped. The card itself is read
/// elsewhere (LicenseCardReader, MyNumberCardReader) on a connection of its own.
class CardPresenceWatcher : public QObject {
    Q_OBJECT

public:
    /// Watches readers whose name starts with `readerPrefix` (empty: all readers).
    explicit CardPresenceWatcher(QString readerPrefix = {}, QObject* parent = nullptr);
    ~CardPresenceWatcher() override;

    /// Starts the background thread; does nothing when it already runs.
    void start();
    /// Stops the background thread (aborting a wait in pcscd) and returns once it has ended.
    void stop();

signals:
    void cardInserted(const QString& reader);
    void cardRemoved(const QString& reader);
    /// `code` is the DeviceErrorCode name (e.g. "ServiceUnavailable", "NoReader"); sent once per new problem.
    void watchFailed(const QString& code, const QString& message);

private:
    void run();
    bool pause(std::chrono::milliseconds duration);

    const std::string m_prefix;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex; // guards m_context for cancel() from stop()
    std::shared_ptr<PcscContext> m_context;
};

} // namespace kiroku::kiosk::devices
