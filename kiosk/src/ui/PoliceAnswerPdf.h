#pragma once

#include "core/AnswerSignature.h"
#include "core/CounterRules.h"
#include "core/PoliceAnswer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kiroku::kiosk::ui {

/// Names of the police requests' codes in the UI language (legal bases, questions, statuses).
class PoliceTerms {
    Q_DECLARE_TR_FUNCTIONS(PoliceTerms)
public:
    static QString basisName(const QString& code);
    static QString questionName(const QString& code);
    static QString statusName(const QString& code);
    static QString sourceName(const QString& code);
    static QString methodName(const QString& code);
    /// Where a terminal's private address came from (NAT mappings): "ip_assigned" or "configured".
    static QString addressSourceName(const QString& code);
    static QString fieldName(const QString& key);
};

/// A signed answer to police as a printable document. The signature is checked when the object is made, and nothing
/// is rendered unless it verifies over the exact bytes and the document parses: the JSON file with its detached
/// signature is the authoritative copy, the PDF a reading of it.
class PoliceAnswerPdf {
    Q_DECLARE_TR_FUNCTIONS(PoliceAnswerPdf)
public:
    /// `trustedKeys`: fingerprints of the store signing keys the kiosk accepts (KioskSettings); empty: any key that
    /// verifies the answer.
    PoliceAnswerPdf(core::SignedPoliceAnswer answer, core::CounterRules rules, const QStringList& trustedKeys = {});

    /// Empty when the answer can be rendered, else why not (in the UI language).
    [[nodiscard]] const QString& refusal() const { return m_refusal; }
    [[nodiscard]] const std::optional<core::PoliceAnswerDocument>& document() const { return m_document; }
    [[nodiscard]] const core::SignatureCheck& signature() const { return m_check; }
    [[nodiscard]] const core::SignedPoliceAnswer& answer() const { return m_answer; }

    /// The document as HTML, the same on screen and in the PDF; empty when refused. `fileBase` names the exported
    /// files in the closing note (default: the answer's number).
    [[nodiscard]] QString html(const QString& fileBase = {}) const;
    /// Writes the PDF (A4, Noto Sans CJK for the Japanese). Empty when done, else why not.
    [[nodiscard]] QString writePdf(const QString& path) const;
    /// Writes the PDF and next to it, under the same base name, the authoritative copy: `.json` (the exact signed
    /// bytes), `.sig` (the raw detached signature) and `.pub.pem` (the public key). Empty when done, else why not.
    [[nodiscard]] QString exportTo(const QString& pdfPath) const;

private:
    [[nodiscard]] QString instant(const QDateTime& t) const;
    /// A staff member named in the document: "name (staff #id)", or only the id in documents without names.
    [[nodiscard]] static QString staff(const QString& id, const QString& name);

    core::SignedPoliceAnswer m_answer;
    core::CounterRules m_rules;
    core::SignatureCheck m_check;
    std::optional<core::PoliceAnswerDocument> m_document;
    QString m_refusal;
};

} // namespace kiroku::kiosk::ui
