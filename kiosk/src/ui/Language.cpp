#include "ui/Language.h"

#include <QCoreApplication>
#include <QLocale>

namespace kiroku::kiosk::ui {

Language::Language(QObject* parent) : QObject(parent) {}

bool Language::use(const QString& code) {
    if (code != QLatin1String("ja") && code != QLatin1String("en")) {
        return false;
    }
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(QStringLiteral(":/i18n/kiroku_%1.qm").arg(code))) {
        return false;
    }
    QCoreApplication::installTranslator(&m_translator); // sends LanguageChange to every widget
    QLocale::setDefault(QLocale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    m_current = code;
    return true;
}

} // namespace kiroku::kiosk::ui
