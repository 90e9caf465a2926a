#include "SandboxOAuthForm.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace sandboxtest {

QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &param : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(param.first) + '=' + QUrl::toPercentEncoding(param.second);
    }
    return out;
}

Params withParam(Params params, const QString &key, const QString &value)
{
    params.removeIf([&key](const auto &param) { return param.first == key; });
    params.append({key, value});
    return params;
}

Params withoutParam(Params params, const QString &key)
{
    params.removeIf([&key](const auto &param) { return param.first == key; });
    return params;
}

QString randomVerifier()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString htmlUnescape(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// What a browser would post back: the page's hidden fields.
Params hiddenFields(const QByteArray &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    Params fields;
    auto it = hidden.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        fields.append({htmlUnescape(match.captured(1)), htmlUnescape(match.captured(2))});
    }
    return fields;
}

}  // namespace sandboxtest
