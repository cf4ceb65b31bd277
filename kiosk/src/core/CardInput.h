#pragma once

#include "core/IdentityDraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kiroku::kiosk::core {

/// A member card as scanned, checked before anything else sees it.
struct MemberScan {
    bool ok = false;
    QString token;   ///< the card token (only when ok)
    QString problem; ///< why it was refused, for the screen; never repeats the scanned text
    bool possibleMyNumber = false;
};

/// The outcome of reading a machine-readable zone into a draft.
struct MrzReading {
    bool ok = false;
    QString problem;   ///< one sentence naming the failing check (e.g. the birth date's check digit)
    QString errorCode; ///< the parser's code, e.g. "MrzBirthDateCheckDigit"
};

/// Keyboard-wedge input at the counter: member-card scans and MRZ lines, through the device parsers.
class CardInput {
    Q_DECLARE_TR_FUNCTIONS(CardInput)
public:
    /// Checks a member-card scan. A 12-digit numeric payload is refused on the spot as a possible My Number.
    static MemberScan checkMemberScan(const QString& scanned);
    /// Parses MRZ text (2 or 3 lines as typed by a reader, or pasted) and fills `draft` with the method, kind,
    /// name, date of birth, number, expiry and nationality. The MRZ never holds an address: the draft is marked as
    /// not showing one. On failure the draft is left untouched.
    static MrzReading readMrz(const QString& text, QDate today, IdentityDraft& draft);
};

} // namespace kiroku::kiosk::core
