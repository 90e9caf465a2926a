#pragma once

#include "session/SignInWindow.h"

#include <QPointer>

class QWebEngineProfile;
class QWidget;

namespace waveshelf {

class ConnectPopup;

// The embedded sign-in window as core sees it (SignInWindow), shown as a
// ConnectPopup in the local user's own browser profile. Deleting it closes the
// popup.
class WebEngineSignInWindow final : public SignInWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebEngineSignInWindow)

public:
    // dialogParent: the window the popup belongs to (may be null).
    WebEngineSignInWindow(QWebEngineProfile *profile, QWidget *dialogParent, QObject *parent = nullptr);
    ~WebEngineSignInWindow() override;

    void open(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void raise() override;
    void close() override;

    // The popup while it is open.
    [[nodiscard]] ConnectPopup *popup() const;

private:
    QWebEngineProfile *m_profile;
    QPointer<QWidget> m_dialogParent;
    QPointer<ConnectPopup> m_popup;
};

}  // namespace waveshelf
