#include "MessageBar.h"

#include "common/Error.h"
#include "common/RetryBackoff.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace waveshelf {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_messageLabel(new QLabel(this))
    , m_retryPushButton(new QPushButton(tr("Try again"), this))
    , m_reconnectPushButton(new QPushButton(tr("Reconnect"), this))
    , m_retryHoldTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messagePanel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setAccessibleName(tr("Message"));
    m_retryPushButton->setObjectName(QStringLiteral("retryPushButton"));
    m_retryPushButton->setAccessibleName(m_retryPushButton->text());
    m_reconnectPushButton->setObjectName(QStringLiteral("reconnectPushButton"));
    m_reconnectPushButton->setAccessibleName(m_reconnectPushButton->text());
    m_retryHoldTimer->setSingleShot(true);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_retryPushButton);
    layout->addWidget(m_reconnectPushButton);
    hide();

    connect(m_retryPushButton, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_reconnectPushButton, &QPushButton::clicked, this, &MessageBar::reconnectRequested);
    connect(m_retryHoldTimer, &QTimer::timeout, m_retryPushButton, [this] { m_retryPushButton->setEnabled(true); });
}

void MessageBar::showError(const Error &error, bool retryOffered)
{
    m_messageLabel->setText(error.message);
    m_retryPushButton->setVisible(retryOffered && error.isTransient());
    // No hammering a rate-limited service: "Try again" waits for its reset time.
    const auto hold = retryBackoff(error);
    m_retryPushButton->setEnabled(hold.count() == 0);
    if (hold.count() > 0)
        m_retryHoldTimer->start(hold);
    else
        m_retryHoldTimer->stop();
    m_reconnectPushButton->setVisible(error.kind == ErrorKind::ReconnectNeeded);
    show();
}

void MessageBar::setReconnectEnabled(bool enabled)
{
    m_reconnectPushButton->setEnabled(enabled);
}

}  // namespace waveshelf
