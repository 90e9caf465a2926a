#include "SeekSlider.h"

#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace waveshelf {

SeekSlider::SeekSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
}

void SeekSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && maximum() > minimum()) {
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QPoint at = event->position().toPoint();
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        if (!handle.contains(at)) {
            const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
            const bool horizontal = orientation() == Qt::Horizontal;
            const int handleLength = horizontal ? handle.width() : handle.height();
            const int span = (horizontal ? groove.width() : groove.height()) - handleLength;
            const int offset = (horizontal ? at.x() - groove.x() : at.y() - groove.y()) - handleLength / 2;
            setSliderPosition(
                QStyle::sliderValueFromPosition(minimum(), maximum(), offset, qMax(1, span), option.upsideDown));
            // The handle is under the pointer now: the press below takes hold of it.
        }
    }
    QSlider::mousePressEvent(event);
}

}  // namespace waveshelf
