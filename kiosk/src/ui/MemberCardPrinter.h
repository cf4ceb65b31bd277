#pragma once

#include <QCoreApplication>
#include <QString>

namespace kiroku::kiosk::ui {

/// Prints a new member card slip: the card's QR code, the token in characters for typing it by hand, and the
/// store's name. To the printer named in the configuration (`kiosk/printer`; "default" for the system's default
/// printer), or, when `kiosk/print_to_pdf` names a file, into that PDF file (mode 0600: it holds a live card token).
class MemberCardPrinter {
    Q_DECLARE_TR_FUNCTIONS(MemberCardPrinter)
public:
    MemberCardPrinter() = default;
    MemberCardPrinter(QString printerName, QString pdfFile)
        : m_printerName(std::move(printerName)), m_pdfFile(std::move(pdfFile)) {}

    /// Whether a printer or a PDF file is configured.
    [[nodiscard]] bool enabled() const { return !m_printerName.isEmpty() || !m_pdfFile.isEmpty(); }
    [[nodiscard]] const QString& pdfFile() const { return m_pdfFile; }

    /// Prints the slip for `token`. Returns an empty string when done, else why not (for the screen; never the
    /// token).
    [[nodiscard]] QString print(const QString& token, const QString& storeName) const;

private:
    QString m_printerName;
    QString m_pdfFile;
};

} // namespace kiroku::kiosk::ui
