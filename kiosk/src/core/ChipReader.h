#pragma once

#include "core/IdentityDraft.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace kiroku::kiosk::core {

/// Reads an identity card's chip for the check-in: the driver's license (DF1/EF01 after PIN1) or the My Number
/// card's 券面事項入力補助AP (EF 00 02 after its PIN; the 個人番号 is never read). PC/SC calls block, so they run on a
/// worker thread of this object; results come back as signals on the thread that owns it. Nothing throws.
///
/// The PIN is the customer's: it is sent exactly once per submitPin(), never retried, and with one try left only
/// when staff confirmed it. A license whose holder set no PIN is opened with the card's default PIN.
///
/// Waiting for a card is cut into short slices and stops within one slice of cancel() or destruction, even when
/// pcscd missed the cancel. The destructor waits for the worker at most a few seconds: a worker stuck inside pcscd
/// (a broken reader driver) is left behind, holding only its own state, instead of freezing the kiosk.
class ChipReader : public QObject {
    Q_OBJECT
public:
    /// Uses readers whose name starts with `readerPrefix` (empty: any reader).
    explicit ChipReader(QString readerPrefix = {}, QObject* parent = nullptr);
    ~ChipReader() override;

    /// Waits for a card (see setCardWaitMs), checks it is of kind `kindCode` ("drivers_license" or
    /// "my_number_card"), and asks for its PIN state: pinRequested() (or, for a license without PIN, recordRead())
    /// or failed().
    void begin(const QString& kindCode);
    /// How long begin() waits for a card (default 30 s).
    void setCardWaitMs(int ms) { m_waitMs = ms; }
    /// Sends the 4-digit PIN once; recordRead() or failed() (WrongPin with the tries left, …).
    void submitPin(const QString& pin, bool lastTryConfirmed);
    /// Stops waiting and releases the card (its PIN state is reset).
    void cancel();

    /// The worker thread and what it owns (defined in the .cpp). Public only so that the .cpp's helpers can name it.
    struct Worker;

signals:
    /// The status of the work, in words for staff ("Place the card on the reader", "Reading the card…").
    void progress(const QString& message);
    /// The card waits for its PIN; `triesLeft` as the card says. With one try left, staff must confirm.
    void pinRequested(int triesLeft);
    /// The card was read. `fieldsToType` names draft fields (API paths) holding characters the chip stores as
    /// images (外字): staff type them from the card face.
    void recordRead(const kiroku::kiosk::core::IdentityDraft& draft, const QStringList& fieldsToType);
    /// Reading stopped. `code` is the DeviceErrorCode name ("WrongPin", "NoReader", …); `triesLeft` -1 when unknown.
    void failed(const QString& code, const QString& message, int triesLeft);

private:
    int m_waitMs = 30000;
    /// Lets queued results reach this object only while it exists (checked on this object's thread).
    std::shared_ptr<ChipReader*> m_self;
    /// Shared with the worker thread; created last, so the thread never sees a member that is not built yet.
    std::shared_ptr<Worker> m_worker;
};

} // namespace kiroku::kiosk::core
