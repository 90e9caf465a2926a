#include "auth/TokenResponseParser.h"

#include "auth/OAuthErrorCode.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace waveshelf {

namespace {

// Ten years: anything longer (or negative, or not a number) is treated as
// "no expiry given" rather than trusted.
constexpr double kMaxExpiresIn = 10.0 * 365 * 24 * 3600;

QString statusDetail(int status)
{
    return QStringLiteral("HTTP ") + QString::number(status);
}

Error reconnectNeeded(int status, const QString &code)
{
    return Error{ErrorKind::ReconnectNeeded,
                 TokenResponseParser::tr("SoundCloud no longer accepts this connection. Please reconnect."),
                 statusDetail(status) + QStringLiteral(", error=") + code};
}

Error rateLimited(int status)
{
    return Error{ErrorKind::RateLimited,
                 TokenResponseParser::tr("SoundCloud is busy right now; try again in a moment."), statusDetail(status)};
}

Error unreachable(int status, const QString &why)
{
    return Error{ErrorKind::Unreachable, TokenResponseParser::tr("SoundCloud is unreachable, try again."),
                 statusDetail(status) + QStringLiteral(", ") + why};
}

Error protocol(int status, const QString &why)
{
    return Error{ErrorKind::Protocol,
                 TokenResponseParser::tr("SoundCloud sent an answer Waveshelf could not understand. "
                                         "Please try again later."),
                 statusDetail(status) + QStringLiteral(", ") + why};
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &trimmedBody)
{
    return contentType.toLower().contains("html") || trimmedBody.startsWith('<');
}

bool looksLikeJson(const QByteArray &contentType, const QByteArray &trimmedBody)
{
    return contentType.toLower().contains("json") || trimmedBody.startsWith('{') || trimmedBody.startsWith('[');
}

// The OAuth error code, from whichever of SoundCloud's shapes was sent:
// {"error":"invalid_grant"} or the older
// {"code":401,"message":"invalid_grant",...,"error_code":"invalid_grant"}.
QString oauthErrorCode(const QJsonObject &json)
{
    for (const QLatin1String key : {QLatin1String("error"), QLatin1String("error_code")}) {
        const QString value = json.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    const QString message = json.value(QLatin1String("message")).toString();
    return oauth::isKnownErrorCode(message) ? message : QString();
}

QDateTime expiryFrom(const QJsonValue &value, const QDateTime &receivedAtUtc)
{
    if (value.isUndefined() || value.isNull() || !receivedAtUtc.isValid())
        return {};
    bool ok = value.isDouble();
    double seconds = value.toDouble();
    if (value.isString())
        seconds = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > kMaxExpiresIn) {
        qCWarning(lcAuth) << "Token answer has an unusable expires_in; treating the expiry as unknown";
        return {};
    }
    return receivedAtUtc.toUTC().addSecs(static_cast<qint64>(seconds));
}

// Lenient on purpose: once a 200 carries an access token the server has
// already rotated the refresh token (it is single-use), so rejecting the
// answer over an odd optional field would log the user out.
TokenSet tokenSetFrom(const QJsonObject &json, const QDateTime &receivedAtUtc)
{
    TokenSet tokens;
    tokens.accessToken = json.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    tokens.scope = json.value(QLatin1String("scope")).toString();
    tokens.expiresAt = expiryFrom(json.value(QLatin1String("expires_in")), receivedAtUtc);
    return tokens;
}

}  // namespace

Result<TokenSet> TokenResponseParser::parse(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                                            const QDateTime &receivedAtUtc)
{
    // Transient by status alone, whatever the body says.
    if (httpStatus <= 0)
        return unreachable(httpStatus, QStringLiteral("no answer"));
    if (httpStatus == 429)
        return rateLimited(httpStatus);
    if (httpStatus >= 500)
        return unreachable(httpStatus, QStringLiteral("server error"));

    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return unreachable(httpStatus, QStringLiteral("empty body"));

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (looksLikeHtml(contentType, trimmed))
            return unreachable(httpStatus, QStringLiteral("HTML page"));
        if (looksLikeJson(contentType, trimmed) || httpStatus == 200) {
            return protocol(httpStatus,
                            QStringLiteral("malformed JSON: ") + parseError.errorString()
                                + QStringLiteral(" at offset ") + QString::number(parseError.offset));
        }
        // Plain text from something in between (proxy, CDN): not SoundCloud's OAuth server speaking.
        return unreachable(httpStatus, QStringLiteral("not JSON"));
    }
    if (!document.isObject())
        return protocol(httpStatus, QStringLiteral("JSON is not an object"));
    const QJsonObject json = document.object();

    const QString errorCode = oauthErrorCode(json);
    if (!errorCode.isEmpty()) {
        const bool connectionGone = errorCode == QLatin1String("invalid_grant")
            || errorCode == QLatin1String("invalid_client");
        if (connectionGone && httpStatus >= 400 && httpStatus < 500)
            return reconnectNeeded(httpStatus, errorCode);
        return protocol(httpStatus, QStringLiteral("error=") + oauth::errorCodeForDetail(errorCode));
    }

    if (httpStatus != 200)
        return protocol(httpStatus, QStringLiteral("no OAuth error code"));

    const QJsonValue accessToken = json.value(QLatin1String("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return protocol(httpStatus, QStringLiteral("access_token missing"));
    return tokenSetFrom(json, receivedAtUtc);
}

}  // namespace waveshelf
