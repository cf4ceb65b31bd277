#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace kiroku::domain {

/// The identity documents the ordinance accepts (domain.md §1.8). Each has a stable string code used in the API,
/// in the database and in a store's list of accepted documents.
enum class DocumentKind {
    DriversLicense,                      ///< drivers_license, 運転免許証
    DrivingHistoryCertificate,           ///< driving_history_certificate, 運転経歴証明書
    MyNumberCard,                        ///< my_number_card, 個人番号カード: the 個人番号 is never recorded
    JukiCard,                            ///< juki_card, 住基カード
    ResidenceCard,                       ///< residence_card, 在留カード
    SpecialPermanentResidentCertificate, ///< special_permanent_resident_certificate, 特別永住者証明書
    Passport,                            ///< passport
    HealthInsuranceCard,                 ///< health_insurance_card, 健康保険証: no number, the insurer's name only
    QualificationCertificate, ///< qualification_certificate, 資格確認書: no number, the insurer's name only
    Koseki,                   ///< koseki, 戸籍謄本・抄本
    ResidentRecord,           ///< resident_record, 住民票の写し
    StudentId,                ///< student_id, 学生証
    OtherGovernmentDocument,  ///< other_government_document
};

inline constexpr std::array<std::pair<DocumentKind, std::string_view>, 13> kDocumentKindCodes{{
    {DocumentKind::DriversLicense, "drivers_license"},
    {DocumentKind::DrivingHistoryCertificate, "driving_history_certificate"},
    {DocumentKind::MyNumberCard, "my_number_card"},
    {DocumentKind::JukiCard, "juki_card"},
    {DocumentKind::ResidenceCard, "residence_card"},
    {DocumentKind::SpecialPermanentResidentCertificate, "special_permanent_resident_certificate"},
    {DocumentKind::Passport, "passport"},
    {DocumentKind::HealthInsuranceCard, "health_insurance_card"},
    {DocumentKind::QualificationCertificate, "qualification_certificate"},
    {DocumentKind::Koseki, "koseki"},
    {DocumentKind::ResidentRecord, "resident_record"},
    {DocumentKind::StudentId, "student_id"},
    {DocumentKind::OtherGovernmentDocument, "other_government_document"},
}};

/// Every kind, in declaration order.
inline constexpr std::array<DocumentKind, kDocumentKindCodes.size()> allDocumentKinds() {
    std::array<DocumentKind, kDocumentKindCodes.size()> kinds{};
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        kinds[i] = kDocumentKindCodes[i].first;
    }
    return kinds;
}

/// The string code, e.g. "drivers_license".
constexpr std::string_view toCode(DocumentKind kind) {
    for (const auto& [k, code] : kDocumentKindCodes) {
        if (k == kind) {
            return code;
        }
    }
    return {};
}

/// The kind for a string code (exact, lower case); nothing for an unknown code.
constexpr std::optional<DocumentKind> documentKindFromCode(std::string_view code) {
    for (const auto& [kind, c] : kDocumentKindCodes) {
        if (c == code) {
            return kind;
        }
    }
    return std::nullopt;
}

/// Kinds whose number must never be recorded: the 個人番号 of a My Number card (never stored by law), and the
/// 記号・番号・保険者番号 of a health insurance card or 資格確認書 (forbidden since 2020-10-01).
constexpr bool numberMustNotBeRecorded(DocumentKind kind) {
    return kind == DocumentKind::MyNumberCard || kind == DocumentKind::HealthInsuranceCard ||
           kind == DocumentKind::QualificationCertificate;
}

/// Kinds that carry no expiry date at all, so they count only when issued within the last 6 months.
constexpr bool hasNoExpiry(DocumentKind kind) {
    return kind == DocumentKind::Koseki || kind == DocumentKind::ResidentRecord;
}

/// The receipt added when a document does not show the current address (domain.md §1.8).
enum class AddressProofKind {
    TaxReceipt,             ///< tax_receipt
    SocialInsuranceReceipt, ///< social_insurance_receipt
    UtilityBill,            ///< utility_bill
    OtherPublicReceipt,     ///< other_public_receipt
};

inline constexpr std::array<std::pair<AddressProofKind, std::string_view>, 4> kAddressProofKindCodes{{
    {AddressProofKind::TaxReceipt, "tax_receipt"},
    {AddressProofKind::SocialInsuranceReceipt, "social_insurance_receipt"},
    {AddressProofKind::UtilityBill, "utility_bill"},
    {AddressProofKind::OtherPublicReceipt, "other_public_receipt"},
}};

constexpr std::string_view toCode(AddressProofKind kind) {
    for (const auto& [k, code] : kAddressProofKindCodes) {
        if (k == kind) {
            return code;
        }
    }
    return {};
}

constexpr std::optional<AddressProofKind> addressProofKindFromCode(std::string_view code) {
    for (const auto& [kind, c] : kAddressProofKindCodes) {
        if (c == code) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace kiroku::domain
