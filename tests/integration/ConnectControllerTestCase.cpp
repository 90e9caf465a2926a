#include "ConnectControllerTestCase.h"

#include "LoopbackPort.h"
#include "app/AppCore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;

namespace connectcontrollertest {

int browse(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkReply *reply = browser.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const int status = finished.wait(kTimeoutMs) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                                 : -1;
    reply->deleteLater();
    return status;
}

Result<SignInWindow *> ConnectControllerTestCase::HttpSignInWindows::create(qint64 userId, QObject *parent)
{
    ++created;
    lastUserId = userId;
    auto *window = new HttpSignInWindow(parent);
    last = window;
    return window;
}

ConnectControllerTestCase::Harness::Harness(sandbox::SandboxHost &sandbox, const QUrl &redirectUri, bool withWindows,
                                            bool withClientId)
    : user(sandbox)
{
    AppConfig config = user.config();
    config.redirectUri = redirectUri;
    if (!withClientId)
        config.clientId.clear();
    user.core().setConfig(config);
    context = user.core().createUserContext(user.session());
    controller = new ConnectController(
        *context, withWindows ? &windows : nullptr,
        [this](const QUrl &url) {
            opened.append(url);
            return true;
        },
        context.get());
}

std::optional<SoundCloudAccount> ConnectControllerTestCase::Harness::stored() const
{
    const auto account = context->connectedAccount();
    return account.ok() ? account.value() : std::nullopt;
}

void ConnectControllerTestCase::initTestCase()
{
    m_port = test::LoopbackPort::free();
    QVERIFY(m_port != 0);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
    sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(m_sandbox.start(options));
}

void ConnectControllerTestCase::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_browser = std::make_unique<QNetworkAccessManager>();  // a fresh browser session per test
}

bool ConnectControllerTestCase::connectInWindowAs(Harness &h, const QString &user, const QString &password)
{
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    h.controller->connectInWindow();
    return h.windows.last && h.windows.last->approve(user, password)
        && QTest::qWaitFor([&] { return !connected.isEmpty(); }, kTimeoutMs);
}

}  // namespace connectcontrollertest
