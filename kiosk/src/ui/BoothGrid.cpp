#include "ui/BoothGrid.h"

#include <QButtonGroup>
#include <QGridLayout>

namespace kiroku::kiosk::ui {

namespace {

constexpr int kColumns = 5; // fits the map beside the action panel at 1280 px

QString colourFor(const core::Booth& booth) {
    if (booth.visit && booth.visit->pending) {
        return QStringLiteral("#ffd9a8"); // orange: waits in the offline journal
    }
    if (booth.visit || booth.status == QLatin1String("occupied")) {
        return QStringLiteral("#a8c8ff");
    }
    if (booth.status == QLatin1String("cleaning")) {
        return QStringLiteral("#fff2a8");
    }
    if (booth.status == QLatin1String("out_of_service")) {
        return QStringLiteral("#c8c8c8");
    }
    return QStringLiteral("#b8f0b8");
}

} // namespace

BoothTile::BoothTile(QWidget* parent) : QPushButton(parent) {
    setCheckable(true);
    setMinimumSize(150, 100);
    setMaximumHeight(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BoothTile::display(const core::Booth& booth, const QDateTime& now, const core::CounterRules& rules) {
    m_booth = booth;
    setObjectName(QStringLiteral("booth_") + booth.label);
    QStringList lines;
    lines << (booth.terminalNumber.isEmpty() ? booth.label
                                             : tr("%1 · terminal %2").arg(booth.label, booth.terminalNumber));
    if (booth.visit) {
        const qint64 seconds = booth.visit->startedAt.isValid() ? booth.visit->startedAt.secsTo(now) : 0;
        lines << tr("In use · %1").arg(core::Booths::formatDuration(seconds));
        if (booth.visit->minor) {
            lines << (booth.visit->minorMustLeaveAt.isValid()
                          ? tr("MINOR · leave by %1").arg(rules.clock(booth.visit->minorMustLeaveAt))
                          : tr("MINOR"));
        }
        if (booth.visit->pending) {
            lines << tr("not yet sent");
        }
    } else {
        lines << core::Booths::statusName(booth.status);
    }
    setText(lines.join(QLatin1Char('\n')));
    setStyleSheet(QStringLiteral("QPushButton { background: %1; color: black; border: 1px solid #555; "
                                 "border-radius: 6px; font-size: 15px; padding: 6px; }"
                                 "QPushButton:checked { border: 4px solid #0040c0; }")
                      .arg(colourFor(booth)));
}

BoothGrid::BoothGrid(QWidget* parent)
    : QWidget(parent), m_layout(new QGridLayout(this)), m_group(new QButtonGroup(this)) {
    m_group->setExclusive(true);
    m_layout->setSpacing(8);
    m_layout->setAlignment(Qt::AlignTop);
}

void BoothGrid::setBooths(const QVector<core::Booth>& booths, const QDateTime& now) {
    m_now = now;
    m_booths.clear();
    for (const auto& booth : booths) {
        if (!m_filter || m_filter(booth)) {
            m_booths.append(booth);
        }
    }
    // Reuse tiles so that a poll does not disturb a finger on the screen.
    while (m_tiles.size() > m_booths.size()) {
        BoothTile* tile = m_tiles.takeLast();
        m_group->removeButton(tile);
        tile->deleteLater();
    }
    while (m_tiles.size() < m_booths.size()) {
        auto* tile = new BoothTile(this);
        const int index = static_cast<int>(m_tiles.size());
        m_layout->addWidget(tile, index / kColumns, index % kColumns);
        m_group->addButton(tile);
        connect(tile, &QPushButton::clicked, this, [this, tile] {
            m_selectedKey = tile->booth().key();
            emit boothClicked(tile->booth());
        });
        m_tiles.append(tile);
    }
    bool selectionShown = false;
    for (int i = 0; i < m_booths.size(); ++i) {
        m_tiles[i]->display(m_booths[i], now, m_rules);
        const bool selected = !m_selectedKey.isEmpty() && m_booths[i].key() == m_selectedKey;
        m_tiles[i]->setChecked(selected);
        selectionShown = selectionShown || selected;
    }
    if (!selectionShown) {
        m_selectedKey.clear();
        m_group->setExclusive(false);
        for (auto* tile : m_tiles) {
            tile->setChecked(false);
        }
        m_group->setExclusive(true);
    }
}

const core::Booth* BoothGrid::selected() const {
    for (const auto& booth : m_booths) {
        if (!m_selectedKey.isEmpty() && booth.key() == m_selectedKey) {
            return &booth;
        }
    }
    return nullptr;
}

void BoothGrid::select(const QString& key) {
    m_selectedKey = key;
    setBooths(QVector<core::Booth>(m_booths), m_now);
}

} // namespace kiroku::kiosk::ui
