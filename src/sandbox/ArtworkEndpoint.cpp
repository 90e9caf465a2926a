#include "ArtworkEndpoint.h"

#include "PlaceholderImage.h"
#include "SandboxLog.h"
#include "SandboxRequest.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace waveshelf::sandbox {

namespace {

bool isImageName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^((artworks|avatars)-\d+-(large|small|crop|original|t\d{2,3}x\d{2,3})|waveform-\d+)\.png$)"));
    return pattern.match(name).hasMatch();
}

}  // namespace

SandboxReply ArtworkEndpoint::handle(const SandboxRequest &request)
{
    ++m_total;
    ++m_requests[request.path];
    if (!request.authorization.isEmpty()) {
        ++m_refused;
        qCWarning(lcSandbox) << "artwork request with an Authorization header refused:" << request.path;
        return SandboxReply::text(QByteArrayLiteral("A CDN must not receive an Authorization header\n"), 400);
    }
    const QString name = request.path.section(u'/', -1);
    if (!request.path.startsWith(QStringLiteral("/images/")) || !isImageName(name))
        return SandboxReply::text(QByteArrayLiteral("Not found\n"), 404);

    const QByteArray etag = etagFor(name);
    SandboxReply reply;
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400"));
    reply.addHeader(QByteArrayLiteral("ETag"), etag);
    if (request.ifNoneMatch == etag) {
        ++m_notModified;
        reply.status = 304;
        return reply;
    }
    reply.contentType = QByteArrayLiteral("image/png");
    reply.body = PlaceholderImage::png(name);
    return reply;
}

int ArtworkEndpoint::requestCount(const QString &path) const
{
    return path.isEmpty() ? m_total : m_requests.value(path);
}

void ArtworkEndpoint::resetCounters()
{
    m_requests.clear();
    m_total = 0;
    m_refused = 0;
    m_notModified = 0;
}

QByteArray ArtworkEndpoint::etagFor(const QString &name)
{
    return '"' + QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(16) + '"';
}

}  // namespace waveshelf::sandbox
