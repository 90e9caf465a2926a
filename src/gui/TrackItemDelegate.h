#pragma once

#include <QStyledItemDelegate>

namespace waveshelf {

// Greys out tracks that cannot be played (TrackListModel::PlayableRole false).
class TrackItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

}  // namespace waveshelf
