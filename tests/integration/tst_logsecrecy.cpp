// No secret in any log line, at any level, in any category, from Waveshelf or
// from the sandbox: every message of a whole connect / refresh / failure cycle
// is captured and searched for every token, code, verifier, state, password
// and the client secret that the cycle used.

#include "ResultSpy.h"
#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "accounts/AccountService.h"
#include "app/AppCore.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "session/ConnectFlow.h"
#include "session/UserContext.h"
#include "storage/ConnectionStore.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

constexpr int kTimeoutMs = 15'000;

// Every message, from every thread (the sandbox has its own).
struct Capture {
    QMutex mutex;
    QStringList lines;
    QSet<QString> categories;
    bool sawDebug = false;
    QtMessageHandler previous = nullptr;
};

Capture &capture()
{
    static Capture instance;
    return instance;
}

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Capture &c = capture();
    {
        const QMutexLocker lock(&c.mutex);
        const QString category = QString::fromUtf8(context.category ? context.category : "default");
        c.lines.append(category + QStringLiteral(": ") + message);
        c.categories.insert(category);
        c.sawDebug = c.sawDebug || type == QtDebugMsg;
    }
    // Warnings and worse still reach the test log (and qFatal still aborts).
    if (type != QtDebugMsg && type != QtInfoMsg && c.previous)
        c.previous(type, context, message);
}

QString randomSecret(const QString &prefix)
{
    return prefix + QString::number(QRandomGenerator::system()->generate64(), 36);
}

struct ApiOutcome {
    bool answered = false;
    std::optional<Error> error;
};

}  // namespace

class TestLogSecrecy final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noSecretInAnyLogLine();

private:
    void remember(const QString &what, const QString &secret);
    void rememberStoredTokens(const QString &when);
    [[nodiscard]] std::optional<SoundCloudAccount> connect(const QString &what);
    [[nodiscard]] ApiOutcome fetchMe();
    void createLocalAccount();
    void connectAndRefresh();
    void failures();

    SandboxHost m_sandbox;
    QString m_clientSecret = randomSecret(QStringLiteral("client-secret-"));
    QString m_localPassword = randomSecret(QStringLiteral("local-password-"));
    QString m_wrongPassword = randomSecret(QStringLiteral("wrong-password-"));
    QString m_sandboxPassword = QStringLiteral("alice-password");
    test::TestDataDir m_dir;
    AppConfig m_config;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<UserContext> m_user;           // built by m_core, as the app builds it
    QList<std::pair<QString, QString>> m_secrets;  // what, value
};

void TestLogSecrecy::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    capture().previous = qInstallMessageHandler(captureMessage);

    sandbox::SandboxOptions options;
    options.clientSecret = m_clientSecret;  // a confidential client: the secret is sent, and must not be logged
    QVERIFY(m_sandbox.start(options));
    m_config = m_dir.config(m_sandbox.baseUrl());
    m_config.clientId = options.clientId;
    m_config.clientSecret = m_clientSecret;
    remember(QStringLiteral("client secret"), m_clientSecret);
    remember(QStringLiteral("local password"), m_localPassword);
    remember(QStringLiteral("wrong local password"), m_wrongPassword);
    remember(QStringLiteral("SoundCloud password"), m_sandboxPassword);
}

void TestLogSecrecy::cleanupTestCase()
{
    qInstallMessageHandler(capture().previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestLogSecrecy::remember(const QString &what, const QString &secret)
{
    QVERIFY2(secret.size() >= 8, qPrintable(what + QStringLiteral(" is too short to search for")));
    m_secrets.append({what, secret});
}

void TestLogSecrecy::rememberStoredTokens(const QString &when)
{
    const auto stored = m_user->connections().load();
    QVERIFY(stored.ok() && stored.value().has_value());
    remember(QStringLiteral("access token ") + when, stored.value()->tokens.accessToken);
    remember(QStringLiteral("refresh token ") + when, stored.value()->tokens.refreshToken);
}

// One connect attempt through the sandbox's sign-in page; its state, verifier
// and code are remembered whatever the outcome.
std::optional<SoundCloudAccount> TestLogSecrecy::connect(const QString &what)
{
    ConnectFlow flow(m_core->network(), m_user->tokenClient(), m_user->connections(), m_config.authorizeUrl,
                     m_config.clientId, m_config.redirectUri, m_config.apiUrl);
    remember(what + QStringLiteral(" state"), QString::fromLatin1(flow.request().state));
    remember(what + QStringLiteral(" code verifier"), QString::fromLatin1(flow.request().codeVerifier));
    QSignalSpy connected(&flow, &ConnectFlow::connected);
    QSignalSpy failed(&flow, &ConnectFlow::failed);
    const QUrl redirect = test::SandboxSignIn::approve(m_core->network(), flow.request().url, QStringLiteral("alice"),
                                                       m_sandboxPassword);
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return std::nullopt;
    remember(what + QStringLiteral(" authorization code"), code);
    flow.complete(redirect);
    if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, kTimeoutMs) || connected.isEmpty())
        return std::nullopt;
    return connected.first().first().value<SoundCloudAccount>();
}

ApiOutcome TestLogSecrecy::fetchMe()
{
    ApiOutcome outcome;
    m_user->api().fetchMe(this, [&outcome](Result<SoundCloudAccount> me) {
        outcome.answered = true;
        if (!me.ok())
            outcome.error = me.error();
    });
    (void)QTest::qWaitFor([&] { return outcome.answered; }, kTimeoutMs);
    return outcome;
}

