#include "BrowserWaitView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waveshelf {

BrowserWaitView::BrowserWaitView(QWidget *parent)
    : QWidget(parent)
    , m_textLabel(new QLabel(this))
    , m_reopenPushButton(new QPushButton(tr("Open the page again"), this))
    , m_cancelPushButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("browserWaitPanel"));
    auto *title = new QLabel(tr("Waiting for you to approve Waveshelf in your web browser…"), this);
    title->setObjectName(QStringLiteral("browserWaitTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    m_textLabel->setObjectName(QStringLiteral("browserWaitLabel"));
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_reopenPushButton->setObjectName(QStringLiteral("reopenBrowserPushButton"));
    m_reopenPushButton->setAccessibleName(m_reopenPushButton->text());
    m_cancelPushButton->setObjectName(QStringLiteral("cancelBrowserSignInPushButton"));
    m_cancelPushButton->setAccessibleName(tr("Cancel signing in with the web browser"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reopenPushButton);
    buttons->addWidget(m_cancelPushButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_textLabel);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_reopenPushButton, &QPushButton::clicked, this, &BrowserWaitView::openAgainRequested);
    connect(m_cancelPushButton, &QPushButton::clicked, this, &BrowserWaitView::cancelRequested);
}

void BrowserWaitView::showWaiting(quint16 port)
{
    m_textLabel->setText(
        tr("Your web browser shows SoundCloud's sign-in page. Approve Waveshelf there, then come back here. "
           "Waveshelf listens on this computer only (port %1) for SoundCloud's answer.")
            .arg(port));
    m_reopenPushButton->setEnabled(true);
    m_cancelPushButton->setEnabled(true);
    m_cancelPushButton->setFocus();
}

void BrowserWaitView::showFinishing()
{
    m_textLabel->setText(tr("Finishing the connection with SoundCloud…"));
    m_reopenPushButton->setEnabled(false);
    m_cancelPushButton->setEnabled(false);
}

}  // namespace waveshelf
