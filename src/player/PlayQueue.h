#pragma once

#include "soundcloud/Track.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace waveshelf {

// What plays and what comes next, as a list model a queue view can show. Playing
// from a list puts the whole list here with the current track at the chosen row
// (the rest follows it); "Play next" inserts after the current track, "Add to queue"
// appends; rows can be moved and removed. Shuffle reorders the tracks after the
// current one (the view shows the order they will play in) and turning it off puts
// them back in their earlier order. Repeat: off, the whole queue, or one track.
class PlayQueue final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayQueue)

public:
    enum class Repeat {
        Off,
        All,
        One
    };
    Q_ENUM(Repeat)

    // Why the queue moves on: a track that ended honours repeat-one, the Next
    // button always moves to another track.
    enum class Advance {
        TrackEnded,
        User
    };

    enum Role {
        UrnRole = Qt::UserRole + 1,
        TitleRole,
        ArtistRole,
        DurationMsRole,  // qint64
        AccessRole,      // "playable", "preview", "blocked"
        ArtworkUrlRole,  // QUrl, SoundCloud's "-large" artwork
        IsCurrentRole,   // bool
    };

    explicit PlayQueue(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Rows can be dragged to another place in the same view (QListView's InternalMove
    // moves them with moveRows; nothing is dropped in from elsewhere).
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Replaces the queue with `tracks`, current at `index` (clamped).
    void playFrom(const QList<Track> &tracks, int index);
    // Inserts right after the current track (at the top when nothing is current);
    // returns the row it went to.
    int playNext(const Track &track);
    void add(const QList<Track> &tracks);
    bool move(int from, int to);
    // Removing the current row keeps it playing; Next goes to what followed it.
    bool remove(int row);
    void clear();
    // "Clear" in the queue view: every row but the current track goes (it plays on);
    // with no current track, the queue is emptied.
    void clearAllButCurrent();
    bool setCurrentIndex(int row);

    [[nodiscard]] int currentIndex() const { return m_currentDetached ? -1 : m_current; }
    [[nodiscard]] std::optional<Track> current() const;
    [[nodiscard]] Track at(int row) const { return m_entries.value(row).track; }
    [[nodiscard]] int count() const { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QList<Track> tracks() const;

    // The row that plays after the current one for `reason`, or -1 at the end of the queue.
    [[nodiscard]] int nextIndex(Advance reason) const;
    // The row before the current one (wraps with repeat-all), or -1.
    [[nodiscard]] int previousIndex() const;

    void setShuffle(bool on);
    [[nodiscard]] bool shuffle() const { return m_shuffle; }
    void setRepeat(Repeat repeat);
    [[nodiscard]] Repeat repeat() const { return m_repeat; }

signals:
    // The current row changed (-1: none); the track itself is current().
    void currentChanged(int row);
    void shuffleChanged(bool on);
    void repeatChanged(waveshelf::PlayQueue::Repeat repeat);

private:
    struct Entry {
        Track track;
        qint64 order = 0;  // the place this entry had before shuffling
    };

    void setCurrent(int row, bool detached = false);
    void renumber();
    void emitCurrentRow(int row);

    QList<Entry> m_entries;
    int m_current = -1;
    bool m_currentDetached = false;  // the current track was removed from the list
    bool m_shuffle = false;
    Repeat m_repeat = Repeat::Off;
    qint64 m_nextOrder = 0;
};

}  // namespace waveshelf
