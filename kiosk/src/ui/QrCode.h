#pragma once

#include <QImage>
#include <QString>

namespace kiroku::kiosk::ui {

/// Renders `text` as a QR code (zxing-cpp MultiFormatWriter → BitMatrix → QImage), black on white with a quiet
/// zone, at least `size` pixels square. A null image when the text cannot be encoded.
QImage makeQrImage(const QString& text, int size);

} // namespace kiroku::kiosk::ui
