#pragma once

// The base of the tst_sandbox* tests: a SandboxHost on loopback, started once per
// executable and reset before each test, an app client, and the OAuth steps a
// browser and an app take against it. Its private slots initTestCase() and init()
// are run by Qt Test for the derived test class.

#include "HttpResult.h"
#include "SandboxClient.h"
#include "SandboxHost.h"
#include "SandboxOAuthForm.h"

#include <QObject>

#include <memory>

namespace sandboxtest {

class SandboxTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

protected:
    using Client = SandboxClient;
    struct Tokens {
        QString access;
        QString refresh;
    };

    QUrl url(const QString &pathAndQuery) const;
    Params authorizeParams(const QString &challenge, const QString &state) const;
    QUrl authorizeUrl(const Params &params) const;
    HttpResult signIn(Client &browser, const QString &username, const QString &password, const QString &challenge,
                      const QString &state, const QString &decision = QStringLiteral("approve"));
    QString codeFor(const QString &username, const QString &verifier);
    HttpResult exchange(Client &app, const QString &code, const QString &verifier, const Params &overrides = {});
    HttpResult refresh(Client &app, const QString &refreshToken);
    Tokens connectUser(const QString &username);
    HttpResult api(const QString &pathAndQuery, const QString &accessToken);
    // Every item of a linked_partitioning list from its first page, following
    // next_href as given; `pages` counts the pages. Stops (empty) on an error.
    QJsonArray walk(const QString &firstPathAndQuery, const QString &accessToken, int *pages = nullptr);
    static QString password(const QString &username) { return username + QStringLiteral("-password"); }

    std::unique_ptr<waveshelf::sandbox::SandboxHost> m_host;
    Client m_app;
};

}  // namespace sandboxtest
