#include "FakeApiNetwork.h"

#include "FakeReply.h"
#include "soundcloud/ApiJson.h"

#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

namespace waveshelf::fuzz {

namespace {

[[noreturn]] void violation(const char *what)
{
    std::fprintf(stderr, "FakeApiNetwork: %s\n", what);
    std::abort();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(443) == b.port(443);
}

// Byte by byte, not memcmp: libFuzzer learns the operands of memcmp and
// would copy this input's tokens into later inputs.
bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool containsBytes(const QByteArray &haystack, const QByteArray &needle)
{
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (equalBytes(haystack.mid(i, needle.size()), needle))
            return true;
    }
    return false;
}

}  // namespace

FakeApiNetwork::FakeApiNetwork(const QUrl &apiBase, const QUrl &tokenUrl, const QString &clientSecret, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_apiBase(apiBase)
    , m_tokenUrl(tokenUrl)
    , m_clientSecret(clientSecret.toUtf8())
{
}

QString FakeApiNetwork::freshToken(const QString &kind)
{
    return QStringLiteral("fuzz-%1-%2%3")
        .arg(kind)
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

void FakeApiNetwork::reset(QList<FuzzResponse> apiAnswers, const QString &accessToken, const QString &refreshToken)
{
    m_answers = std::move(apiAnswers);
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    m_expectedRows = 0;
    m_pagesLoaded.clear();
    emit secretIssued(accessToken.toUtf8());
    emit secretIssued(refreshToken.toUtf8());
}

QNetworkReply *FakeApiNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                             QIODevice *outgoingData)
{
    const QUrl url = request.url();
    if (sameOrigin(url, m_tokenUrl) && url.path() == m_tokenUrl.path())
        return track(new FakeReply(request, operation, answerTokenRequest(operation, request, outgoingData), this));
    if (sameOrigin(url, m_apiBase))
        return track(new FakeReply(request, operation, answerApiRequest(operation, request), this));
    violation("a request to a host that is neither the API nor the token endpoint");
}

FuzzResponse FakeApiNetwork::answerTokenRequest(Operation operation, const QNetworkRequest &request,
                                                QIODevice *outgoingData)
{
    if (operation != PostOperation || outgoingData == nullptr)
        violation("the token endpoint was called without a form POST");
    if (request.hasRawHeader(QByteArrayLiteral("Authorization")))
        violation("a token request carries an Authorization header");
    const QByteArray form = outgoingData->readAll();
    if (!containsBytes(form, QByteArrayLiteral("grant_type=refresh_token")))
        violation("a token request that is not a refresh");
    if (!containsBytes(form, QByteArrayLiteral("refresh_token=") + m_refreshToken.toUtf8()))
        violation("a refresh without the refresh token issued last");
    if (!containsBytes(form, QByteArrayLiteral("client_secret=") + m_clientSecret))
        violation("a refresh without the client secret");
    if (containsBytes(form, m_accessToken.toUtf8()))
        violation("the access token was sent to the token endpoint");

    m_accessToken = freshToken(QStringLiteral("access"));
    m_refreshToken = freshToken(QStringLiteral("refresh"));
    emit secretIssued(m_accessToken.toUtf8());
    emit secretIssued(m_refreshToken.toUtf8());
    FuzzResponse answer;
    answer.status = 200;
    answer.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    answer.body = QByteArrayLiteral("{\"access_token\":\"") + m_accessToken.toUtf8()
        + QByteArrayLiteral("\",\"expires_in\":3599,\"refresh_token\":\"") + m_refreshToken.toUtf8()
        + QByteArrayLiteral("\",\"scope\":\"\"}");
    return answer;
}

FuzzResponse FakeApiNetwork::answerApiRequest(Operation operation, const QNetworkRequest &request)
{
    if (operation != GetOperation)
        violation("the track list sent something other than a GET");
    const QByteArray expected = QByteArrayLiteral("OAuth ") + m_accessToken.toUtf8();
    if (!equalBytes(request.rawHeader(QByteArrayLiteral("Authorization")), expected))
        violation("an API request without the access token issued last");
    if (m_pagesLoaded.contains(request.url()))
        violation("the model asked again for a page it already has");
    if (m_answers.isEmpty()) {
        FuzzResponse refused;
        refused.status = 0;
        return refused;
    }
    FuzzResponse answer = m_answers.takeFirst();
    if (answer.status >= 200 && answer.status < 300) {
        const Result<TrackPage> page = ApiJson::parseTrackPage(answer.body);
        if (page.ok()) {
            m_expectedRows += page.value().tracks.size();
            m_pagesLoaded.append(request.url());
        }
    }
    return answer;
}

QNetworkReply *FakeApiNetwork::track(QNetworkReply *reply)
{
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this] { --m_inFlight; });
    return reply;
}

}  // namespace waveshelf::fuzz
