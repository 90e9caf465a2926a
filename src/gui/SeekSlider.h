#pragma once

#include <QSlider>

namespace waveshelf {

// The player's position slider. A left click on the bar jumps to the clicked
// point and keeps the handle under the pointer, so the press can go on as a drag
// (QSlider's own click only moves a page toward the pointer). Drag, the wheel
// and the keys (arrows: a step, Page Up/Down: a page) work as on any slider.
class SeekSlider final : public QSlider {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekSlider)

public:
    explicit SeekSlider(QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

}  // namespace waveshelf
