#include "ConnectPage.h"

#include "SignInPopupWindow.h"
#include "auth/RedirectParser.h"
#include "common/LogCategories.h"

#include <QWebEngineSettings>

namespace waveshelf {

ConnectPage::ConnectPage(QWebEngineProfile *profile, const QUrl &redirectUri, QWidget *windowParent, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
    , m_windowParent(windowParent)
{
    // Load failures are shown by our own widgets, in plain words.
    settings()->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    // Social sign-in (Google, Apple, Facebook) opens windows from script.
    settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
}

bool ConnectPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (RedirectParser::matches(url, m_redirectUri)) {
        // Never log the URL itself: it carries the authorization code and state.
        qCInfo(lcAuth) << "Redirect to the redirect URI caught before loading; type" << type << "main frame"
                       << isMainFrame;
        emit redirectCaught(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *ConnectPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    auto *window = new SignInPopupWindow(profile(), m_redirectUri, m_windowParent);
    connect(window->page(), &ConnectPage::redirectCaught, this, &ConnectPage::redirectCaught);
    window->show();
    qCDebug(lcAuth) << "Sign-in window opened by the page";
    return window->page();
}

}  // namespace waveshelf
