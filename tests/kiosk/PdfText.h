#pragma once

// Reading back the PDFs the kiosk writes, with poppler-utils (pdftotext, pdftoppm): the text as a reader would
// copy it, and the first page as an image.
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QString>
#include <QTemporaryDir>

namespace kiroku::kiosk::test {

/// The PDF's text (pdftotext -layout, UTF-8), NFKC-normalised as a search would: CJK fonts map some ideographs to
/// their Kangxi radical (口 → ⼝) and Latin fonts use ligatures (ﬀ) in the PDF's ToUnicode table.
inline QString pdfText(const QString& pdf) {
    const std::string tool = KIROKU_PDFTOTEXT;
    if (tool.empty()) {
        FAIL("pdftotext is missing: install poppler-utils (scripts/lib.sh does)");
    }
    std::string output;
    const int status = kiroku::test::runCommand(
        tool + " -layout -enc UTF-8 " + kiroku::test::shellQuote(pdf.toStdString()) + " -", &output);
    INFO(output);
    REQUIRE(status == 0);
    return QString::fromStdString(output).normalized(QString::NormalizationForm_KC);
}

/// Page `page` of the PDF rendered at `dpi` (pdftoppm), in grey.
inline QImage pdfPage(const QString& pdf, int page = 1, int dpi = 300) {
    const std::string tool = KIROKU_PDFTOPPM;
    if (tool.empty()) {
        FAIL("pdftoppm is missing: install poppler-utils (scripts/lib.sh does)");
    }
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    std::string output;
    const int status = kiroku::test::runCommand(tool + " -gray -png -singlefile -r " + std::to_string(dpi) + " -f " +
                                                    std::to_string(page) + " -l " + std::to_string(page) + " " +
                                                    kiroku::test::shellQuote(pdf.toStdString()) + " " +
                                                    kiroku::test::shellQuote(prefix.toStdString()) + " 2>&1",
                                                &output);
    INFO(output);
    REQUIRE(status == 0);
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace kiroku::kiosk::test
