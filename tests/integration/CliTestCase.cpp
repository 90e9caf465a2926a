#include "CliTestCase.h"

#include "BuiltPath.h"
#include "CliRunner.h"
#include "SandboxSignIn.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "session/ConnectFlow.h"
#include "session/UserContext.h"
#include "storage/ConnectionRepository.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace waveshelf;

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

}  // namespace

namespace clitest {

void CliTestCase::initTestCase()
{
    QVERIFY2(QFile::exists(test::BuiltPath::of("WAVESHELF_CLI_PATH")), "WAVESHELF_CLI_PATH");
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(m_sandbox.start(options));
}

void CliTestCase::init()
{
    m_sandbox.clearFaults();
    m_dir = std::make_unique<test::TestDataDir>();
    QVERIFY(m_dir->isValid());
}

void CliTestCase::cleanup()
{
    m_sandbox.clearFaults();
    m_dir.reset();
}

QProcessEnvironment CliTestCase::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QUrl base = m_sandbox.baseUrl();
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), m_dir->path());
    env.insert(QStringLiteral("WAVESHELF_KDF_LIMITS"), QStringLiteral("interactive"));  // fast test users
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("waveshelf-sandbox"));
    env.insert(QStringLiteral("WAVESHELF_AUTHORIZE_URL"), base.resolved(QUrl(QStringLiteral("/authorize"))).toString());
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), base.resolved(QUrl(QStringLiteral("/oauth/token"))).toString());
    env.insert(QStringLiteral("WAVESHELF_API_URL"), base.toString());
    env.insert(QStringLiteral("WAVESHELF_REDIRECT_URI"), m_redirectUri.toString());
    env.remove(QStringLiteral("WAVESHELF_CLIENT_SECRET"));
    return env;
}

CliRun CliTestCase::run(const QStringList &arguments, const QByteArray &input)
{
    return CliRunner::inProcess(environment(), arguments, input);
}

CliRun CliTestCase::run(const QStringList &arguments, ScriptedConsole &console)
{
    return CliRunner::inProcess(environment(), arguments, console);
}

CliRun CliTestCase::runProcess(const QStringList &arguments, const QByteArray &input)
{
    return CliRunner::process(environment(), arguments, input);
}

bool CliTestCase::addUser(const QString &name, const QString &password)
{
    return run({QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--password-stdin")},
               line(password))
               .exitCode
        == kOk;
}

bool CliTestCase::connectInProcess(const QString &localName, const QString &password, const QString &sandboxUser,
                                   const QString &sandboxPassword)
{
    AppConfig config = m_dir->config(m_sandbox.baseUrl());
    config.clientId = QStringLiteral("waveshelf-sandbox");
    config.redirectUri = m_redirectUri;
    auto core = AppCore::open(config);
    if (!core.ok())
        return false;
    const auto found = core.value()->users().findByUsername(localName);
    if (!found.ok() || !found.value().has_value())
        return false;
    const auto vault = Vault::unlock(password, found.value()->user.id, found.value()->vault);
    if (!vault.ok())
        return false;
    const std::unique_ptr<UserContext> user = core.value()->createUserContext(
        UserSession{found.value()->user, vault.value()});
    QNetworkAccessManager &network = core.value()->network();
    ConnectFlow flow(network, user->tokenClient(), user->connections(), config.authorizeUrl, config.clientId,
                     config.redirectUri, config.apiUrl);
    QSignalSpy connected(&flow, &ConnectFlow::connected);
    QSignalSpy failed(&flow, &ConnectFlow::failed);
    const QUrl redirect = test::SandboxSignIn::approve(network, flow.request().url, sandboxUser, sandboxPassword);
    if (redirect.isEmpty())
        return false;
    flow.complete(redirect);
    return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 10'000) && !connected.isEmpty();
}

QJsonArray CliTestCase::jsonArray(const CliRun &result) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array();
}

QJsonObject CliTestCase::jsonObject(const CliRun &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

std::optional<bool> CliTestCase::storesConnection(const QString &localName) const
{
    auto core = AppCore::open(m_dir->config(m_sandbox.baseUrl()));
    if (!core.ok())
        return std::nullopt;
    const auto found = core.value()->users().findByUsername(localName);
    if (!found.ok() || !found.value().has_value())
        return std::nullopt;
    const ConnectionRepository connections(core.value()->database());
    const auto row = connections.find(found.value()->user.id);
    if (!row.ok())
        return std::nullopt;
    return row.value().has_value();
}

QNetworkReply *CliTestCase::playTheBrowser(QProcess &cli, QNetworkAccessManager &network)
{
    QByteArray printed;
    if (!QTest::qWaitFor(
            [&] {
                cli.waitForReadyRead(100);
                printed += cli.readAllStandardOutput();
                return printed.contains('\n') || cli.state() == QProcess::NotRunning;
            },
            kProcessTimeoutMs))
        return nullptr;
    const QUrl authorizeUrl = QUrl::fromEncoded(printed.trimmed(), QUrl::StrictMode);
    if (!authorizeUrl.isValid() || authorizeUrl.path() != QLatin1String("/authorize")) {
        qWarning() << "no authorize address:" << printed << cli.readAllStandardError();
        return nullptr;
    }
    return playTheBrowser(authorizeUrl, network);
}

QNetworkReply *CliTestCase::playTheBrowser(const QUrl &authorizeUrl, QNetworkAccessManager &network)
{
    if (!authorizeUrl.isValid() || authorizeUrl.path() != QLatin1String("/authorize")) {
        qWarning() << "no authorize address:" << authorizeUrl;
        return nullptr;
    }
    const QUrl redirect = test::SandboxSignIn::approve(network, authorizeUrl, QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    if (redirect.isEmpty() || redirect.port() != m_redirectUri.port())
        return nullptr;
    return network.get(QNetworkRequest(redirect));
}

}  // namespace clitest
