// Network failures a user can meet, each named in plain words, none of them
// losing the stored tokens: a server that never answers, a refused
// connection, and a TLS certificate that is not trusted (never ignored).

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

struct Answer {
    bool done = false;
    std::optional<Error> error;
};

void refreshAt(test::ConnectedUserFixture &user, const QUrl &tokenUrl, QObject *context, Answer &answer)
{
    AppConfig config = user.config();
    config.tokenUrl = tokenUrl;
    auto *client = new TokenClient(user.network(), config, context);
    client->refresh(QStringLiteral("some-refresh-token"), context, [&answer](Result<TokenSet> tokens) {
        answer.done = true;
        if (!tokens.ok())
            answer.error = tokens.error();
    });
}

}  // namespace

class TestNetworkFailures final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void silentServerTimesOutAndKeepsTokens();
    void refusedConnectionIsUnreachable();
    void untrustedCertificateIsNeverIgnored();

private:
    SandboxHost m_sandbox;
};

void TestNetworkFailures::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestNetworkFailures::silentServerTimesOutAndKeepsTokens()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    const StoredConnection before = user.store().load().value().value();
    user.network().setTransferTimeout(500);
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me"), 5'000));

    bool done = false;
    Error error;
    user.api().fetchMe(this, [&](Result<SoundCloudAccount> me) {
        done = true;
        QVERIFY(!me.ok());
        error = me.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 4'000);  // the 500 ms timeout, not the server, ended it
    QCOMPARE(error.kind, ErrorKind::Unreachable);
    QVERIFY2(error.message.contains(QStringLiteral("in time")), qPrintable(error.message));
    const StoredConnection after = user.store().load().value().value();
    QCOMPARE(after.tokens.refreshToken, before.tokens.refreshToken);
    QCOMPARE(after.version, before.version);
    m_sandbox.clearFaults();
}

void TestNetworkFailures::refusedConnectionIsUnreachable()
{
    test::ConnectedUserFixture user(m_sandbox);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Answer answer;
    refreshAt(user, QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(port)), this, answer);
    QTRY_VERIFY_WITH_TIMEOUT(answer.done, 10'000);
    QVERIFY(answer.error.has_value());
    QCOMPARE(answer.error->kind, ErrorKind::Unreachable);
    QVERIFY(!answer.error->message.isEmpty());
}

void TestNetworkFailures::untrustedCertificateIsNeverIgnored()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // A self-signed certificate for 127.0.0.1, made for this run.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY2(openssl.waitForFinished(30'000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int encryptedRequests = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&encryptedRequests, socket] {
                // Only a client that accepted the certificate could get here.
                ++encryptedRequests;
                socket->readAll();
            });
        }
    });

    test::ConnectedUserFixture user(m_sandbox);
    Answer answer;
    refreshAt(user, QUrl(QStringLiteral("https://127.0.0.1:%1/oauth/token").arg(server.serverPort())), this, answer);
    QTRY_VERIFY_WITH_TIMEOUT(answer.done, 15'000);
    QVERIFY(answer.error.has_value());
    QCOMPARE(answer.error->kind, ErrorKind::Unreachable);
    QVERIFY2(answer.error->message.contains(QStringLiteral("secure connection")), qPrintable(answer.error->message));
    QCOMPARE(encryptedRequests, 0);  // the refresh token never left the machine's TLS layer
}

WAVESHELF_TEST_GUILESS_MAIN(TestNetworkFailures)
#include "tst_networkfailures.moc"
