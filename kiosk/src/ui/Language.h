#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace kiroku::kiosk::ui {

/// Switches the UI language at run time. Japanese is the default; English is available. Source
/// strings are English; the translations are compiled from kiosk/i18n/*.ts into the binary.
class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);

    /// Installs the translation for "ja" or "en"; returns false for another code or a missing file.
    bool use(const QString& code);
    const QString& current() const { return m_current; }

private:
    QTranslator m_translator;
    QString m_current;
};

} // namespace kiroku::kiosk::ui
