#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace waveshelf {

// Shown while Waveshelf waits for the web browser to come back from SoundCloud.
class BrowserWaitView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserWaitView)

public:
    explicit BrowserWaitView(QWidget *parent = nullptr);

    // Waiting for the answer on this port of 127.0.0.1.
    void showWaiting(quint16 port);
    // The answer came: nothing left to open again or cancel.
    void showFinishing();

signals:
    void openAgainRequested();
    void cancelRequested();

private:
    QLabel *m_textLabel;
    QPushButton *m_reopenPushButton;
    QPushButton *m_cancelPushButton;
};

}  // namespace waveshelf
