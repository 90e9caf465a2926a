#include "StreamUrls.h"

#include "network/RemoteUrl.h"
#include "soundcloud/Track.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace waveshelf {

namespace {

QUrl httpUrl(const QJsonObject &object, const QString &key)
{
    return RemoteUrl::acceptable(QUrl(object.value(key).toString(), QUrl::StrictMode));
}

}  // namespace

Result<StreamUrls> StreamUrls::parse(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorKind::Protocol, tr("SoundCloud's answer about this track's streams could not be read."),
                     QStringLiteral("streams: %1").arg(parseError.errorString())};
    }
    const QJsonObject object = document.object();
    StreamUrls urls;
    urls.hlsAac160 = httpUrl(object, QStringLiteral("hls_aac_160_url"));
    urls.hlsAac96 = httpUrl(object, QStringLiteral("hls_aac_96_url"));
    urls.previewMp3 = httpUrl(object, QStringLiteral("preview_mp3_128_url"));
    return urls;
}

std::optional<StreamChoice> StreamUrls::choose(const Track &track) const
{
    if (track.isBlocked())
        return std::nullopt;
    if (!track.isPreview()) {
        if (!hlsAac160.isEmpty())
            return StreamChoice{hlsAac160, StreamKind::HlsAac160};
        if (!hlsAac96.isEmpty())
            return StreamChoice{hlsAac96, StreamKind::HlsAac96};
    }
    if (!previewMp3.isEmpty())
        return StreamChoice{previewMp3, StreamKind::PreviewMp3};
    return std::nullopt;
}

}  // namespace waveshelf
