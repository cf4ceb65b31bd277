#include "core/ChipReader.h"

#include "devices/CardIdentification.h"
#include "devices/LicenseCardReader.h"
#include "devices/MyNumberCardReader.h"
#include "devices/PcscCardChannel.h"
#include "devices/PcscContext.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>

namespace kiroku::kiosk::core {

namespace {

QDate toQDate(const std::chrono::year_month_day& ymd) {
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

devices::DeviceError errorOf(devices::DeviceErrorCode code, std::string message) {
    devices::DeviceError error;
    error.code = code;
    error.message = std::move(message);
    return error;
}

QString text(const std::string& utf8) {
    return QString::fromStdString(utf8);
}

} // namespace

/// What the worker thread owns. The thread holds a reference, so a worker left behind by the destructor (stuck in
/// pcscd) never touches freed memory; results reach the ChipReader only through deliver(), on its own thread.
struct ChipReader::Worker {
    explicit Worker(std::string readerPrefix, std::weak_ptr<ChipReader*> reader)
        : prefix(std::move(readerPrefix)), owner(std::move(reader)) {}

    const std::string prefix;
    const std::weak_ptr<ChipReader*> owner;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable ended;
    std::deque<std::function<void(Worker&)>> jobs; // guarded by mutex
    bool stopping = false;                         // guarded by mutex
    bool finished = false;                         // guarded by mutex
    std::stop_source waiting;                      // the current begin()'s wait; guarded by mutex
    std::shared_ptr<devices::PcscContext> context; // guarded by mutex; used by the worker
    std::thread thread;
    // Worker thread only:
    std::unique_ptr<devices::PcscCardChannel> channel;
    QString kind;

    /// Runs `emitter(reader)` on the application's thread if the ChipReader still exists then.
    template <typename F> void deliver(F emitter) const {
        QCoreApplication* app = QCoreApplication::instance();
        if (app == nullptr) {
            return;
        }
        QMetaObject::invokeMethod(
            app,
            [reader = owner, emitter = std::move(emitter)] {
                if (const auto self = reader.lock()) {
                    emitter(**self);
                }
            },
            Qt::QueuedConnection);
    }
    void fail(const devices::DeviceError& error) const;
    void post(std::function<void(Worker&)> job) {
        {
            std::lock_guard lock(mutex);
            jobs.push_back(std::move(job));
        }
        wake.notify_all();
    }
};

namespace {

/// How long the destructor waits for the worker before leaving it behind.
constexpr auto kJoinLimit = std::chrono::seconds(5);

using Worker = ChipReader::Worker;

void openCard(Worker& w, const QString& kindCode, int timeoutMs, std::stop_token stop);
void verifyAndRead(Worker& w, const QString& pin, bool lastTryConfirmed);
void readLicense(Worker& w);
void readMyNumber(Worker& w);

void run(const std::shared_ptr<Worker>& w) {
    for (;;) {
        std::function<void(Worker&)> job;
        {
            std::unique_lock lock(w->mutex);
            w->wake.wait(lock, [&] { return w->stopping || !w->jobs.empty(); });
            if (w->stopping) {
                break;
            }
            job = std::move(w->jobs.front());
            w->jobs.pop_front();
        }
        job(*w);
    }
    w->channel.reset(); // resets the card: a verified PIN does not outlive the kiosk's use of it
    std::shared_ptr<devices::PcscContext> context;
    {
        std::lock_guard lock(w->mutex);
        context = std::move(w->context); // released here, outside the lock; nobody cancels it any more
    }
    context.reset();
    {
        std::lock_guard lock(w->mutex);
        w->finished = true;
    }
    w->ended.notify_all();
}

} // namespace

ChipReader::ChipReader(QString readerPrefix, QObject* parent)
    : QObject(parent), m_self(std::make_shared<ChipReader*>(this)),
      m_worker(std::make_shared<Worker>(readerPrefix.toStdString(), m_self)) {
    // Started only now that everything the thread touches exists.
    m_worker->thread = std::thread([worker = m_worker] { run(worker); });
}

ChipReader::~ChipReader() {
    m_self.reset(); // results still queued are dropped
    const std::shared_ptr<Worker> w = m_worker;
    {
        std::lock_guard lock(w->mutex);
        w->stopping = true;
        w->jobs.clear();
        w->waiting.request_stop(); // ends a wait for a card at once (or within one slice)
    }
    w->wake.notify_all();
    bool finished = false;
    {
        std::unique_lock lock(w->mutex);
        finished = w->ended.wait_for(lock, kJoinLimit, [&] { return w->finished; });
    }
    if (finished) {
        w->thread.join();
    } else {
        // Stuck inside pcscd (a reader driver that never answers): the thread keeps its own state alive and ends
        // whenever pcscd lets it; the kiosk goes on.
        qWarning("kiroku-kiosk: the card reader thread did not stop within %lld s; leaving it behind",
                 static_cast<long long>(kJoinLimit.count()));
        w->thread.detach();
    }
}

void ChipReader::begin(const QString& kindCode) {
    std::stop_token stop;
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->waiting = std::stop_source(); // a cancel of an earlier read does not stop this one
        stop = m_worker->waiting.get_token();
    }
    m_worker->post([kindCode, timeoutMs = m_waitMs, stop](Worker& w) { openCard(w, kindCode, timeoutMs, stop); });
}

void ChipReader::submitPin(const QString& pin, bool lastTryConfirmed) {
    m_worker->post([pin, lastTryConfirmed](Worker& w) { verifyAndRead(w, pin, lastTryConfirmed); });
}

void ChipReader::cancel() {
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->jobs.clear();
        m_worker->waiting.request_stop();
    }
    m_worker->post([](Worker& w) { w.channel.reset(); });
}

