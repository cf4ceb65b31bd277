#pragma once

#include "core/Booth.h"
#include "core/CounterRules.h"

#include <QPushButton>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QGridLayout;

namespace kiroku::kiosk::ui {

/// One booth on the map: label, terminal, status colour, time in booth, minor flag with the time the minor must
/// leave, and whether it waits in the offline journal.
class BoothTile : public QPushButton {
    Q_OBJECT
public:
    explicit BoothTile(QWidget* parent = nullptr);
    void display(const core::Booth& booth, const QDateTime& now, const core::CounterRules& rules);
    [[nodiscard]] const core::Booth& booth() const { return m_booth; }

private:
    core::Booth m_booth;
};

/// A grid of booth tiles, touch-sized; staff pick one. Used for the whole map and, filtered, to choose a free booth.
class BoothGrid : public QWidget {
    Q_OBJECT
public:
    explicit BoothGrid(QWidget* parent = nullptr);

    /// Times are shown on the store's wall clock.
    void setRules(const core::CounterRules& rules) { m_rules = rules; }
    /// Which booths to show (default: all).
    void setFilter(std::function<bool(const core::Booth&)> filter) { m_filter = std::move(filter); }
    /// Shows the booths (times as of `now`), keeping the selection when the booth is still shown.
    void setBooths(const QVector<core::Booth>& booths, const QDateTime& now);
    [[nodiscard]] const QVector<core::Booth>& booths() const { return m_booths; }

    /// The selected booth, or nullptr.
    [[nodiscard]] const core::Booth* selected() const;
    /// Selects the booth with this key, if shown; an empty key clears the selection.
    void select(const QString& key);
    [[nodiscard]] int shownCount() const { return static_cast<int>(m_tiles.size()); }

signals:
    void boothClicked(const kiroku::kiosk::core::Booth& booth);

private:
    QGridLayout* m_layout;
    QButtonGroup* m_group;
    QVector<BoothTile*> m_tiles;
    QVector<core::Booth> m_booths;
    QString m_selectedKey;
    QDateTime m_now;
    core::CounterRules m_rules;
    std::function<bool(const core::Booth&)> m_filter;
};

} // namespace kiroku::kiosk::ui
