#pragma once

#include "common/Result.h"
#include "network/PlaylistClient.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QObject;

namespace waveshelf {

// What one write did to a playlist: enough to say so and to undo it.
struct PlaylistChange {
    Playlist playlist;   // as SoundCloud answered the write
    QStringList before;  // the tracks before the write: what Undo writes back
    QStringList after;   // the tracks written
    int added = 0;       // add(): tracks appended
    int alreadyIn = 0;   // add(): tracks left out because the playlist has them
};

// Changes the connected account's playlists without ever losing a track.
// SoundCloud's PUT /playlists/{urn} replaces the whole track list and has no
// condition header, so every write here first reads the playlist fresh and
// whole, and refuses (before sending anything) when
// - it is not the account's own playlist (AccessDenied),
// - SoundCloud lists fewer tracks than the playlist counts, e.g. private tracks
//   of others: writing would drop the unseen ones (AccessDenied),
// - it differs from what the user saw (`shown`): someone changed it on
//   SoundCloud or in another app since (Conflict: reload, then try again),
// - the result would pass SoundCloud's limit of kMaxTracks tracks (InvalidInput);
// then writes the whole intended list. The window left between that read and
// the write is SoundCloud's to close; each change carries `before` for Undo.
class PlaylistEditor final {
    Q_DECLARE_TR_FUNCTIONS(PlaylistEditor)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    static constexpr int kMaxTracks = 500;

    // accountUrn: "soundcloud:users:…", the connected account (its playlists may change).
    PlaylistEditor(PlaylistClient &client, QString accountUrn);

    // Appends those of `trackUrns` the playlist does not hold yet, in their order.
    void add(const QString &playlistUrn, const QStringList &trackUrns, QObject *context, Callback<PlaylistChange> done);
    // Writes `intended` when SoundCloud still has exactly `shown`: removing,
    // reordering, and undoing (shown = a change's after, intended = its before).
    void replace(const QString &playlistUrn, const QStringList &shown, const QStringList &intended, QObject *context,
                 Callback<PlaylistChange> done);
    // A new private playlist (an empty title is refused).
    void create(const QString &title, const QStringList &trackUrns, QObject *context, Callback<Playlist> done);
    void rename(const QString &playlistUrn, const QString &title, QObject *context, Callback<Playlist> done);
    // Deletes it; `done` gets what it held, so Undo can make it again (under a new urn).
    void remove(const QString &playlistUrn, QObject *context, Callback<PlaylistContents> done);
    // `tracks` with the entries at `rows` (any order, each once) taken out and put
    // back, in their order, before what was at `target` (0..size: size = the end).
    // Out-of-range rows are ignored.
    [[nodiscard]] static QStringList moved(const QStringList &tracks, QList<int> rows, int target);

    // What add() did, in words: "Added 2 tracks to “X”. 1 was in it already."
    [[nodiscard]] static QString addedText(const PlaylistChange &change);

    // The client it writes through (to read a playlist as shown).
    [[nodiscard]] PlaylistClient &client() { return m_client; }

private:
    // Reads the playlist fresh and whole; an error when it may not be written.
    void readForWrite(const QString &playlistUrn, QObject *context, Callback<PlaylistContents> done);
    void write(const PlaylistContents &fresh, const QStringList &intended, QObject *context,
               Callback<PlaylistChange> done);
    [[nodiscard]] static Result<void> checkTitle(const QString &title);
    [[nodiscard]] static Result<void> checkLength(qsizetype count);

    PlaylistClient &m_client;
    QString m_accountUrn;
};

}  // namespace waveshelf
