#include "OfflineBanner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace waveshelf {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retryPushButton(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, colors.color(QPalette::ToolTipBase));
    colors.setColor(QPalette::WindowText, colors.color(QPalette::ToolTipText));
    setPalette(colors);
    m_label->setObjectName(QStringLiteral("offlineLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_retryPushButton->setObjectName(QStringLiteral("offlineRetryPushButton"));
    m_retryPushButton->setAccessibleName(m_retryPushButton->text());
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryPushButton);
    connect(m_retryPushButton, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    hide();
}

void OfflineBanner::setOffline(bool offline, const QDateTime &since)
{
    if (!offline) {
        hide();
        return;
    }
    m_label->setText(since.isValid() ? tr("Offline — showing your library from %1").arg(formatSince(since))
                                     : tr("Offline — showing your saved library"));
    setAccessibleName(m_label->text());
    show();
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

QString OfflineBanner::formatSince(const QDateTime &since)
{
    const QDateTime local = since.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

}  // namespace waveshelf
