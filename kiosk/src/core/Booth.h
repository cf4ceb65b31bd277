#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace kiroku::kiosk::core {

/// The visit currently in a booth, as GET /v1/booths reports it.
struct BoothVisit {
    QString id; ///< the visit's uuid, or "journal:<n>" for a check-in still waiting in the offline journal
    QDateTime startedAt;
    bool minor = false;
    QDateTime minorMustLeaveAt; ///< invalid for adults
    bool pending = false;       ///< recorded offline, not yet sent
};

/// One booth of the store with its status and current visit.
struct Booth {
    QJsonValue id; ///< kept as the backend sent it, so it goes back in the same JSON type
    QString label;
    QString kind;
    QString status; ///< free, occupied, cleaning, out_of_service
    QString terminalNumber;
    std::optional<BoothVisit> visit;

    /// The id as text, for lookups and object names.
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool isFree() const { return status == QLatin1String("free") && !visit; }
};

/// Reading the booth list and presenting times.
class Booths {
    Q_DECLARE_TR_FUNCTIONS(Booths)
public:
    /// Parses the body of GET /v1/booths. Booths without an id or label are skipped; `problem` (optional) says why
    /// the body could not be read at all.
    static QVector<Booth> parse(const QJsonObject& body, QString* problem = nullptr);
    /// Parses one booth object (also the answer of POST /v1/booths/{id}/status).
    static std::optional<Booth> parseOne(const QJsonObject& booth);
    /// The status in words, e.g. 清掃中.
    static QString statusName(const QString& status);
    /// A duration as staff read it: "2:05" (hours:minutes).
    static QString formatDuration(qint64 seconds);
};

/// Parses an RFC 3339 instant from the API ("2026-11-22T14:03:00Z", with or without fractions or an offset).
QDateTime parseInstant(const QString& text);

} // namespace kiroku::kiosk::core