namespace {

QString describeError(devices::DeviceErrorCode code, int tries) {
    using C = devices::DeviceErrorCode;
    switch (code) {
    case C::ServiceUnavailable:
        return ChipReader::tr("The card reader service (pcscd) is not running.");
    case C::NoReader:
    case C::ReaderRemoved:
        return ChipReader::tr("No card reader is connected.");
    case C::Timeout:
    case C::NoCard:
        return ChipReader::tr("No card was placed on the reader.");
    case C::CardRemoved:
        return ChipReader::tr("The card was taken away while it was read. Place it again.");
    case C::ReaderBusy:
        return ChipReader::tr("Another program is using the card reader.");
    case C::Cancelled:
        return ChipReader::tr("Reading was cancelled.");
    case C::UnsupportedCard:
        return ChipReader::tr("This card is not the document chosen, or its chip cannot be read.");
    case C::WrongPin:
        return ChipReader::tr("Wrong PIN. %1 tries left: a blocked card can only be unblocked by the issuer.")
            .arg(tries);
    case C::PinLocked:
        return ChipReader::tr("The card's PIN is blocked. Type the details from the card instead.");
    case C::LastTryNeedsStaffConfirmation:
        return ChipReader::tr("Only one try is left: staff must confirm before the PIN is sent.");
    case C::InvalidPinFormat:
        return ChipReader::tr("The PIN has 4 digits.");
    default:
        return ChipReader::tr("The card could not be read (%1). Type the details from the card instead.")
            .arg(QString::fromLatin1(devices::toString(code)));
    }
}

} // namespace

void Worker::fail(const devices::DeviceError& error) const {
    // Staff read describeError(); the device layer's English message is for logs and stays out of the screen.
    deliver([code = QString::fromLatin1(devices::toString(error.code)), tries = error.triesLeft.value_or(-1),
             kind = error.code](ChipReader& r) { emit r.failed(code, describeError(kind, tries), tries); });
}

