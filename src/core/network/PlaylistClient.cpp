#include "network/PlaylistClient.h"

#include "common/LogCategories.h"
#include "network/ApiClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/ItemJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace waveshelf {

namespace {

bool isUrnOf(const QString &urn, QLatin1String prefix)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    return urn.startsWith(prefix) && digits.match(QStringView(urn).mid(prefix.size())).hasMatch();
}

Error notAPlaylist()
{
    return Error{ErrorKind::InvalidInput, PlaylistClient::tr("This is not a SoundCloud playlist."),
                 QStringLiteral("not a playlist urn")};
}

}  // namespace

PlaylistClient::PlaylistClient(ApiClient &api)
    : m_api(api)
{
}

bool PlaylistClient::isPlaylistUrn(const QString &urn)
{
    return isUrnOf(urn, QLatin1String("soundcloud:playlists:"));
}

bool PlaylistClient::isTrackUrn(const QString &urn)
{
    return isUrnOf(urn, QLatin1String("soundcloud:tracks:"));
}

Result<Playlist> PlaylistClient::parsePlaylist(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorKind::Protocol, tr("SoundCloud sent an answer Waveshelf cannot read."),
                     QStringLiteral("playlist: not a JSON object")};
    }
    Playlist playlist = ItemJson::playlist(document.object());
    if (playlist.urn.isEmpty()) {
        return Error{ErrorKind::Protocol, tr("SoundCloud sent an answer Waveshelf cannot read."),
                     QStringLiteral("playlist without urn")};
    }
    return playlist;
}

QByteArray PlaylistClient::requestBody(const QString &title, const QStringList *trackUrns)
{
    QJsonObject playlist;
    if (!title.isNull())
        playlist.insert(QStringLiteral("title"), title);
    if (trackUrns) {
        QJsonArray tracks;
        for (const QString &urn : *trackUrns)
            tracks.append(QJsonObject{{QStringLiteral("urn"), urn}});
        playlist.insert(QStringLiteral("tracks"), tracks);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("playlist"), playlist}}).toJson(QJsonDocument::Compact);
}

void PlaylistClient::read(const QString &playlistUrn, QObject *context, Callback<PlaylistContents> done)
{
    if (!isPlaylistUrn(playlistUrn)) {
        done(notAPlaylist());
        return;
    }
    QUrl url(QStringLiteral("/playlists/") + playlistUrn);
    url.setQuery(QUrlQuery{{QStringLiteral("show_tracks"), QStringLiteral("false")}});
    m_api.get(url, context, [this, playlistUrn, context, done = std::move(done)](Result<QByteArray> body) mutable {
        if (!body.ok()) {
            done(body.error());
            return;
        }
        Result<Playlist> playlist = parsePlaylist(body.value());
        if (!playlist.ok()) {
            done(playlist.error());
            return;
        }
        // Every page, every access level: a blocked track is still in the playlist.
        auto tracks = std::make_shared<PageCursor<Track>>(m_api, &ApiJson::parseTrackPage, &TrackPage::tracks);
        tracks->restart(m_api.listUrl(QStringLiteral("/playlists/%1/tracks").arg(playlistUrn)));
        tracks->collect(
            0, context,
            [tracks, playlist = std::move(playlist.value()), done = std::move(done)](Result<QList<Track>> all) mutable {
                if (!all.ok()) {
                    done(all.error());
                    return;
                }
                PlaylistContents contents{std::move(playlist), {}};
                contents.trackUrns.reserve(all.value().size());
                for (const Track &track : std::as_const(all.value()))
                    contents.trackUrns.append(track.urn);
                done(std::move(contents));
            });
    });
}

void PlaylistClient::create(const QString &title, const QStringList &trackUrns, QObject *context,
                            Callback<Playlist> done)
{
    QJsonObject body = QJsonDocument::fromJson(requestBody(title, &trackUrns)).object();
    QJsonObject playlist = body.value(QStringLiteral("playlist")).toObject();
    playlist.insert(QStringLiteral("sharing"), QStringLiteral("private"));
    body.insert(QStringLiteral("playlist"), playlist);
    m_api.postJson(QUrl(QStringLiteral("/playlists")), QJsonDocument(body).toJson(QJsonDocument::Compact), context,
                   [done = std::move(done)](Result<QByteArray> answer) {
                       done(answer.ok() ? parsePlaylist(answer.value()) : Result<Playlist>(answer.error()));
                   });
}

void PlaylistClient::writeTracks(const QString &playlistUrn, const QStringList &trackUrns, QObject *context,
                                 Callback<Playlist> done)
{
    put(playlistUrn, requestBody(QString(), &trackUrns), context, std::move(done));
}

void PlaylistClient::rename(const QString &playlistUrn, const QString &title, QObject *context, Callback<Playlist> done)
{
    put(playlistUrn, requestBody(title, nullptr), context, std::move(done));
}

void PlaylistClient::remove(const QString &playlistUrn, QObject *context, Callback<void> done)
{
    if (!isPlaylistUrn(playlistUrn)) {
        done(notAPlaylist());
        return;
    }
    m_api.deleteResource(QUrl(QStringLiteral("/playlists/") + playlistUrn), context,
                         [done = std::move(done)](Result<QByteArray> answer) {
                             if (!answer.ok()) {
                                 qCInfo(lcApi) << "playlist delete refused:" << answer.error().detail;
                                 done(answer.error());
                                 return;
                             }
                             done(Result<void>());
                         });
}

void PlaylistClient::put(const QString &playlistUrn, const QByteArray &body, QObject *context, Callback<Playlist> done)
{
    if (!isPlaylistUrn(playlistUrn)) {
        done(notAPlaylist());
        return;
    }
    m_api.putJson(QUrl(QStringLiteral("/playlists/") + playlistUrn), body, context,
                  [done = std::move(done)](Result<QByteArray> answer) {
                      if (!answer.ok()) {
                          qCInfo(lcApi) << "playlist write refused:" << answer.error().detail;
                          done(answer.error());
                          return;
                      }
                      done(parsePlaylist(answer.value()));
                  });
}

}  // namespace waveshelf
