#pragma once

#include "core/CounterRules.h"
#include "core/DocumentKinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace kiroku::kiosk::core {

/// The API's JSON paths, used as field names by local validation and by the backend's `error.field`.
namespace field {
inline constexpr char kName[] = "person.name";
inline constexpr char kNameKana[] = "person.name_kana";
inline constexpr char kAddress[] = "person.address";
inline constexpr char kDateOfBirth[] = "person.date_of_birth";
inline constexpr char kKind[] = "document.kind";
inline constexpr char kNumber[] = "document.number";
inline constexpr char kIssuer[] = "document.issuer";
inline constexpr char kExpiresOn[] = "document.expires_on";
inline constexpr char kIssuedOn[] = "document.issued_on";
inline constexpr char kNationality[] = "document.nationality";
inline constexpr char kAddressOnDocument[] = "document.address_on_document";
inline constexpr char kProofKind[] = "supplementary_address_proof.kind";
inline constexpr char kProofDate[] = "supplementary_address_proof.date";
/// Kiosk only: the staff member's statement that the typed entries match the document in front of them.
inline constexpr char kAttestation[] = "attestation";
} // namespace field

/// A refused entry: the field (a JSON path from `field`) and a sentence for the screen.
struct FieldProblem {
    QString field;
    QString message;
};

/// Something the review screen tells staff. Blocking notes stop the check-in at the counter.
struct ReviewNote {
    enum class Level { Info, Warning, Blocking };
    Level level = Level::Info;
    QString code;
    QString text;
};

/// The identity record being prepared at the counter: what was read or typed, before it is sent as
/// POST /v1/identity-verifications. QtCore only, so every rule here is tested without widgets.
class IdentityDraft {
    Q_DECLARE_TR_FUNCTIONS(IdentityDraft)
public:
    ReadMethod method = ReadMethod::Visual;
    QString kind; ///< a DocumentKinds code
    QString name;
    QString nameKana;
    QString address;
    QDate dateOfBirth;
    QString number; ///< ignored (never sent) for kinds without a number field
    QString issuer; ///< the insurer's name for health-insurance kinds
    QString nationality;
    QDate expiresOn;
    QDate issuedOn;
    bool addressOnDocument = true;
    QString proofKind; ///< supplementary address proof, when the document does not show the address
    QDate proofDate;
    bool staffAttested = false;

    /// The kind's rules, or nullptr while no kind is chosen.
    [[nodiscard]] const DocumentKindInfo* kindInfo() const { return DocumentKinds::find(kind); }
    /// Starts a new draft for `kindCode`, with that kind's default for "address on the document".
    void startWith(const QString& kindCode, ReadMethod readMethod);
    /// Staff must state that manual entries match the document they see.
    [[nodiscard]] bool needsAttestation() const { return method == ReadMethod::Visual; }

    /// Every problem with the entries on the store's local date `today`, one per field, in form order.
    [[nodiscard]] QVector<FieldProblem> validate(QDate today) const;
    /// What the review screen must say: expiry, address proof, minor and night hours, check digits.
    [[nodiscard]] QVector<ReviewNote> review(const QDateTime& now, const CounterRules& rules) const;
    /// The request body of POST /v1/identity-verifications. The number is normalised, and left out for kinds
    /// whose number must never be recorded.
    [[nodiscard]] QJsonObject toJson() const;
    /// The document number as it may appear on screen once entered: all but the last characters hidden.
    [[nodiscard]] QString maskedNumber() const;
    /// The number without spaces or hyphens, full-width characters folded, upper case.
    [[nodiscard]] QString normalizedNumber() const;
    /// Forgets everything typed or read.
    void clear() { *this = IdentityDraft{}; }
};

/// Masks an identifier for the screen: "••••••••5678".
QString maskIdentifier(const QString& value);

} // namespace kiroku::kiosk::core
