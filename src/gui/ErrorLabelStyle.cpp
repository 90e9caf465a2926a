#include "ErrorLabelStyle.h"

#include <QLabel>

namespace waveshelf {

void ErrorLabelStyle::apply(QLabel *label)
{
    label->setFrameShape(QFrame::StyledPanel);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->setMargin(label->fontMetrics().averageCharWidth());
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

}  // namespace waveshelf
