#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace waveshelf {

struct Error;

// A message above the page, with "Try again" for passing failures (held back
// after a 429, see retryBackoff()) and "Reconnect" when the connection is gone.
class MessageBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // retryOffered: whether trying again can help here (the library is shown).
    void showError(const Error &error, bool retryOffered);
    // While a connect attempt runs, "Reconnect" cannot start another.
    void setReconnectEnabled(bool enabled);

signals:
    void retryRequested();
    void reconnectRequested();

private:
    QLabel *m_messageLabel;
    QPushButton *m_retryPushButton;
    QPushButton *m_reconnectPushButton;
    QTimer *m_retryHoldTimer;
};

}  // namespace waveshelf
