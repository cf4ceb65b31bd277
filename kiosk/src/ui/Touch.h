#pragma once

#include <QAbstractButton>
#include <QFont>
#include <QLabel>
#include <QWidget>

namespace kiroku::kiosk::ui {

/// Sizes for a touch screen at the counter: fingers, not mouse pointers.
inline constexpr int kTouchHeight = 56;
inline constexpr int kFieldHeight = 48;

/// Makes a button large enough to hit with a finger.
inline void makeTouchButton(QAbstractButton* button, int height = kTouchHeight) {
    button->setMinimumHeight(height);
    button->setMinimumWidth(120);
}

/// A heading: larger and bold.
inline void makeHeading(QLabel* label, double scale = 1.5) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

} // namespace kiroku::kiosk::ui
