#include "TrackItemDelegate.h"

#include "models/TrackListModel.h"

namespace waveshelf {

void TrackItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(TrackListModel::PlayableRole).toBool())
        option->state &= ~QStyle::State_Enabled;
}

}  // namespace waveshelf
