#include "library/PlaylistEditor.h"

#include "common/LogCategories.h"

#include <QSet>

#include <algorithm>

namespace waveshelf {

PlaylistEditor::PlaylistEditor(PlaylistClient &client, QString accountUrn)
    : m_client(client)
    , m_accountUrn(std::move(accountUrn))
{
}

QStringList PlaylistEditor::moved(const QStringList &tracks, QList<int> rows, int target)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](int row) { return row < 0 || row >= tracks.size(); }),
               rows.end());
    target = std::clamp(target, 0, int(tracks.size()));
    QStringList taken;
    QStringList rest;
    int insertAt = target;
    for (int row = 0; row < tracks.size(); ++row) {
        if (std::binary_search(rows.cbegin(), rows.cend(), row)) {
            taken.append(tracks.at(row));
            if (row < target)
                --insertAt;  // one fewer entry before the target
        } else {
            rest.append(tracks.at(row));
        }
    }
    for (int i = 0; i < taken.size(); ++i)
        rest.insert(insertAt + i, taken.at(i));
    return rest;
}

QString PlaylistEditor::addedText(const PlaylistChange &change)
{
    QString text = tr("Added %n track(s) to “%1”.", nullptr, change.added).arg(change.playlist.title);
    if (change.alreadyIn > 0)
        text += u' ' + tr("%n was in it already.", nullptr, change.alreadyIn);
    return text;
}

Result<void> PlaylistEditor::checkTitle(const QString &title)
{
    if (title.trimmed().isEmpty())
        return Error{ErrorKind::InvalidInput, tr("A playlist needs a title."), QStringLiteral("empty title")};
    return {};
}

Result<void> PlaylistEditor::checkLength(qsizetype count)
{
    if (count > kMaxTracks) {
        return Error{
            ErrorKind::InvalidInput,
            tr("A SoundCloud playlist holds at most %n tracks; this change would make it longer.", nullptr, kMaxTracks),
            QStringLiteral("%1 tracks").arg(count)};
    }
    return {};
}

void PlaylistEditor::readForWrite(const QString &playlistUrn, QObject *context, Callback<PlaylistContents> done)
{
    m_client.read(playlistUrn, context, [this, done = std::move(done)](Result<PlaylistContents> fresh) {
        if (!fresh.ok()) {
            done(fresh.error());
            return;
        }
        const PlaylistContents &contents = fresh.value();
        if (contents.playlist.ownerUrn != m_accountUrn) {
            done(Error{ErrorKind::AccessDenied,
                       tr("“%1” belongs to %2; only they can change it.")
                           .arg(contents.playlist.title, contents.playlist.owner),
                       QStringLiteral("not the account's playlist")});
            return;
        }
        if (contents.trackUrns.size() != contents.playlist.trackCount) {
            done(Error{ErrorKind::AccessDenied,
                       tr("SoundCloud shows Waveshelf %1 of the %2 tracks in “%3” (the others may be private or "
                          "removed), so Waveshelf leaves it as it is: a change would drop the tracks it cannot see.")
                           .arg(contents.trackUrns.size())
                           .arg(contents.playlist.trackCount)
                           .arg(contents.playlist.title),
                       QStringLiteral("%1 of %2 tracks readable")
                           .arg(contents.trackUrns.size())
                           .arg(contents.playlist.trackCount)});
            return;
        }
        done(std::move(fresh));
    });
}

void PlaylistEditor::write(const PlaylistContents &fresh, const QStringList &intended, QObject *context,
                           Callback<PlaylistChange> done)
{
    if (const Result<void> length = checkLength(intended.size()); !length.ok()) {
        done(length.error());
        return;
    }
    PlaylistChange change;
    change.before = fresh.trackUrns;
    change.after = intended;
    m_client.writeTracks(fresh.playlist.urn, intended, context,
                         [change = std::move(change), done = std::move(done)](Result<Playlist> written) mutable {
                             if (!written.ok()) {
                                 done(written.error());
                                 return;
                             }
                             change.playlist = std::move(written.value());
                             qCInfo(lcApi) << "playlist written:" << change.before.size() << "->" << change.after.size()
                                           << "tracks";
                             done(std::move(change));
                         });
}

