#include "HttpSignInWindow.h"

#include "SandboxSignIn.h"

#include <QNetworkAccessManager>

using namespace waveshelf;

namespace connectcontrollertest {

void HttpSignInWindow::open(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    m_authorizeUrl = authorizeUrl;
    m_redirectUri = redirectUri;
    m_open = true;
}

bool HttpSignInWindow::approve(const QString &user, const QString &password)
{
    QNetworkAccessManager browser;  // its own cookies: a fresh sign-in form
    const QUrl location = test::SandboxSignIn::approve(browser, m_authorizeUrl, user, password);
    if (location.isEmpty() || !m_open)
        return false;
    m_open = false;
    emit redirectReceived(location);
    return true;
}

void HttpSignInWindow::closeByUser()
{
    m_open = false;
    emit closedByUser();
}

void HttpSignInWindow::askForBrowser()
{
    m_open = false;
    emit browserSignInRequested();
}

}  // namespace connectcontrollertest
