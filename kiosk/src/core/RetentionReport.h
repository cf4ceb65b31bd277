#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace kiroku::kiosk::core {

/// Counts per kind of record the law makes the store keep.
struct RecordCounts {
    qint64 identityRecords = 0;
    qint64 visits = 0;
    qint64 visitSegments = 0;
    qint64 terminalEvents = 0;
};

/// The store's retention audit as of one day (GET /v1/audits/retention?as_of=YYYY-MM-DD): what is held, by month
/// of its retention end; what falls due in the next 30 days; legal holds; purges that ran; whether the audit chain is
/// intact; who read personal data; and the gaps against the ordinance. Read from the backend's JSON, tolerant of
/// fields added later (unknown ones are ignored, missing optional ones stay empty); a missing required part makes
/// parse() fail with the field named.
struct RetentionReport {
    struct Month {
        QString month; ///< YYYY-MM
        RecordCounts held;
    };
    struct Hold {
        QString id;
        QString reason;
        QDate until;
        QDateTime releasedAt; ///< invalid while the hold is in force
        QString policeRequestId;
        qint64 records = 0;
    };
    struct Purge {
        QString id;
        QDateTime ranAt;
        QDate cutoff;
        QVector<QPair<QString, qint64>> counts; ///< table → rows purged, in the backend's order
        QStringList keysDestroyed;
        bool holdsRespected = true;
        qint64 durationMs = 0;
    };
    struct Checkpoint {
        qint64 length = 0;
        QString headHash;
        QDateTime createdAt;
    };
    struct StaffReads {
        QString staffId;
        QString login;
        QString displayName;
        qint64 reads = 0;
    };
    struct Disclosures {
        QString basis;
        qint64 count = 0;
    };

    QDate asOf;
    QString storeId;
    QString storeCode;
    QString storeName;
    QVector<Month> heldByMonth;
    RecordCounts dueNext30Days;
    QVector<Hold> holds;
    QVector<Purge> purges;
    bool chainOk = false;
    qint64 chainLength = 0;
    QString chainHeadHash;
    std::optional<qint64> chainFirstBroken;
    std::optional<Checkpoint> latestCheckpoint;
    QVector<StaffReads> readsByStaff;
    QVector<Disclosures> disclosuresByBasis;
    qint64 visitsWithoutIdentityRecord = 0;
    qint64 segmentsWithoutTerminal = 0;
    qint64 identityRecordsMissingRequiredItem = 0;
    qint64 missingSupplementaryAddressProof = 0;

    /// Reads the backend's answer. On failure returns nothing and sets `problem` naming the field.
    [[nodiscard]] static std::optional<RetentionReport> parse(const QJsonObject& json, QString* problem);

    /// Every compliance gap count added up: 0 when the records are complete.
    [[nodiscard]] qint64 complianceGapTotal() const {
        return visitsWithoutIdentityRecord + segmentsWithoutTerminal + identityRecordsMissingRequiredItem +
               missingSupplementaryAddressProof;
    }

    /// The report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Japanese):
    /// one row per figure, `section,item,key,value`, starting with the audit chain head it was made from.
    [[nodiscard]] QByteArray toCsv() const;
};

} // namespace kiroku::kiosk::core
