// The first-run guide's "Test": EndpointCheck against the real sandbox on
// loopback (answers; an unknown client is refused by name), a closed port, a
// server error, an HTML page and a slow answer (named failures); and
// SandboxProcess starting the real waveshelf-sandbox program.

#include "LoopbackPort.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "config/AppConfig.h"
#include "firstrun/SandboxProcess.h"
#include "network/EndpointCheck.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;
using Outcome = EndpointVerdict::Outcome;

class TestEndpointCheck final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sandboxAnswers();
    void unknownClientIsRefused();
    void closedPortIsNamed();
    void serverErrorIsNamed();
    void htmlTokenPageIsNamed();
    void unusableConfigIsRefused();
    void contextGoneDropsTheAnswer();
    void sandboxProcessStartsAndStops();
    void missingSandboxSaysHowToGetIt();
    void sandboxOnPathIsNeverUsed();

private:
    [[nodiscard]] AppConfig sandboxConfig() const;
    [[nodiscard]] EndpointCheckReport check(const AppConfig &config);

    SandboxHost m_sandbox;
    QNetworkAccessManager m_network;
};

void TestEndpointCheck::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestEndpointCheck::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
}

AppConfig TestEndpointCheck::sandboxConfig() const
{
    AppConfig config;
    config.redirectUri = AppConfig::defaultRedirectUri();
    return SandboxEndpoints{m_sandbox.baseUrl(), QStringLiteral("waveshelf-sandbox")}.applyTo(config);
}

EndpointCheckReport TestEndpointCheck::check(const AppConfig &config)
{
    test::ResultSpy<EndpointCheckReport> spy;
    EndpointCheck::run(m_network, config, spy.context(), spy.callback());
    if (!spy.wait(30'000) || !spy.last().ok()) {
        qWarning("the check did not answer a report");
        return {};
    }
    return spy.last().value();
}

void TestEndpointCheck::sandboxAnswers()
{
    const EndpointCheckReport report = check(sandboxConfig());
    QVERIFY2(report.allAnswer(), qPrintable(report.authorize.message + QLatin1Char(' ') + report.token.message));
    QVERIFY(report.authorize.message.contains(QStringLiteral("Authorize URL answers")));
    QVERIFY(report.token.message.contains(QStringLiteral("made-up sign-in code")));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/authorize")), 1);
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
}

void TestEndpointCheck::unknownClientIsRefused()
{
    AppConfig config = sandboxConfig();
    config.clientId = QStringLiteral("nobody-registered-this");
    const EndpointCheckReport report = check(config);
    QCOMPARE(report.authorize.outcome, Outcome::RefusesClient);
    QCOMPARE(report.token.outcome, Outcome::RefusesClient);
    QVERIFY(report.token.message.contains(QStringLiteral("does not accept this client ID")));
    QVERIFY(!report.allAnswer());
}

void TestEndpointCheck::closedPortIsNamed()
{
    const quint16 port = test::LoopbackPort::free();
    QVERIFY(port != 0);
    AppConfig config = sandboxConfig();
    config.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(port));
    config.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(port));
    const EndpointCheckReport report = check(config);
    QCOMPARE(report.authorize.outcome, Outcome::Fails);
    QCOMPARE(report.token.outcome, Outcome::Fails);
    QVERIFY2(report.token.message.contains(QStringLiteral("connection refused")), qPrintable(report.token.message));
    QVERIFY(report.authorize.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
}

void TestEndpointCheck::serverErrorIsNamed()
{
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/oauth/token"), 503));
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/authorize"), 502));
    const EndpointCheckReport report = check(sandboxConfig());
    QCOMPARE(report.authorize.outcome, Outcome::Fails);
    QCOMPARE(report.token.outcome, Outcome::Fails);
    QVERIFY2(report.token.message.contains(QStringLiteral("problem on its side (HTTP 503)")),
             qPrintable(report.token.message));
    QVERIFY(report.authorize.message.contains(QStringLiteral("HTTP 502")));
}

