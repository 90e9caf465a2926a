#include "SandboxTestCase.h"

#include <QTest>

using namespace waveshelf::sandbox;

namespace sandboxtest {

QUrl SandboxTestCase::url(const QString &pathAndQuery) const
{
    return QUrl(m_host->baseUrl().toString() + pathAndQuery, QUrl::StrictMode);
}

Params SandboxTestCase::authorizeParams(const QString &challenge, const QString &state) const
{
    return {{QStringLiteral("client_id"), kClientId},
            {QStringLiteral("redirect_uri"), kRedirectUri},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("state"), state}};
}

QUrl SandboxTestCase::authorizeUrl(const Params &params) const
{
    return QUrl::fromEncoded(m_host->authorizeUrl().toEncoded() + '?' + formEncode(params), QUrl::StrictMode);
}

HttpResult SandboxTestCase::signIn(Client &browser, const QString &username, const QString &pass,
                                   const QString &challenge, const QString &state, const QString &decision)
{
    const HttpResult page = browser.get(authorizeUrl(authorizeParams(challenge, state)));
    Params form = hiddenFields(page.body);
    form.append({QStringLiteral("username"), username});
    form.append({QStringLiteral("password"), pass});
    form.append({QStringLiteral("decision"), decision});
    return browser.post(m_host->authorizeUrl(), form);
}

QString SandboxTestCase::codeFor(const QString &username, const QString &verifier)
{
    Client browser;
    const HttpResult approved = signIn(browser, username, password(username), challengeOf(verifier),
                                       QStringLiteral("state-1"));
    return approved.redirectQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

HttpResult SandboxTestCase::exchange(Client &app, const QString &code, const QString &verifier, const Params &overrides)
{
    Params form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), kRedirectUri},
                {QStringLiteral("client_id"), kClientId},
                {QStringLiteral("code_verifier"), verifier}};
    for (const auto &override : overrides)
        form = override.second.isNull() ? withoutParam(form, override.first)
                                        : withParam(form, override.first, override.second);
    return app.post(m_host->tokenUrl(), form);
}

HttpResult SandboxTestCase::refresh(Client &app, const QString &refreshToken)
{
    return app.post(m_host->tokenUrl(),
                    {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken},
                     {QStringLiteral("client_id"), kClientId}});
}

SandboxTestCase::Tokens SandboxTestCase::connectUser(const QString &username)
{
    const QString verifier = randomVerifier();
    const HttpResult tokens = exchange(m_app, codeFor(username, verifier), verifier);
    return {tokens.json().value(QStringLiteral("access_token")).toString(),
            tokens.json().value(QStringLiteral("refresh_token")).toString()};
}

HttpResult SandboxTestCase::api(const QString &pathAndQuery, const QString &accessToken)
{
    return m_app.get(url(pathAndQuery), QByteArrayLiteral("OAuth ") + accessToken.toUtf8());
}

QJsonArray SandboxTestCase::walk(const QString &firstPathAndQuery, const QString &accessToken, int *pages)
{
    QJsonArray items;
    int count = 0;
    QUrl next = url(firstPathAndQuery);
    while (next.isValid() && !next.isEmpty() && count < 1000) {
        const HttpResult page = m_app.get(next, QByteArrayLiteral("OAuth ") + accessToken.toUtf8());
        if (page.status != 200)
            return {};
        ++count;
        for (const QJsonValue &item : page.json().value(QStringLiteral("collection")).toArray())
            items.append(item);
        next = QUrl(page.json().value(QStringLiteral("next_href")).toString(), QUrl::StrictMode);
    }
    if (pages)
        *pages = count;
    return items;
}

void SandboxTestCase::initTestCase()
{
    m_host = std::make_unique<SandboxHost>();
    QVERIFY(m_host->start());
    QCOMPARE(m_host->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_host->baseUrl().port() > 0);
}

void SandboxTestCase::init()
{
    m_host->clearFaults();
    m_host->resetCounters();
    m_host->resetLikes();
    m_host->resetPlaylists();
    m_host->resetFollowings();
    m_host->setAccessTokenLifetime(3600);
}

}  // namespace sandboxtest
