#pragma once

#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

class QWidget;

namespace waveshelf {

// A web page that refuses, before it loads, every navigation (in any frame, including
// server-side HTTP redirects) whose target is the OAuth redirect URI, and reports the
// full URL instead. Windows the page opens (social sign-in popups) open as
// SignInPopupWindow children of windowParent, in the same profile, and report the
// redirect through this page too.
class ConnectPage final : public QWebEnginePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    ConnectPage(QWebEngineProfile *profile, const QUrl &redirectUri, QWidget *windowParent, QObject *parent = nullptr);

signals:
    void redirectCaught(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_redirectUri;
    QPointer<QWidget> m_windowParent;
};

}  // namespace waveshelf
