#include "core/Booth.h"

#include <QJsonArray>

namespace kiroku::kiosk::core {

QString Booth::key() const {
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QDateTime parseInstant(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    return t;
}

std::optional<Booth> Booths::parseOne(const QJsonObject& object) {
    Booth booth;
    booth.id = object.value(QStringLiteral("id"));
    booth.label = object.value(QStringLiteral("label")).toString();
    if (!(booth.id.isDouble() || booth.id.isString()) || booth.label.isEmpty()) {
        return std::nullopt;
    }
    booth.kind = object.value(QStringLiteral("kind")).toString();
    booth.status = object.value(QStringLiteral("status")).toString();
    const QJsonValue terminal = object.value(QStringLiteral("terminal"));
    if (terminal.isObject()) {
        booth.terminalNumber = terminal.toObject().value(QStringLiteral("number")).toString();
    }
    const QJsonValue visit = object.value(QStringLiteral("visit"));
    if (visit.isObject()) {
        const QJsonObject v = visit.toObject();
        BoothVisit current;
        current.id = v.value(QStringLiteral("id")).toString();
        current.startedAt = parseInstant(v.value(QStringLiteral("started_at")).toString());
        current.minor = v.value(QStringLiteral("minor")).toBool();
        current.minorMustLeaveAt = parseInstant(v.value(QStringLiteral("minor_must_leave_at")).toString());
        if (!current.id.isEmpty()) {
            booth.visit = current;
        }
    }
    return booth;
}

QVector<Booth> Booths::parse(const QJsonObject& body, QString* problem) {
    QVector<Booth> booths;
    const QJsonValue list = body.value(QStringLiteral("booths"));
    if (!list.isArray()) {
        if (problem != nullptr) {
            *problem = tr("The server's booth list could not be read.");
        }
        return booths;
    }
    for (const QJsonValue& item : list.toArray()) {
        if (auto booth = parseOne(item.toObject())) {
            booths.append(*booth);
        }
    }
    return booths;
}

QString Booths::statusName(const QString& status) {
    if (status == QLatin1String("free")) {
        return tr("Free");
    }
    if (status == QLatin1String("occupied")) {
        return tr("In use");
    }
    if (status == QLatin1String("cleaning")) {
        return tr("Cleaning");
    }
    if (status == QLatin1String("out_of_service")) {
        return tr("Out of service");
    }
    return status;
}

QString Booths::formatDuration(qint64 seconds) {
    if (seconds < 0) {
        seconds = 0;
    }
    const qint64 minutes = seconds / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace kiroku::kiosk::core
