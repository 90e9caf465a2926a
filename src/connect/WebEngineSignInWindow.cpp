#include "WebEngineSignInWindow.h"

#include "ConnectPopup.h"

namespace waveshelf {

WebEngineSignInWindow::WebEngineSignInWindow(QWebEngineProfile *profile, QWidget *dialogParent, QObject *parent)
    : SignInWindow(parent)
    , m_profile(profile)
    , m_dialogParent(dialogParent)
{
}

WebEngineSignInWindow::~WebEngineSignInWindow()
{
    delete m_popup.data();
}

void WebEngineSignInWindow::open(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    if (m_popup)
        return;
    m_popup = new ConnectPopup(m_profile, authorizeUrl, redirectUri, m_dialogParent.data());
    m_popup->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_popup, &ConnectPopup::redirectReceived, this, &SignInWindow::redirectReceived);
    connect(m_popup, &ConnectPopup::closedByUser, this, &SignInWindow::closedByUser);
    connect(m_popup, &ConnectPopup::browserSignInRequested, this, &SignInWindow::browserSignInRequested);
    m_popup->show();
}

void WebEngineSignInWindow::raise()
{
    if (m_popup) {
        m_popup->raise();
        m_popup->activateWindow();
    }
}

void WebEngineSignInWindow::close()
{
    if (!m_popup)
        return;
    m_popup->disconnect(this);
    // A popup that finished (it is inside or after its last signal) deletes itself on close.
    if (!m_popup->isFinished())
        delete m_popup.data();
}

ConnectPopup *WebEngineSignInWindow::popup() const
{
    return m_popup.data();
}

}  // namespace waveshelf
