#pragma once

#include "common/Result.h"
#include "soundcloud/Playlist.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QObject;

namespace waveshelf {

class ApiClient;

// A playlist as SoundCloud has it now: its fields, and every track in order.
struct PlaylistContents {
    Playlist playlist;      // trackCount: how many tracks SoundCloud says it has
    QStringList trackUrns;  // "soundcloud:tracks:1", ... as SoundCloud lists them
};

// The playlist routes of SoundCloud's API for the connected account, through its
// ApiClient: read a playlist whole (GET /playlists/{urn}, then every page of
// /playlists/{urn}/tracks at every access level), create one (POST /playlists),
// replace its track list or title (PUT /playlists/{urn}), delete it. No rules
// about what may be written: PlaylistEditor keeps those.
class PlaylistClient final {
    Q_DECLARE_TR_FUNCTIONS(PlaylistClient)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit PlaylistClient(ApiClient &api);

    void read(const QString &playlistUrn, QObject *context, Callback<PlaylistContents> done);
    // A private playlist holding `trackUrns` (may be empty).
    void create(const QString &title, const QStringList &trackUrns, QObject *context, Callback<Playlist> done);
    // PUT with the whole list: SoundCloud replaces the playlist's tracks with it.
    void writeTracks(const QString &playlistUrn, const QStringList &trackUrns, QObject *context,
                     Callback<Playlist> done);
    // PUT with the title only: the tracks stay as they are on SoundCloud.
    void rename(const QString &playlistUrn, const QString &title, QObject *context, Callback<Playlist> done);
    void remove(const QString &playlistUrn, QObject *context, Callback<void> done);

    // "soundcloud:playlists:123" / "soundcloud:tracks:123", nothing else.
    [[nodiscard]] static bool isPlaylistUrn(const QString &urn);
    [[nodiscard]] static bool isTrackUrn(const QString &urn);
    // The playlist SoundCloud answered a create or a write with.
    [[nodiscard]] static Result<Playlist> parsePlaylist(const QByteArray &body);
    [[nodiscard]] static QByteArray requestBody(const QString &title, const QStringList *trackUrns);

private:
    void put(const QString &playlistUrn, const QByteArray &body, QObject *context, Callback<Playlist> done);

    ApiClient &m_api;
};

}  // namespace waveshelf