void PlaylistEditor::add(const QString &playlistUrn, const QStringList &trackUrns, QObject *context,
                         Callback<PlaylistChange> done)
{
    for (const QString &urn : trackUrns) {
        if (!PlaylistClient::isTrackUrn(urn)) {
            done(Error{ErrorKind::InvalidInput, tr("This is not a SoundCloud track."), QStringLiteral("not a track")});
            return;
        }
    }
    readForWrite(playlistUrn, context,
                 [this, trackUrns, context, done = std::move(done)](Result<PlaylistContents> fresh) mutable {
                     if (!fresh.ok()) {
                         done(fresh.error());
                         return;
                     }
                     QSet<QString> present(fresh.value().trackUrns.cbegin(), fresh.value().trackUrns.cend());
                     QStringList intended = fresh.value().trackUrns;
                     int alreadyIn = 0;
                     for (const QString &urn : trackUrns) {
                         if (present.contains(urn)) {
                             ++alreadyIn;
                             continue;
                         }
                         present.insert(urn);
                         intended.append(urn);
                     }
                     const int added = int(intended.size() - fresh.value().trackUrns.size());
                     if (added == 0) {
                         PlaylistChange unchanged{fresh.value().playlist, fresh.value().trackUrns,
                                                  fresh.value().trackUrns, 0, alreadyIn};
                         done(std::move(unchanged));
                         return;
                     }
                     write(fresh.value(), intended, context,
                           [added, alreadyIn, done = std::move(done)](Result<PlaylistChange> change) mutable {
                               if (change.ok()) {
                                   change.value().added = added;
                                   change.value().alreadyIn = alreadyIn;
                               }
                               done(std::move(change));
                           });
                 });
}

void PlaylistEditor::replace(const QString &playlistUrn, const QStringList &shown, const QStringList &intended,
                             QObject *context, Callback<PlaylistChange> done)
{
    readForWrite(playlistUrn, context,
                 [this, shown, intended, context, done = std::move(done)](Result<PlaylistContents> fresh) mutable {
                     if (!fresh.ok()) {
                         done(fresh.error());
                         return;
                     }
                     if (fresh.value().trackUrns != shown) {
                         qCInfo(lcApi) << "playlist changed since shown:" << shown.size() << "tracks shown,"
                                       << fresh.value().trackUrns.size() << "now";
                         done(Error{ErrorKind::Conflict,
                                    tr("“%1” changed on SoundCloud since Waveshelf showed it, so nothing was "
                                       "changed. Reload it and try again.")
                                        .arg(fresh.value().playlist.title),
                                    QStringLiteral("changed since shown")});
                         return;
                     }
                     write(fresh.value(), intended, context, std::move(done));
                 });
}

void PlaylistEditor::create(const QString &title, const QStringList &trackUrns, QObject *context,
                            Callback<Playlist> done)
{
    if (const Result<void> valid = checkTitle(title); !valid.ok()) {
        done(valid.error());
        return;
    }
    if (const Result<void> length = checkLength(trackUrns.size()); !length.ok()) {
        done(length.error());
        return;
    }
    m_client.create(title.trimmed(), trackUrns, context, std::move(done));
}

void PlaylistEditor::rename(const QString &playlistUrn, const QString &title, QObject *context, Callback<Playlist> done)
{
    if (const Result<void> valid = checkTitle(title); !valid.ok()) {
        done(valid.error());
        return;
    }
    readForWrite(playlistUrn, context,
                 [this, playlistUrn, title = title.trimmed(), context,
                  done = std::move(done)](Result<PlaylistContents> fresh) mutable {
                     if (!fresh.ok()) {
                         done(fresh.error());
                         return;
                     }
                     m_client.rename(playlistUrn, title, context, std::move(done));
                 });
}

void PlaylistEditor::remove(const QString &playlistUrn, QObject *context, Callback<PlaylistContents> done)
{
    readForWrite(playlistUrn, context,
                 [this, playlistUrn, context, done = std::move(done)](Result<PlaylistContents> fresh) mutable {
                     if (!fresh.ok()) {
                         done(fresh.error());
                         return;
                     }
                     m_client.remove(
                         playlistUrn, context,
                         [contents = std::move(fresh.value()), done = std::move(done)](Result<void> removed) mutable {
                             if (!removed.ok()) {
                                 done(removed.error());
                                 return;
                             }
                             done(std::move(contents));
                         });
                 });
}

}  // namespace waveshelf
