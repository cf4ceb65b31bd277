#pragma once

#include "core/Booth.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace kiroku::kiosk::core {

/// Reads one JSON object from the backend strictly enough to say which field is wrong: the first problem is kept in
/// `*problem` as "path.field must be …", later reads return empty values.
class JsonFields {
public:
    JsonFields(const QJsonObject& object, QString path, QString* problem)
        : m_object(object), m_path(std::move(path)), m_problem(problem) {}

    [[nodiscard]] bool ok() const { return m_problem->isEmpty(); }

    QString string(const char* key, bool required = true) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isString()) {
            return v.toString();
        }
        if (required || !(v.isUndefined() || v.isNull())) {
            fail(key, QStringLiteral("a string"));
        }
        return {};
    }
    /// An id the backend sends as a string or as a whole number, as text.
    QString id(const char* key, bool required = true) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isString()) {
            return v.toString();
        }
        if (v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger())) {
            return QString::number(v.toInteger());
        }
        if (required || !(v.isUndefined() || v.isNull())) {
            fail(key, QStringLiteral("an id"));
        }
        return {};
    }
    qint64 count(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != static_cast<double>(v.toInteger())) {
            fail(key, QStringLiteral("a whole number of at least 0"));
            return 0;
        }
        return v.toInteger();
    }
    std::optional<qint64> optionalCount(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        return count(key);
    }
    bool boolean(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isBool()) {
            fail(key, QStringLiteral("true or false"));
        }
        return v.toBool();
    }
    QDate date(const char* key, bool required = true) {
        const QString text = string(key, required);
        if (text.isEmpty() && !required) {
            return {};
        }
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            fail(key, QStringLiteral("a date YYYY-MM-DD"));
        }
        return d;
    }
    QDateTime instant(const char* key, bool required = true) {
        const QString text = string(key, required);
        if (text.isEmpty() && !required) {
            return {};
        }
        const QDateTime t = parseInstant(text);
        if (!t.isValid()) {
            fail(key, QStringLiteral("an RFC 3339 instant"));
        }
        return t;
    }
    QJsonObject object(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isObject()) {
            fail(key, QStringLiteral("an object"));
        }
        return v.toObject();
    }
    QJsonArray array(const char* key) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isArray()) {
            fail(key, QStringLiteral("a list"));
        }
        return v.toArray();
    }
    [[nodiscard]] QString path(const char* key) const {
        return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }

private:
    void fail(const char* key, const QString& what) {
        if (m_problem->isEmpty()) {
            *m_problem = QStringLiteral("%1 must be %2").arg(path(key), what);
        }
    }

    QJsonObject m_object;
    QString m_path;
    QString* m_problem;
};

} // namespace kiroku::kiosk::core
