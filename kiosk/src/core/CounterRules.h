#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace kiroku::kiosk::core {

/// The parts of the store's rules the counter screens preview before the backend decides: night hours for minors
/// (Tokyo: 23:00–04:00, under 18). The backend applies the store's own rule set and has the last word; these are
/// kiosk settings so the preview can match another prefecture.
struct CounterRules {
    QTime nightStart{23, 0};
    QTime nightEnd{4, 0};
    int minorAge = 18;
    QTimeZone zone{QByteArrayLiteral("Asia/Tokyo")};

    /// True when `now` (any zone) falls in the night hours on the store's wall clock.
    [[nodiscard]] bool isNight(const QDateTime& now) const;
    /// The next start of the night hours after `now`, in the store's zone; invalid when there are none.
    [[nodiscard]] QDateTime nextNightStart(const QDateTime& now) const;
    /// The end of the night hours that contain `now` (or the next one), in the store's zone.
    [[nodiscard]] QDateTime nightEndAfter(const QDateTime& now) const;
    /// A time of day on the store's wall clock, "HH:mm" (empty for an invalid time).
    [[nodiscard]] QString clock(const QDateTime& t) const {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString();
    }
    /// A date and time on the store's wall clock, "yyyy-MM-dd HH:mm".
    [[nodiscard]] QString dateTime(const QDateTime& t) const {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    /// The store's local date at `now`.
    [[nodiscard]] QDate localDate(const QDateTime& now) const { return now.toTimeZone(zone).date(); }
};

/// Age in completed years on `on`, as Japanese law counts it: a year older from the anniversary of the birth date;
/// someone born on 29 February is a year older from 1 March in a non-leap year. -1 when `on` is before the birth.
int ageOn(QDate dateOfBirth, QDate on);

} // namespace kiroku::kiosk::core
