#include "SignInPopupWindow.h"

#include "AddressBar.h"
#include "ConnectPage.h"

#include <QVBoxLayout>
#include <QWebEngineView>

namespace waveshelf {

SignInPopupWindow::SignInPopupWindow(QWebEngineProfile *profile, const QUrl &redirectUri, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_addressBar(new AddressBar(this))
    , m_view(new QWebEngineView(this))
    , m_page(new ConnectPage(profile, redirectUri, parent, m_view))
{
    setObjectName(QStringLiteral("signInPopupWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sign in"));
    setAccessibleName(tr("Sign-in window"));

    m_view->setObjectName(QStringLiteral("signInWebEngineView"));
    m_view->setAccessibleName(tr("Sign-in page"));
    m_view->setPage(m_page);
    m_addressBar->follow(m_page);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_addressBar);
    layout->addWidget(m_view, 1);
    resize(480, 640);

    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() ? tr("Sign in") : tr("Sign in – %1").arg(title));
    });
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, &QWidget::close);
}

}  // namespace waveshelf
