#include "ConnectPromptView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waveshelf {

ConnectPromptView::ConnectPromptView(QWidget *parent)
    : QWidget(parent)
    , m_messageLabel(new QLabel(this))
    , m_connectPushButton(new QPushButton(tr("Connect to SoundCloud"), this))
    , m_browserSignInPushButton(new QPushButton(tr("Sign in with your web browser instead"), this))
{
    setObjectName(QStringLiteral("connectPromptView"));
    auto *title = new QLabel(tr("Connect Waveshelf to your SoundCloud account"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    m_messageLabel->setObjectName(QStringLiteral("promptLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_connectPushButton->setObjectName(QStringLiteral("connectPushButton"));
    m_connectPushButton->setAccessibleName(m_connectPushButton->text());
    m_connectPushButton->setDefault(true);
    m_connectPushButton->setMinimumHeight(40);
    m_browserSignInPushButton->setObjectName(QStringLiteral("browserSignInPushButton"));
    m_browserSignInPushButton->setAccessibleName(m_browserSignInPushButton->text());
    m_browserSignInPushButton->setMinimumHeight(40);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_connectPushButton);
    buttonRow->addWidget(m_browserSignInPushButton);
    buttonRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttonRow);
    layout->addStretch();

    connect(m_connectPushButton, &QPushButton::clicked, this, &ConnectPromptView::connectRequested);
    connect(m_browserSignInPushButton, &QPushButton::clicked, this, &ConnectPromptView::browserSignInRequested);
    setMessage(QString());
}

void ConnectPromptView::setMessage(const QString &message)
{
    if (!message.isEmpty())
        m_messageLabel->setText(message);
    else if (m_windowAvailable)
        m_messageLabel->setText(tr("Waveshelf opens SoundCloud's sign-in page in a small window. Approve Waveshelf "
                                   "there once; after that your library is here whenever you log in."));
    else
        m_messageLabel->setText(tr("Waveshelf opens SoundCloud's sign-in page in your web browser. Approve "
                                   "Waveshelf there once; after that your library is here whenever you log in."));
}

void ConnectPromptView::setWindowAvailable(bool available)
{
    m_windowAvailable = available;
    m_connectPushButton->setVisible(available);
    m_browserSignInPushButton->setText(available ? tr("Sign in with your web browser instead")
                                                 : tr("Sign in with your web browser"));
    m_browserSignInPushButton->setAccessibleName(m_browserSignInPushButton->text());
    m_browserSignInPushButton->setDefault(!available);
    setMessage(QString());
}

void ConnectPromptView::setBusy(bool busy)
{
    m_connectPushButton->setEnabled(!busy);
    m_browserSignInPushButton->setEnabled(!busy);
}

void ConnectPromptView::focusConnect()
{
    if (m_windowAvailable)
        m_connectPushButton->setFocus();
    else
        m_browserSignInPushButton->setFocus();
}

}  // namespace waveshelf
