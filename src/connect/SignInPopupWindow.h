#pragma once

#include <QWidget>

class QUrl;
class QWebEngineProfile;
class QWebEngineView;

namespace waveshelf {

class AddressBar;
class ConnectPage;

// A window a sign-in page opened itself (Google, Apple or Facebook sign-in starts as
// about:blank in a popup). Uses the same browser profile as its opener, so the session
// it creates is the one the Connect popup sees. Closes when the page asks to.
class SignInPopupWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPopupWindow)

public:
    SignInPopupWindow(QWebEngineProfile *profile, const QUrl &redirectUri, QWidget *parent);

    [[nodiscard]] ConnectPage *page() const { return m_page; }
    [[nodiscard]] QWebEngineView *view() const { return m_view; }

private:
    AddressBar *m_addressBar;
    QWebEngineView *m_view;
    ConnectPage *m_page;
};

}  // namespace waveshelf
