#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace waveshelf {

// "Connect Waveshelf to your SoundCloud account": the two ways to connect.
class ConnectPromptView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPromptView)

public:
    explicit ConnectPromptView(QWidget *parent = nullptr);

    // An empty message shows the usual explanation.
    void setMessage(const QString &message);
    // Without an embedded sign-in window only the web browser is offered.
    void setWindowAvailable(bool available);
    // While an attempt runs, neither way can be started again.
    void setBusy(bool busy);
    void focusConnect();

signals:
    void connectRequested();
    void browserSignInRequested();

private:
    QLabel *m_messageLabel;
    QPushButton *m_connectPushButton;
    QPushButton *m_browserSignInPushButton;
    bool m_windowAvailable = true;
};

}  // namespace waveshelf