namespace {

void openCard(Worker& w, const QString& kindCode, int timeoutMs, std::stop_token stop) {
    w.channel.reset();
    w.kind = kindCode;
    std::shared_ptr<devices::PcscContext> context;
    {
        std::lock_guard lock(w.mutex);
        context = w.context;
    }
    if (!context) {
        auto established = devices::PcscContext::establish();
        if (!established) {
            w.fail(established.error());
            return;
        }
        context = std::shared_ptr<devices::PcscContext>(std::move(established).value());
        std::lock_guard lock(w.mutex);
        w.context = context;
    }
    w.deliver([](ChipReader& r) { emit r.progress(ChipReader::tr("Place the card on the reader.")); });
    auto readerName = context->waitForCard(w.prefix, std::chrono::milliseconds(timeoutMs), stop);
    if (!readerName) {
        w.fail(readerName.error());
        return;
    }
    auto channel = context->connect(readerName.value());
    if (!channel) {
        w.fail(channel.error());
        return;
    }
    w.channel = std::move(channel).value();
    const auto kind = devices::identifyCard(*w.channel);
    if (!kind) {
        w.fail(kind.error());
        return;
    }
    const bool license = kindCode == QLatin1String("drivers_license");
    const devices::CardKind expected = license ? devices::CardKind::DriversLicense : devices::CardKind::MyNumberCard;
    if (kind.value() != expected) {
        w.channel.reset();
        w.fail(errorOf(devices::DeviceErrorCode::UnsupportedCard, "not the chosen document"));
        return;
    }
    if (auto reset = w.channel->reset(); !reset) {
        w.fail(reset.error());
        return;
    }
    if (license) {
        devices::LicenseCardReader reader(*w.channel);
        if (auto common = reader.readCommonData(); !common) {
            w.fail(common.error());
            return;
        }
        const auto pinSet = reader.pinIsSet();
        if (!pinSet) {
            w.fail(pinSet.error());
            return;
        }
        if (!pinSet.value()) { // the holder set no PIN: the card expects its default
            verifyAndRead(w,
                          QString::fromLatin1(devices::kLicenseDefaultPin.data(),
                                              static_cast<qsizetype>(devices::kLicenseDefaultPin.size())),
                          false);
            return;
        }
        const auto state = reader.pinState();
        if (!state) {
            w.fail(state.error());
            return;
        }
        w.deliver([tries = state->triesLeft](ChipReader& r) { emit r.pinRequested(tries); });
        return;
    }
    devices::MyNumberCardReader reader(*w.channel);
    const auto state = reader.pinState();
    if (!state) {
        w.fail(state.error());
        return;
    }
    w.deliver([tries = state->triesLeft](ChipReader& r) { emit r.pinRequested(tries); });
}

void verifyAndRead(Worker& w, const QString& pin, bool lastTryConfirmed) {
    if (!w.channel) {
        w.fail(errorOf(devices::DeviceErrorCode::NoCard, "no card is open"));
        return;
    }
    const std::string digits = pin.toStdString();
    const auto confirmation =
        lastTryConfirmed ? devices::StaffConfirmation::LastTryConfirmed : devices::StaffConfirmation::No;
    w.deliver([](ChipReader& r) { emit r.progress(ChipReader::tr("Reading the card…")); });
    if (w.kind == QLatin1String("drivers_license")) {
        devices::LicenseCardReader reader(*w.channel);
        if (auto verified = reader.verifyPin(digits, confirmation); !verified) {
            w.fail(verified.error());
            return;
        }
        readLicense(w);
    } else {
        devices::MyNumberCardReader reader(*w.channel);
        if (auto verified = reader.verifyPin(digits, confirmation); !verified) {
            w.fail(verified.error());
            return;
        }
        readMyNumber(w);
    }
}

void readLicense(Worker& w) {
    devices::LicenseCardReader reader(*w.channel);
    auto record = reader.readRecord();
    w.channel.reset(); // done with the card: the reset drops the verified PIN
    if (!record) {
        w.fail(record.error());
        return;
    }
    IdentityDraft draft;
    draft.startWith(QStringLiteral("drivers_license"), ReadMethod::IcChip);
    draft.name = text(record->name.full);
    draft.address = text(record->address);
    draft.dateOfBirth = toQDate(record->birthDate);
    draft.number = text(record->licenseNumber);
    draft.expiresOn = toQDate(record->expiryDate);
    draft.issuedOn = toQDate(record->issueDate);
    draft.issuer = text(record->issuingCommission);
    QStringList toType;
    for (const std::uint8_t tag : record->fieldsNeedingStaffInput) {
        if (tag == devices::license_tag::kName) {
            toType << QString::fromLatin1(field::kName);
        } else if (tag == devices::license_tag::kAddress) {
            toType << QString::fromLatin1(field::kAddress);
        }
    }
    w.deliver([draft, toType](ChipReader& r) { emit r.recordRead(draft, toType); });
}

void readMyNumber(Worker& w) {
    devices::MyNumberCardReader reader(*w.channel);
    auto record = reader.readFaceData();
    w.channel.reset();
    if (!record) {
        w.fail(record.error());
        return;
    }
    IdentityDraft draft;
    draft.startWith(QStringLiteral("my_number_card"), ReadMethod::IcChip);
    draft.name = text(record->name.full);
    draft.address = text(record->address);
    draft.dateOfBirth = toQDate(record->birthDate);
    w.deliver([draft](ChipReader& r) { emit r.recordRead(draft, {}); });
}

} // namespace

} // namespace kiroku::kiosk::core
