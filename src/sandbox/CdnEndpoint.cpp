#include "CdnEndpoint.h"

#include "SandboxLog.h"
#include "SandboxRequest.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>

namespace waveshelf::sandbox {

namespace {

const QString kHls160 = QStringLiteral("hls_aac_160");
const QString kHls96 = QStringLiteral("hls_aac_96");
const QString kPreview = QStringLiteral("preview_mp3_128");

QString folderOf(qint64 trackId, const QString &variant)
{
    return QStringLiteral("/cdn/%1/%2/").arg(trackId).arg(variant);
}

SandboxReply refusal(int status, const QByteArray &message)
{
    return SandboxReply::text(message, status);
}

}  // namespace

CdnEndpoint::CdnEndpoint()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    m_secret = QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words));
}

bool CdnEndpoint::isKnownVariant(const QString &variant)
{
    return variant == kHls160 || variant == kHls96 || variant == kPreview;
}

void CdnEndpoint::resetCounters()
{
    m_authorizationRefusals = 0;
    m_expiredRefusals = 0;
}

QByteArray CdnEndpoint::signature(const QString &folder, qint64 expires, int generation) const
{
    const QByteArray message = folder.toUtf8() + '|' + QByteArray::number(expires) + '|'
        + QByteArray::number(generation);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex();
}

QUrl CdnEndpoint::signedUrl(const QUrl &baseUrl, qint64 trackId, const QString &variant) const
{
    const QString folder = folderOf(trackId, variant);
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + m_lifetimeSeconds;
    QUrl url = baseUrl;
    url.setPath(folder + (variant == kPreview ? QStringLiteral("preview.mp3") : QStringLiteral("playlist.m3u8")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("exp"), QString::number(expires));
    query.addQueryItem(QStringLiteral("gen"), QString::number(m_generation));
    query.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(signature(folder, expires, m_generation)));
    url.setQuery(query);
    return url;
}

SandboxReply CdnEndpoint::handle(const SandboxRequest &request)
{
    if (!request.authorization.isEmpty()) {
        ++m_authorizationRefusals;
        qCWarning(lcSandbox) << "CDN refused a request carrying an Authorization header:" << request.path;
        return refusal(400,
                       QByteArrayLiteral("Only one auth mechanism allowed; an Authorization header is not "
                                         "accepted here."));
    }
    // /cdn/<id>/<variant>/<file>
    const QStringList parts = request.path.split(u'/');
    if (parts.size() != 5 || !isKnownVariant(parts.at(3)))
        return refusal(404, QByteArrayLiteral("Not Found"));
    const QString folder = request.path.left(request.path.size() - parts.at(4).size());
    bool expiresOk = false;
    bool generationOk = false;
    const qint64 expires = request.query.value(QStringLiteral("exp")).toLongLong(&expiresOk);
    const int generation = request.query.value(QStringLiteral("gen")).toInt(&generationOk);
    const QByteArray sig = request.query.value(QStringLiteral("sig")).toLatin1();
    if (!expiresOk || !generationOk || sig != signature(folder, expires, generation))
        return refusal(403, QByteArrayLiteral("Access Denied: missing or invalid signature"));
    if (expires < QDateTime::currentSecsSinceEpoch() || generation != m_generation) {
        ++m_expiredRefusals;
        qCInfo(lcSandbox) << "CDN URL expired:" << request.path;
        return refusal(403, QByteArrayLiteral("Access Denied: Request has expired"));
    }
    return serve(parts.at(4), request);
}

SandboxReply CdnEndpoint::serve(const QString &file, const SandboxRequest &request) const
{
    const QString variant = request.path.section(u'/', 3, 3);
    SandboxReply reply;
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=60"));
    if (variant == kPreview && file == QLatin1String("preview.mp3")) {
        reply.contentType = QByteArrayLiteral("audio/mpeg");
        reply.body = m_audio.previewMp3();
        return reply;
    }
    if (variant != kPreview && file == QLatin1String("playlist.m3u8")) {
        QUrlQuery token;
        for (const QString &key : {QStringLiteral("exp"), QStringLiteral("gen"), QStringLiteral("sig")})
            token.addQueryItem(key, request.query.value(key));
        reply.contentType = QByteArrayLiteral("application/vnd.apple.mpegurl");
        reply.body = m_audio.playlist(kCycles, token.query(QUrl::FullyEncoded).toLatin1());
        return reply;
    }
    if (variant != kPreview && file.startsWith(QLatin1String("seg")) && file.endsWith(QLatin1String(".ts"))) {
        bool ok = false;
        const int sequence = file.mid(3, file.size() - 6).toInt(&ok);
        reply.body = ok ? m_audio.segment(sequence, kCycles) : QByteArray();
        if (!reply.body.isEmpty()) {
            reply.contentType = QByteArrayLiteral("video/mp2t");
            return reply;
        }
    }
    return refusal(404, QByteArrayLiteral("Not Found"));
}

}  // namespace waveshelf::sandbox
