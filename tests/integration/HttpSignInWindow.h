#pragma once

// The embedded window, played over HTTP: "signing in" posts the sandbox's
// form and hands its redirect back, as the popup does when it refuses the
// navigation to the redirect URI.

#include "session/SignInWindow.h"

#include <QUrl>

namespace connectcontrollertest {

class HttpSignInWindow final : public waveshelf::SignInWindow {
    Q_OBJECT

public:
    using SignInWindow::SignInWindow;

    void open(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void raise() override { ++m_raised; }
    void close() override { m_open = false; }

    [[nodiscard]] bool approve(const QString &user, const QString &password);
    void closeByUser();
    void askForBrowser();

    [[nodiscard]] const QUrl &authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] const QUrl &redirectUri() const { return m_redirectUri; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] int raised() const { return m_raised; }

private:
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_open = false;
    int m_raised = 0;
};

}  // namespace connectcontrollertest
