#pragma once

// The base of the tst_connectcontroller* tests: ConnectController against the
// sandbox on loopback (started once per executable with a loopback redirect
// URI; reset, with a fresh browser session, before each test by the private
// slots initTestCase() and init(), run by Qt Test for the derived class). The
// test plays the browser over HTTP (SandboxSignIn) and stands in for the
// embedded window with HttpSignInWindow; the real WebEngine popup is covered
// by the e2e tests.

#include "ConnectedUserFixture.h"
#include "HttpSignInWindow.h"
#include "SandboxHost.h"
#include "session/ConnectController.h"
#include "session/SignInWindowFactory.h"
#include "session/UserContext.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

namespace connectcontrollertest {

inline constexpr int kTimeoutMs = 20'000;

// What a browser's GET got: the status (0 when nothing answered).
int browse(QNetworkAccessManager &browser, const QUrl &url);

class ConnectControllerTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

protected:
    class HttpSignInWindows final : public waveshelf::SignInWindowFactory {
    public:
        waveshelf::Result<waveshelf::SignInWindow *> create(qint64 userId, QObject *parent) override;
        void forgetSignIn(qint64 userId) override { forgotten.append(userId); }

        int created = 0;
        qint64 lastUserId = 0;
        QPointer<HttpSignInWindow> last;
        QList<qint64> forgotten;
    };

    // A logged-in local user with a controller, as MainWindow builds it: the
    // controller is the context's child; the browser opener records the URLs.
    struct Harness {
        Harness(waveshelf::sandbox::SandboxHost &sandbox, const QUrl &redirectUri, bool withWindows = true,
                bool withClientId = true);

        [[nodiscard]] std::optional<waveshelf::SoundCloudAccount> stored() const;

        waveshelf::test::ConnectedUserFixture user;
        HttpSignInWindows windows;  // outlives the context and its controller
        std::unique_ptr<waveshelf::UserContext> context;
        QPointer<waveshelf::ConnectController> controller;
        QList<QUrl> opened;
    };

    [[nodiscard]] bool connectInWindowAs(Harness &h, const QString &user, const QString &password);

    waveshelf::sandbox::SandboxHost m_sandbox;
    quint16 m_port = 0;
    QUrl m_redirectUri;
    std::unique_ptr<QNetworkAccessManager> m_browser;
};

}  // namespace connectcontrollertest