void TestLogSecrecy::createLocalAccount()
{
    auto core = AppCore::open(m_config);
    QVERIFY(core.ok());
    m_core = std::move(core).value();
    AccountService &accounts = m_core->accounts();
    test::ResultSpy<UserSession> answers;

    accounts.createAccount(QStringLiteral("dana"), m_localPassword, answers.context(), answers.callback());
    QTRY_COMPARE_WITH_TIMEOUT(answers.okCount(), 1, kTimeoutMs);
    accounts.logIn(QStringLiteral("dana"), m_wrongPassword, answers.context(), answers.callback());
    QTRY_COMPARE_WITH_TIMEOUT(answers.errorCount(), 1, kTimeoutMs);
    accounts.logIn(QStringLiteral("dana"), m_localPassword, answers.context(), answers.callback());
    QTRY_COMPARE_WITH_TIMEOUT(answers.okCount(), 2, kTimeoutMs);
    m_user = m_core->createUserContext(answers.last().value());
}

void TestLogSecrecy::connectAndRefresh()
{
    QVERIFY(connect(QStringLiteral("first connect")).has_value());
    rememberStoredTokens(QStringLiteral("after connect"));
    QVERIFY(!fetchMe().error.has_value());

    // The server forgets the access token: 401, refresh, replay.
    m_sandbox.resetCounters();
    m_sandbox.expireAllAccessTokens();
    QVERIFY(!fetchMe().error.has_value());
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    rememberStoredTokens(QStringLiteral("after the forced refresh"));

    // The stored expiry passes: refreshed before the call.
    auto stored = m_user->connections().load().value().value();
    stored.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    QVERIFY(m_user->connections().updateTokens(stored.tokens, stored.version).ok());
    QVERIFY(!fetchMe().error.has_value());
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 2);
    rememberStoredTokens(QStringLiteral("after the early refresh"));

    // A page of the library (the model's debug lines count too).
    TrackListModel model(m_user->api());
    model.load(m_user->api().listUrl(QStringLiteral("/me/tracks")));
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kTimeoutMs);
}

void TestLogSecrecy::failures()
{
    // invalid_grant: the grant is revoked, the next refresh is refused.
    QSignalSpy broken(&m_user->tokens(), &TokenSession::connectionBroken);
    m_sandbox.revokeAllGrants(QStringLiteral("alice"));
    m_sandbox.expireAllAccessTokens();
    const ApiOutcome refused = fetchMe();
    QVERIFY(refused.error.has_value());
    QCOMPARE(refused.error->kind, ErrorKind::ReconnectNeeded);
    QCOMPARE(broken.size(), 1);

    // A failed exchange: the token endpoint is down.
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/oauth/token"), 503));
    QVERIFY(!connect(QStringLiteral("connect against a 503")).has_value());

    // A failed exchange: the code was already used (single-use: invalid_grant).
    ConnectFlow flow(m_core->network(), m_user->tokenClient(), m_user->connections(), m_config.authorizeUrl,
                     m_config.clientId, m_config.redirectUri, m_config.apiUrl);
    remember(QStringLiteral("reused-code state"), QString::fromLatin1(flow.request().state));
    remember(QStringLiteral("reused-code verifier"), QString::fromLatin1(flow.request().codeVerifier));
    const QUrl redirect = test::SandboxSignIn::approve(m_core->network(), flow.request().url, QStringLiteral("alice"),
                                                       m_sandboxPassword);
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    remember(QStringLiteral("reused code"), code);
    std::optional<Result<TokenSet>> first;
    m_user->tokenClient().exchangeCode(code, flow.request().codeVerifier, this,
                                       [&first](Result<TokenSet> tokens) { first = std::move(tokens); });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), kTimeoutMs);
    QVERIFY(first->ok());
    remember(QStringLiteral("access token of the first exchange"), first->value().accessToken);
    remember(QStringLiteral("refresh token of the first exchange"), first->value().refreshToken);
    QSignalSpy failed(&flow, &ConnectFlow::failed);
    flow.complete(redirect);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);

    // Reconnecting afterwards works, with new secrets of its own.
    QVERIFY(connect(QStringLiteral("reconnect")).has_value());
    rememberStoredTokens(QStringLiteral("after reconnecting"));
}

void TestLogSecrecy::noSecretInAnyLogLine()
{
    createLocalAccount();
    if (QTest::currentTestFailed())
        return;
    connectAndRefresh();
    if (QTest::currentTestFailed())
        return;
    failures();
    if (QTest::currentTestFailed())
        return;

    QStringList lines;
    QSet<QString> categories;
    bool sawDebug = false;
    {
        Capture &c = capture();
        const QMutexLocker lock(&c.mutex);
        lines = c.lines;
        categories = c.categories;
        sawDebug = c.sawDebug;
    }
    // The capture saw what it should: every module of the cycle, debug lines included.
    for (const char *category :
         {"waveshelf.auth", "waveshelf.api", "waveshelf.storage", "waveshelf.accounts", "waveshelf.sandbox"})
        QVERIFY2(categories.contains(QString::fromLatin1(category)), category);
    QVERIFY(sawDebug);
    QVERIFY(lines.size() > 20);

    QStringList leaks;
    for (const auto &[what, secret] : std::as_const(m_secrets)) {
        // As it is, and in the form it travels in a form body or URL.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        for (const QString &line : std::as_const(lines)) {
            if (line.contains(secret) || line.contains(encoded))
                leaks.append(what + QStringLiteral(" in: ") + line);
        }
    }
    QVERIFY2(leaks.isEmpty(),
             qPrintable(QString::number(leaks.size()) + QStringLiteral(" leaks:\n")
                        + leaks.mid(0, 10).join(QLatin1Char('\n'))));
}

WAVESHELF_TEST_GUILESS_MAIN(TestLogSecrecy)
#include "tst_logsecrecy.moc"
