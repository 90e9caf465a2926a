#include "AddressBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEnginePage>

namespace waveshelf {

AddressBar::AddressBar(QWidget *parent)
    : QWidget(parent)
    , m_addressLineEdit(new QLineEdit(this))
    , m_securityLabel(new QLabel(this))
    , m_loadingProgressBar(new QProgressBar(this))
{
    m_addressLineEdit->setObjectName(QStringLiteral("addressLineEdit"));
    m_addressLineEdit->setReadOnly(true);
    m_addressLineEdit->setAccessibleName(tr("Address"));
    m_addressLineEdit->setAccessibleDescription(tr("The site this sign-in page comes from"));

    m_securityLabel->setObjectName(QStringLiteral("securityLabel"));
    m_securityLabel->setAccessibleName(tr("Connection security"));

    m_loadingProgressBar->setObjectName(QStringLiteral("loadingProgressBar"));
    m_loadingProgressBar->setRange(0, 100);
    m_loadingProgressBar->setMaximumHeight(6);
    m_loadingProgressBar->setTextVisible(false);
    m_loadingProgressBar->setAccessibleName(tr("Loading progress"));
    m_loadingProgressBar->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_addressLineEdit, 1);
    row->addWidget(m_securityLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_loadingProgressBar);
}

void AddressBar::follow(QWebEnginePage *page)
{
    connect(page, &QWebEnginePage::urlChanged, this, &AddressBar::showUrl);
    connect(page, &QWebEnginePage::loadStarted, this, [this] {
        m_loadingProgressBar->setValue(0);
        m_loadingProgressBar->show();
    });
    connect(page, &QWebEnginePage::loadProgress, m_loadingProgressBar, &QProgressBar::setValue);
    connect(page, &QWebEnginePage::loadFinished, m_loadingProgressBar, &QProgressBar::hide);
}

void AddressBar::showUrl(const QUrl &url)
{
    // Only where, never what: the query may hold state or codes.
    const QString where = url.isEmpty() || url.scheme() == QLatin1String("about")
        ? QString()
        : url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
              .toDisplayString();
    m_addressLineEdit->setText(where);
    m_addressLineEdit->setCursorPosition(0);
    if (where.isEmpty()) {
        m_securityLabel->clear();
    } else if (url.scheme() == QLatin1String("https")) {
        m_securityLabel->setText(tr("Secure connection"));
    } else {
        m_securityLabel->setText(tr("Not encrypted"));
    }
    m_securityLabel->setAccessibleDescription(m_securityLabel->text());
}

}  // namespace waveshelf
