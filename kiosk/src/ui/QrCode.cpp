#include "ui/QrCode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace kiroku::kiosk::ui {

QImage makeQrImage(const QString& text, int size) {
    if (text.isEmpty()) {
        return {};
    }
    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(4);
        matrix = writer.encode(text.toStdWString(), size, size);
    } catch (const std::exception&) { // zxing-cpp reports an unencodable text by throwing
        return {};
    }
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x) {
            line[x] = matrix.get(x, y) ? 0 : 255;
        }
    }
    return image;
}

} // namespace kiroku::kiosk::ui