void TestEndpointCheck::htmlTokenPageIsNamed()
{
    m_sandbox.injectFault(Fault::htmlForbidden(QStringLiteral("/oauth/token")));
    const EndpointCheckReport report = check(sandboxConfig());
    QCOMPARE(report.authorize.outcome, Outcome::Answers);
    QCOMPARE(report.token.outcome, Outcome::Fails);
    QVERIFY2(report.token.message.contains(QStringLiteral("web page")), qPrintable(report.token.message));
}

void TestEndpointCheck::unusableConfigIsRefused()
{
    AppConfig config = sandboxConfig();
    config.clientId = QStringLiteral("has spaces");
    test::ResultSpy<EndpointCheckReport> spy;
    EndpointCheck::run(m_network, config, spy.context(), spy.callback());
    QCOMPARE(spy.count(), 1);  // at once, nothing sent
    QCOMPARE(spy.last().error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/authorize")), 0);
}

void TestEndpointCheck::contextGoneDropsTheAnswer()
{
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/oauth/token"), 2000));
    {
        test::ResultSpy<EndpointCheckReport> spy;
        EndpointCheck::run(m_network, sandboxConfig(), spy.context(), spy.callback());
        QTRY_COMPARE(m_sandbox.slowAnswersPending(), 1);
    }  // the context goes: the requests are aborted
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 0, 10'000);
}

void TestEndpointCheck::sandboxProcessStartsAndStops()
{
    SandboxProcess process;
    QVERIFY2(!process.program().isEmpty(), "waveshelf-sandbox is built beside the tests");
    test::ResultSpy<SandboxEndpoints> started;
    const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/callback").arg(test::LoopbackPort::free()));
    process.start(redirect, started.context(), started.callback());
    QVERIFY(started.wait(SandboxProcess::kStartTimeoutMs + 5000));
    QVERIFY2(started.last().ok(), qPrintable(started.firstError().message));
    QVERIFY(process.isRunning());
    const SandboxEndpoints endpoints = started.last().value();
    QCOMPARE(endpoints.clientId, QStringLiteral("waveshelf-sandbox"));
    // The child answers the check with the redirect URI it was given.
    AppConfig config = endpoints.applyTo(sandboxConfig());
    QVERIFY(config.sandboxSession);  // its connections: ConnectionStore's sandbox rules
    config.redirectUri = redirect;
    const EndpointCheckReport report = check(config);
    QVERIFY2(report.allAnswer(), qPrintable(report.authorize.message + QLatin1Char(' ') + report.token.message));
    process.stop();  // returns at once; the child quits as its standard input closes
    QVERIFY(!process.isRunning());
    QTRY_VERIFY(test::LoopbackPort::isClosed(quint16(endpoints.baseUrl.port())));
}

void TestEndpointCheck::missingSandboxSaysHowToGetIt()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArrayLiteral("/nonexistent"));
    SandboxProcess process(QStringList{QStringLiteral("/nonexistent")});
    test::ResultSpy<SandboxEndpoints> started;
    process.start(AppConfig::defaultRedirectUri(), started.context(), started.callback());
    qputenv("PATH", path);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.last().error().kind, ErrorKind::NotFound);
    QCOMPARE(started.last().error().message, SandboxProcess::notFoundMessage());
    QVERIFY(started.last().error().message.contains(QStringLiteral("waveshelf-sandbox")));
}

void TestEndpointCheck::sandboxOnPathIsNeverUsed()
{
    // Security review 3, item 1: a program named waveshelf-sandbox somewhere
    // on PATH would be handed the redirect and whatever the session sends.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    QFile impostor(elsewhere.filePath(QStringLiteral("waveshelf-sandbox")));
    QVERIFY(impostor.open(QIODevice::WriteOnly));
    QVERIFY(impostor.write("#!/bin/sh\nexit 0\n") > 0);
    impostor.close();
    QVERIFY(impostor.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(elsewhere.path()) + ':' + path);
    const QString found = SandboxProcess(QStringList{QStringLiteral("/nonexistent")}).program();
    qputenv("PATH", path);
    QCOMPARE(found, QString());
}

WAVESHELF_TEST_GUILESS_MAIN(TestEndpointCheck)
#include "tst_endpointcheck.moc"
