#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kiroku::kiosk::core {

/// How the identity document was read; the API's `method` code.
enum class ReadMethod { IcChip, Mrz, Visual };

/// "ic_chip", "mrz" or "visual".
QString methodCode(ReadMethod method);

/// What the kiosk needs to know about one kind of identity document (domain.md §1.8). Codes are the API's.
struct DocumentKindInfo {
    QString code;
    /// The form has a number field. False for the My Number card (the 個人番号 is never recorded), the health
    /// insurance card and the 資格確認書 (their 記号・番号・保険者番号 are forbidden).
    bool numberField = true;
    bool numberRequired = false;
    /// Health insurance kinds record the insurer's name (保険者名称) instead of a number.
    bool insurerField = false;
    /// 戸籍謄本・抄本 and 住民票の写し have no expiry: they count when issued within the last 6 months.
    bool noExpiry = false;
    /// Usually shows the current address. A passport does not (Japanese ones since 2020-02-04, foreign ones never).
    bool showsAddress = true;
    /// The chip can be read through a PC/SC reader (license, My Number card's 券面事項入力補助AP).
    bool icChip = false;
    /// Carries an ICAO 9303 machine-readable zone.
    bool mrz = false;
    /// The passport records the holder's nationality.
    bool nationalityField = false;
};

/// The accepted document kinds, their names on screen, and their rules for the form.
class DocumentKinds {
    Q_DECLARE_TR_FUNCTIONS(DocumentKinds)
public:
    /// Every kind, in the order staff see them (most common first).
    static const QVector<DocumentKindInfo>& all();
    /// The kind for an API code, or nullptr.
    static const DocumentKindInfo* find(const QString& code);
    /// The kind's name in the current UI language, e.g. 運転免許証.
    static QString displayName(const QString& code);
    /// The name of a supplementary address proof kind (tax_receipt…).
    static QString proofKindName(const QString& code);
    /// The API codes of the supplementary address proofs.
    static QStringList proofKindCodes();
};

} // namespace kiroku::kiosk::core
