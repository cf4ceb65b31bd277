#include "core/ChipReader.h"

#include "devices/CardIdentification.h"
#include "devices/LicenseCardReader.h"
#include "devices/MyNumberCardReader.h"
#include "devices/PcscCardChannel.h"
#include "devices/PcscContext.h"

#include <QMetaObject>

#include <chrono>

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

ChipReader::ChipReader(QString readerPrefix, QObject* parent)
    : QObject(parent), m_prefix(readerPrefix.toStdString()), m_thread([this] { run(); }) {}

ChipReader::~ChipReader() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
        if (m_context) {
            m_context->cancel();
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

void ChipReader::post(std::function<void()> job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_all();
}

void ChipReader::run() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) {
                break;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    m_channel.reset(); // resets the card: a verified PIN does not outlive the kiosk's use of it
    std::lock_guard lock(m_mutex);
    m_context.reset();
}

void ChipReader::begin(const QString& kindCode) {
    post([this, kindCode, timeoutMs = m_waitMs] { openCard(kindCode, timeoutMs); });
}

void ChipReader::submitPin(const QString& pin, bool lastTryConfirmed) {
    post([this, pin, lastTryConfirmed] { verifyAndRead(pin, lastTryConfirmed); });
}

void ChipReader::cancel() {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.clear();
        if (m_context) {
            m_context->cancel();
        }
    }
    post([this] { m_channel.reset(); });
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

void ChipReader::fail(const devices::DeviceError& error) {
    // Staff read describeError(); the device layer's English message is for logs and stays out of the screen.
    QMetaObject::invokeMethod(
        this,
        [this, code = QString::fromLatin1(devices::toString(error.code)), tries = error.triesLeft.value_or(-1),
         kind = error.code] { emit failed(code, describeError(kind, tries), tries); },
        Qt::QueuedConnection);
}

void ChipReader::openCard(const QString& kindCode, int timeoutMs) {
    m_channel.reset();
    m_kind = kindCode;
    std::shared_ptr<devices::PcscContext> context;
    {
        std::lock_guard lock(m_mutex);
        context = m_context;
    }
    if (!context) {
        auto established = devices::PcscContext::establish();
        if (!established) {
            fail(established.error());
            return;
        }
        context = std::shared_ptr<devices::PcscContext>(std::move(established).value());
        std::lock_guard lock(m_mutex);
        m_context = context;
    }
    QMetaObject::invokeMethod(
        this, [this] { emit progress(tr("Place the card on the reader.")); }, Qt::QueuedConnection);
    auto readerName = context->waitForCard(m_prefix, std::chrono::milliseconds(timeoutMs));
    if (!readerName) {
        fail(readerName.error());
        return;
    }
    auto channel = context->connect(readerName.value());
    if (!channel) {
        fail(channel.error());
        return;
    }
    m_channel = std::move(channel).value();
    const auto kind = devices::identifyCard(*m_channel);
    if (!kind) {
        fail(kind.error());
        return;
    }
    const bool license = kindCode == QLatin1String("drivers_license");
    const devices::CardKind expected = license ? devices::CardKind::DriversLicense : devices::CardKind::MyNumberCard;
    if (kind.value() != expected) {
        m_channel.reset();
        fail(errorOf(devices::DeviceErrorCode::UnsupportedCard, "not the chosen document"));
        return;
    }
    if (auto reset = m_channel->reset(); !reset) {
        fail(reset.error());
        return;
    }
    if (license) {
        devices::LicenseCardReader reader(*m_channel);
        if (auto common = reader.readCommonData(); !common) {
            fail(common.error());
            return;
        }
        const auto pinSet = reader.pinIsSet();
        if (!pinSet) {
            fail(pinSet.error());
            return;
        }
        if (!pinSet.value()) { // the holder set no PIN: the card expects its default
            verifyAndRead(QString::fromLatin1(devices::kLicenseDefaultPin.data(),
                                              static_cast<qsizetype>(devices::kLicenseDefaultPin.size())),
                          false);
            return;
        }
        const auto state = reader.pinState();
        if (!state) {
            fail(state.error());
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, tries = state->triesLeft] { emit pinRequested(tries); }, Qt::QueuedConnection);
        return;
    }
    devices::MyNumberCardReader reader(*m_channel);
    const auto state = reader.pinState();
    if (!state) {
        fail(state.error());
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, tries = state->triesLeft] { emit pinRequested(tries); }, Qt::QueuedConnection);
}

void ChipReader::verifyAndRead(const QString& pin, bool lastTryConfirmed) {
    if (!m_channel) {
        fail(errorOf(devices::DeviceErrorCode::NoCard, "no card is open"));
        return;
    }
    const std::string digits = pin.toStdString();
    const auto confirmation =
        lastTryConfirmed ? devices::StaffConfirmation::LastTryConfirmed : devices::StaffConfirmation::No;
    QMetaObject::invokeMethod(
        this, [this] { emit progress(tr("Reading the card…")); }, Qt::QueuedConnection);
    if (m_kind == QLatin1String("drivers_license")) {
        devices::LicenseCardReader reader(*m_channel);
        if (auto verified = reader.verifyPin(digits, confirmation); !verified) {
            fail(verified.error());
            return;
        }
        readLicense();
    } else {
        devices::MyNumberCardReader reader(*m_channel);
        if (auto verified = reader.verifyPin(digits, confirmation); !verified) {
            fail(verified.error());
            return;
        }
        readMyNumber();
    }
}

void ChipReader::readLicense() {
    devices::LicenseCardReader reader(*m_channel);
    auto record = reader.readRecord();
    m_channel.reset(); // done with the card: the reset drops the verified PIN
    if (!record) {
        fail(record.error());
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
    QMetaObject::invokeMethod(
        this, [this, draft, toType] { emit recordRead(draft, toType); }, Qt::QueuedConnection);
}

void ChipReader::readMyNumber() {
    devices::MyNumberCardReader reader(*m_channel);
    auto record = reader.readFaceData();
    m_channel.reset();
    if (!record) {
        fail(record.error());
        return;
    }
    IdentityDraft draft;
    draft.startWith(QStringLiteral("my_number_card"), ReadMethod::IcChip);
    draft.name = text(record->name.full);
    draft.address = text(record->address);
    draft.dateOfBirth = toQDate(record->birthDate);
    QMetaObject::invokeMethod(
        this, [this, draft] { emit recordRead(draft, {}); }, Qt::QueuedConnection);
}

} // namespace kiroku::kiosk::core
