#include "auth/RedirectParser.h"

#include "auth/OAuthErrorCode.h"
#include "common/LogCategories.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace waveshelf {

namespace {

constexpr int kMaxDescriptionLength = 200;

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("http"))
        return 80;
    if (scheme == QLatin1String("https"))
        return 443;
    return -1;
}

QString normalizedPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() && !url.host().isEmpty() ? QStringLiteral("/") : path;
}

// Decoding of one query key or value.
//
// '+' decodes to a space. RFC 3986 gives '+' no meaning of its own: it is a
// sub-delimiter whose role inside a query is left to the application. Here
// the application rule is RFC 6749 section 4.1.2 with Appendix B: the
// authorization server adds code, state and error to the redirect URI "using
// the application/x-www-form-urlencoded format", in which '+' stands for a
// space and a literal '+' is sent as %2B. Every mainstream encoder (Go,
// Java, Python, URLSearchParams) follows that, so a '+' in a code arrives as
// %2B and decodes to '+'.
QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

// Every value of each key, in order of appearance.
QHash<QString, QStringList> parseQuery(const QString &encodedQuery)
{
    QHash<QString, QStringList> params;
    const QByteArray query = encodedQuery.toLatin1();
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray rawKey = eq < 0 ? item : item.left(eq);
        const QByteArray rawValue = eq < 0 ? QByteArray() : item.mid(eq + 1);
        params[decodeComponent(rawKey)].append(decodeComponent(rawValue));
    }
    return params;
}

enum class Single {
    Absent,
    One,
    Conflicting
};

// Duplicates with the same value are harmless and collapse into one;
// duplicates with different values are never resolved by picking one.
Single singleValue(const QHash<QString, QStringList> &params, const QString &key, QString *value)
{
    const QStringList values = params.value(key);
    if (values.isEmpty())
        return Single::Absent;
    for (const QString &v : values) {
        if (v != values.first())
            return Single::Conflicting;
    }
    *value = values.first();
    return Single::One;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of our state is not secret; the bytes are.
    // sodium_memcmp needs no sodium_init().
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

// RFC 6749 Appendix A.11: code = 1*VSCHAR (%x20-7E).
bool isValidCode(const QString &code)
{
    if (code.isEmpty())
        return false;
    for (const QChar c : code) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

QString readableDescription(const QString &description)
{
    QString text;
    for (const QChar c : description)
        text.append(c.isPrint() ? c : QLatin1Char(' '));
    text = text.simplified();
    if (text.size() > kMaxDescriptionLength)
        text = text.left(kMaxDescriptionLength - 1) + QChar(0x2026);
    return text;
}

Error stateMismatch(const QString &detail)
{
    return Error{ErrorKind::StateMismatch,
                 RedirectParser::tr("The answer from SoundCloud did not match this connection attempt. "
                                    "Nothing was stored; please try again."),
                 detail};
}

Error unusableAnswer(const QString &detail)
{
    return Error{ErrorKind::Protocol,
                 RedirectParser::tr("SoundCloud sent an answer Waveshelf could not use. "
                                    "Nothing was stored; please try again."),
                 detail};
}

Error fromOAuthError(const QString &errorCode, const QHash<QString, QStringList> &params)
{
    if (errorCode == QLatin1String("access_denied")) {
        QString description;
        singleValue(params, QStringLiteral("error_description"), &description);
        description = readableDescription(description);
        const QString message = description.isEmpty()
            ? RedirectParser::tr("You declined the connection on SoundCloud.")
            : RedirectParser::tr("You declined the connection on SoundCloud (SoundCloud said: %1).").arg(description);
        return Error{ErrorKind::AccessDenied, message, QStringLiteral("error=access_denied")};
    }
    return Error{ErrorKind::Protocol,
                 RedirectParser::tr("SoundCloud refused the connection request. Please try again later."),
                 QStringLiteral("error=") + oauth::errorCodeForDetail(errorCode)};
}

}  // namespace

bool RedirectParser::matches(const QUrl &candidate, const QUrl &redirectUri)
{
    if (!candidate.isValid() || !redirectUri.isValid() || candidate.isRelative() || redirectUri.isRelative())
        return false;
    const QString scheme = candidate.scheme().toLower();
    return scheme == redirectUri.scheme().toLower()
        && candidate.userInfo(QUrl::FullyEncoded) == redirectUri.userInfo(QUrl::FullyEncoded)
        && candidate.host(QUrl::FullyEncoded).compare(redirectUri.host(QUrl::FullyEncoded), Qt::CaseInsensitive) == 0
        && candidate.port(defaultPort(scheme)) == redirectUri.port(defaultPort(scheme))
        && normalizedPath(candidate) == normalizedPath(redirectUri);
}

Result<QString> RedirectParser::parse(const QUrl &url, const QByteArray &expectedState)
{
    if (!url.isValid())
        return unusableAnswer(QStringLiteral("invalid redirect URL"));

    // Only the query counts. A code in the fragment (implicit-flow style) is
    // never read: it is not how the authorization code flow answers.
    const QHash<QString, QStringList> params = parseQuery(url.query(QUrl::FullyEncoded));

    // State first: until it matches, nothing in this URL is ours to act on.
    QString state;
    switch (singleValue(params, QStringLiteral("state"), &state)) {
    case Single::Absent:
        return stateMismatch(QStringLiteral("state missing"));
    case Single::Conflicting:
        return stateMismatch(QStringLiteral("conflicting state values"));
    case Single::One:
        break;
    }
    if (expectedState.isEmpty() || !constantTimeEquals(state.toUtf8(), expectedState))
        return stateMismatch(QStringLiteral("state differs"));

    QString errorCode;
    switch (singleValue(params, QStringLiteral("error"), &errorCode)) {
    case Single::Conflicting:
        return unusableAnswer(QStringLiteral("conflicting error values"));
    case Single::One:
        qCInfo(lcAuth) << "Authorization answered with error" << oauth::errorCodeForDetail(errorCode);
        return fromOAuthError(errorCode, params);
    case Single::Absent:
        break;
    }

    QString code;
    switch (singleValue(params, QStringLiteral("code"), &code)) {
    case Single::Absent: {
        const bool inFragment = parseQuery(url.fragment(QUrl::FullyEncoded)).contains(QStringLiteral("code"));
        return unusableAnswer(inFragment ? QStringLiteral("code only in the fragment, not accepted")
                                         : QStringLiteral("code missing"));
    }
    case Single::Conflicting:
        return unusableAnswer(QStringLiteral("conflicting code values"));
    case Single::One:
        break;
    }
    if (!isValidCode(code))
        return unusableAnswer(QStringLiteral("code empty or not printable ASCII"));
    return code;
}

}  // namespace waveshelf
