#include "ui/MemberCardPrinter.h"

#include "ui/QrCode.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace kiroku::kiosk::ui {

namespace {

constexpr double kSlipWidthMm = 74; // A7, fits receipt printers of 80 mm paper
constexpr double kSlipHeightMm = 105;

} // namespace

QString MemberCardPrinter::print(const QString& token, const QString& storeName) const {
    if (!enabled()) {
        return tr("No printer is set up on this kiosk.");
    }
    if (token.isEmpty()) {
        return tr("There is no member card to print.");
    }
    QPrinter printer(QPrinter::HighResolution);
    if (!m_pdfFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_pdfFile);
        // Created empty and private first: the PDF holds a card token that lets its bearer check in.
        QFile file(m_pdfFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return tr("The PDF file %1 cannot be written.").arg(m_pdfFile);
        }
    } else {
        const QPrinterInfo info = m_printerName == QLatin1String("default") ? QPrinterInfo::defaultPrinter()
                                                                            : QPrinterInfo::printerInfo(m_printerName);
        if (info.isNull()) {
            return tr("The printer %1 is not available.").arg(m_printerName);
        }
        printer.setPrinterName(info.printerName());
    }
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(kSlipWidthMm, kSlipHeightMm), QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF(6, 6, 6, 6), QPageLayout::Millimeter));
    printer.setDocName(QStringLiteral("member card"));
    printer.setCreator(QStringLiteral("kiroku-kiosk"));
    QPainter painter;
    if (!printer.isValid() || !painter.begin(&printer)) {
        return tr("The printer cannot print now.");
    }
    const QRectF page = printer.pageLayout()
                            .paintRectPixels(printer.resolution())
                            .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft());
    const double mm = printer.resolution() / 25.4;

    QFont title; // Latin and digits from DejaVu Sans, Japanese from Noto Sans CJK (see RetentionReportPdf.cpp)
    title.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    title.setPointSizeF(11);
    title.setBold(true);
    painter.setFont(title);
    const double titleHeight = QFontMetricsF(title, &printer).height() * 1.2;
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignHCenter | Qt::AlignTop,
                     tr("Member card"));
    QFont small;
    small.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    small.setPointSizeF(8);
    painter.setFont(small);
    const double smallHeight = QFontMetricsF(small, &printer).height() * 1.2;
    painter.drawText(QRectF(page.left(), page.top() + titleHeight, page.width(), smallHeight),
                     Qt::AlignHCenter | Qt::AlignTop, storeName);

    // The code at 50 mm, each module a whole number of device pixels (no smoothing), so scanners read it at once.
    const QImage qr = makeQrImage(token, 200);
    if (qr.isNull()) {
        painter.end();
        return tr("The member card's code cannot be drawn.");
    }
    const double side = 50 * mm;
    const double top = page.top() + titleHeight + smallHeight + 2 * mm;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(page.center().x() - side / 2, top, side, side), qr);

    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(8);
    painter.setFont(mono);
    const double monoHeight = QFontMetricsF(mono, &printer).height() * 1.3;
    double y = top + side + 2 * mm;
    painter.setFont(small);
    painter.drawText(QRectF(page.left(), y, page.width(), smallHeight), Qt::AlignHCenter | Qt::AlignTop,
                     tr("If the code cannot be scanned, type:"));
    y += smallHeight;
    painter.setFont(mono);
    painter.drawText(QRectF(page.left(), y, page.width(), monoHeight), Qt::AlignHCenter | Qt::AlignTop, token);
    y += monoHeight + 1 * mm;
    painter.setFont(small);
    painter.drawText(QRectF(page.left(), y, page.width(), page.bottom() - y), Qt::AlignHCenter | Qt::TextWordWrap,
                     tr("Lending this card to someone else, or using another person's card, is an offence."));
    if (!painter.end()) {
        return tr("The printer stopped while printing.");
    }
    return {};
}

} // namespace kiroku::kiosk::ui
