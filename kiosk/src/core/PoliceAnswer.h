#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace kiroku::kiosk::core {

/// One booth/terminal segment of a visit, as disclosed: only the segment's own times.
struct AnswerSegment {
    QString booth;
    QString terminal; ///< empty when the booth had no terminal
    QDateTime from;
    QDateTime to; ///< invalid while the segment was still open
};

struct AnswerVisit {
    QString id;
    QVector<AnswerSegment> segments;
};

/// One disclosed identity record and its matching visits.
struct AnswerRecord {
    QString id;
    QString name;
    QString nameKana;
    QString address;
    QDate dateOfBirth;
    QString documentKind;
    QString documentNumber;
    QString documentIssuer;
    QString nationality;
    QDateTime verifiedAt;
    QString verificationMethod;
    QVector<AnswerVisit> visits;
};

/// A gateway NAT mapping a public_endpoint answer went through (answer.nat_mappings), with or without a visit.
struct AnswerMapping {
    QString protocol; ///< "tcp", "udp", … or the protocol number
    QString privateIp;
    qint64 privatePort = 0;
    QString publicIp;
    qint64 publicPort = 0;
    QDateTime startedAt; ///< invalid when the log did not show the start
    bool startEstimated = false;
    QDateTime endedAt;             ///< invalid while it was still open
    QString terminal;              ///< the terminal that had the private address when it began; empty: none known
    QString terminalAddressSource; ///< where that address came from
};

/// The signed answer to a police request (format kiroku/police-answer/v1, docs/police.md), read from the exact bytes
/// that were signed. Instants are UTC; ids are kept as text.
struct PoliceAnswerDocument {
    QString number;
    QString storeId;
    QString storeCode;
    QString storeName;

    QString requestId;
    QString source; ///< "kiosk" (a paper request entered by a manager) or "police" (over the API)
    QDateTime receivedAt;
    QString agencyName;
    QString officerName;
    QString officerBadge;
    QString officerContact;
    QString basisKind;
    QString warrantCourt;
    QDate warrantExpiresOn;
    QString documentReference;
    QDate documentDate;
    QDateTime scopeFrom;
    QDateTime scopeTo;
    QString questionKind;
    /// The question's fields other than its kind, in the document's order, as text (null fields left out).
    QVector<std::pair<QString, QString>> questionFields;

    QDateTime approvedAt;
    QString approvedBy;
    QString approvedByName; ///< empty in documents signed before answers named the managers
    bool reviewRequired = false;
    QDateTime answeredAt;
    QString answeredBy;
    QString answeredByName; ///< empty in documents signed before answers named the managers
    QDateTime dataAsOf;
    QString chainId;
    qint64 chainLength = 0;
    QString chainHash;
    qint64 recordCount = 0;
    QVector<AnswerRecord> records;
    /// Only for public_endpoint questions (`hasNatMappings`): the mappings, also those that led to no visit.
    bool hasNatMappings = false;
    QVector<AnswerMapping> natMappings;

    /// Parses the document's bytes. Returns nothing, with `*problem` naming the field, for anything that is not such
    /// a document (other format, missing or mistyped field, record count not matching the records).
    static std::optional<PoliceAnswerDocument> parse(const QByteArray& json, QString* problem = nullptr);
};

/// An answer as GET/POST /v1/police-requests/{id}/answer return it: the exact document bytes, the detached signature
/// and the public key that should verify it.
struct SignedPoliceAnswer {
    QString requestId;
    QString number;
    QByteArray document;  ///< the exact signed bytes (RFC 8785 canonical JSON)
    QByteArray signature; ///< raw, 64 bytes for Ed25519
    QString algorithm;
    QString publicKeyPem;

    static std::optional<SignedPoliceAnswer> fromApi(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace kiroku::kiosk::core
