#include "TrackListPane.h"

#include "PlaylistTrackActions.h"
#include "TrackTableView.h"
#include "library/Library.h"
#include "models/TrackFilterProxy.h"
#include "models/TrackListModel.h"

#include <QMenu>
#include <QVBoxLayout>

namespace waveshelf {

TrackListPane::TrackListPane(Library &library, ArtworkLoader *artwork, const LibraryList &list, QWidget *parent)
    : ListPane(list, library.createTrackModel(nullptr), parent)
    , m_tracks(static_cast<TrackListModel *>(model()))
    , m_table(new TrackTableView(artwork, TrackListModel::TitleColumn, TrackListModel::LikedColumn, this))
    , m_playlistActions(new PlaylistTrackActions(*m_table, *m_tracks, *proxy(), this))
{
    m_table->setModel(proxy());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    connect(m_table, &TrackTableView::trackActivated, this, [this](int row) {
        if (row >= 0 && row < proxy()->rowCount())
            emit playRequested(tracksShown(), row);
    });
    connect(m_table, &TrackTableView::playNextRequested, this,
            [this](int row) { emit playNextRequested(trackAtViewRow(row)); });
    connect(m_table, &TrackTableView::addToQueueRequested, this,
            [this](int row) { emit addToQueueRequested({trackAtViewRow(row)}); });
    connect(m_table, &TrackTableView::likeRequested, this,
            [this](int, const QString &urn, bool like) { emit likeRequested(m_tracks, urn, like); });
    connect(m_table, &TrackTableView::playlistMenuRequested, this, [this](QMenu *menu, const QList<int> &rows) {
        QList<Track> tracks;
        for (const int row : rows)
            tracks.append(trackAtViewRow(row));
        emit playlistMenuRequested(menu, tracks);
    });
    connect(m_table, &TrackTableView::menuBuilt, this, [this](QMenu *menu, const QList<int> &rows) {
        QList<Track> tracks;
        for (const int row : rows)
            tracks.append(trackAtViewRow(row));
        emit trackMenuBuilt(menu, tracks);
    });
    connect(m_playlistActions, &PlaylistTrackActions::changeRequested, this,
            [this](const QStringList &shown, const QStringList &intended) {
                emit playlistTracksChangeRequested(this->list().argument, shown, intended);
            });
    connect(m_table, &TrackTableView::relatedRequested, this,
            [this](int row) { emit relatedRequested(trackAtViewRow(row)); });
    connect(m_table, &TrackTableView::goToArtistRequested, this, [this](int row, const QString &artistUrn) {
        emit personRequested(artistUrn, trackAtViewRow(row).artist, QUrl());
    });
}

QAbstractItemView *TrackListPane::view() const
{
    return m_table;
}

QList<Track> TrackListPane::tracksShown() const
{
    QList<Track> tracks;
    const int rows = proxy()->rowCount();
    tracks.reserve(rows);
    for (int row = 0; row < rows; ++row)
        tracks.append(trackAtViewRow(row));
    return tracks;
}

Track TrackListPane::trackAtViewRow(int row) const
{
    const QModelIndex source = proxy()->mapToSource(proxy()->index(row, 0));
    return source.isValid() ? m_tracks->trackAt(source.row()) : Track();
}

void TrackListPane::keepColumnsIn(ViewStateRepository *store)
{
    m_table->keepStateIn(store, viewKey(list()));
}

void TrackListPane::setPlaylistEditing(bool own)
{
    m_playlistActions->setEnabled(own);
}

void TrackListPane::setNowPlaying(const QString &urn)
{
    m_table->setNowPlaying(urn);
}

}  // namespace waveshelf
