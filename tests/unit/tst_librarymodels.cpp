// The list models with the offline cache (no sandbox: SoundCloud is a closed
// port): cached rows at once, rows kept when the network fails, optimistic
// like/unlike, requests dropped on clear, playlists' and people's columns.

#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "TestSuite.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/PlaylistListModel.h"
#include "models/TrackListModel.h"
#include "models/UserListModel.h"
#include "session/UserContext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

namespace {

const LibraryList kLikes = LibraryList::of(LibraryList::Kind::Likes);

template <typename Item>
bool store(LibraryCache &cache, const LibraryList &list, const QList<Item> &items)
{
    test::ResultSpy<void> spy;
    cache.write(list, items, QUrl(QStringLiteral("https://api.example.org/next")), 0, spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok();
}

}  // namespace

class TestLibraryModels final : public QObject {
    Q_OBJECT

private slots:
    void cachedRowsFirstAndKeptWhenTheNetworkFails();
    void likeShownAtOnceAndUndone();
    void clearDropsTheCacheReadInFlight();
    void playlistAndPeopleColumns();
    void trackColumnsAndAccess();
};

void TestLibraryModels::cachedRowsFirstAndKeptWhenTheNetworkFails()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    QVERIFY(store(library.cache(), kLikes, LibraryTestUsers::tracks(1'200)));
    TrackListModel *model = library.createTrackModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(model, &LibraryListModel::cacheShown);
    QSignalSpy failed(model, &LibraryListModel::loadFailed);
    QSignalSpy counts(model, &LibraryListModel::countChanged);
    model->load(kLikes);
    QVERIFY(model->isLoading());
    QVERIFY(shown.wait(10'000));
    QCOMPARE(shown.constFirst().at(0).toInt(), 1'200);
    QCOMPARE(model->rowCount(), 1'200);
    QVERIFY(model->isRefreshing());
    QCOMPARE(counts.constLast().at(0).toInt(), 1'200);
    QVERIFY(counts.constLast().at(1).toBool());  // more coming: the refresh
    QCOMPARE(model->trackAt(0), LibraryTestUsers::tracks(1).constFirst());
    QVERIFY(!failed.isEmpty() || failed.wait(20'000));  // no connection stored: refused at once
    QCOMPARE(model->rowCount(), 1'200);                 // kept
    QVERIFY(model->hasFailed());
    QVERIFY(!model->canFetchMore({}));
    QVERIFY(model->cachedAt().isValid());
    delete model;
}

void TestLibraryModels::likeShownAtOnceAndUndone()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    QList<Track> tracks = LibraryTestUsers::tracks(30);
    tracks[4].liked = false;
    QVERIFY(store(library.cache(), kLikes, tracks));
    TrackListModel *model = library.createTrackModel(this);
    QSignalSpy shown(model, &LibraryListModel::cacheShown);
    model->load(kLikes);
    QVERIFY(shown.wait(10'000));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QString urn = tracks.at(4).urn;
    QVERIFY(model->setLiked(urn, true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 4);
    QVERIFY(model->index(4, 0).data(TrackListModel::LikedRole).toBool());
    QCOMPARE(model->trackAt(4).likesCount, tracks.at(4).likesCount + 1);
    QVERIFY(!model->setLiked(urn, true));  // already so
    QVERIFY(model->setLiked(urn, false));  // SoundCloud refused: undone
    QCOMPARE(model->trackAt(4), tracks.at(4));
    QVERIFY(!model->setLiked(QStringLiteral("soundcloud:tracks:nope"), true));
    // Rows can be dragged where a view allows it (an own playlist's order): without
    // the flag no drag ever started.
    QVERIFY(model->flags(model->index(4, 0)) & Qt::ItemIsDragEnabled);
    delete model;
}

void TestLibraryModels::clearDropsTheCacheReadInFlight()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    const LibraryList uploads = LibraryList::of(LibraryList::Kind::Uploads);
    QVERIFY(store(library.cache(), kLikes, LibraryTestUsers::tracks(2'000)));
    QVERIFY(store(library.cache(), uploads, LibraryTestUsers::tracks(3, QStringLiteral("up"))));
    TrackListModel *first = library.createTrackModel(this);
    TrackListModel *second = library.createTrackModel(this);
    QSignalSpy firstInserted(first, &QAbstractItemModel::rowsInserted);
    QSignalSpy secondShown(second, &LibraryListModel::cacheShown);
    first->load(kLikes);
    first->clear();
    QVERIFY(!first->isLoading());
    second->load(uploads);  // the worker answers in order: the first read is done before this one
    QVERIFY(secondShown.wait(10'000));
    QCOMPARE(second->rowCount(), 3);
    QCOMPARE(firstInserted.count(), 0);
    QCOMPARE(first->rowCount(), 0);
    delete first;
    delete second;
}

void TestLibraryModels::playlistAndPeopleColumns()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    const LibraryList playlists = LibraryList::of(LibraryList::Kind::Playlists);
    const LibraryList followings = LibraryList::of(LibraryList::Kind::Followings);
    QVERIFY(store(library.cache(), playlists, LibraryTestUsers::playlists(5)));
    QVERIFY(store(library.cache(), followings, LibraryTestUsers::people(5)));
    auto *playlistModel = qobject_cast<PlaylistListModel *>(library.createModel(playlists, this));
    auto *peopleModel = qobject_cast<UserListModel *>(library.createModel(followings, this));
    QVERIFY(playlistModel && peopleModel);
    QAbstractItemModelTester playlistTester(playlistModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester peopleTester(peopleModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(playlistModel->rowCount(), 5);
    QTRY_COMPARE(peopleModel->rowCount(), 5);
    const Playlist &p = playlistModel->playlistAt(2);
    QCOMPARE(playlistModel->index(2, PlaylistListModel::TitleColumn).data().toString(), p.title);
    QCOMPARE(playlistModel->index(2, PlaylistListModel::OwnerColumn).data().toString(), p.owner);
    QCOMPARE(playlistModel->index(2, PlaylistListModel::TracksColumn).data(LibraryListModel::SortRole).toInt(), 3);
    QCOMPARE(playlistModel->index(2, PlaylistListModel::DurationColumn).data().toString(), QStringLiteral("9:00"));
    QCOMPARE(playlistModel->index(2, 0).data(LibraryListModel::ArtistUrnRole).toString(), p.ownerUrn);
    QCOMPARE(playlistModel->headerData(PlaylistListModel::TracksColumn, Qt::Horizontal).toString(),
             QStringLiteral("Tracks"));
    QCOMPARE(peopleModel->index(3, UserListModel::NameColumn).data().toString(), QStringLiteral("person3"));
    QCOMPARE(peopleModel->index(3, UserListModel::FollowersColumn).data(LibraryListModel::SortRole).toInt(), 30);
    QCOMPARE(peopleModel->index(3, 0).data(LibraryListModel::UrnRole).toString(), peopleModel->userAt(3).urn);
    QCOMPARE(peopleModel->headerData(UserListModel::FollowersColumn, Qt::Horizontal).toString(),
             QStringLiteral("Followers"));
    delete playlistModel;
    delete peopleModel;
}

void TestLibraryModels::trackColumnsAndAccess()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    const QList<Track> tracks = LibraryTestUsers::tracks(10);
    QVERIFY(store(library.cache(), kLikes, tracks));
    TrackListModel *model = library.createTrackModel(this);
    model->load(kLikes);
    QTRY_COMPARE(model->rowCount(), 10);
    const QModelIndex blocked = model->index(7, TrackListModel::TitleColumn);  // i % 50 == 7
    const QModelIndex preview = model->index(3, TrackListModel::TitleColumn);  // i % 20 == 3
    QVERIFY(blocked.flags() & Qt::ItemIsEnabled);                              // shown, never hidden
    QCOMPARE(blocked.data(TrackListModel::AccessRole).toString(), QStringLiteral("blocked"));
    QVERIFY(blocked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("country")));
    QVERIFY(!blocked.data(TrackListModel::PlayableRole).toBool());
    QCOMPARE(preview.data(TrackListModel::AccessLabelRole).toString(), QStringLiteral("preview"));
    QVERIFY(model->index(0, 0).data(TrackListModel::AccessLabelRole).toString().isEmpty());
    QCOMPARE(model->index(5, TrackListModel::AddedColumn).data(TrackListModel::SortRole).toDateTime(),
             tracks.at(5).addedAt);
    QCOMPARE(model->index(5, TrackListModel::PlaysColumn).data(TrackListModel::SortRole).toLongLong(),
             tracks.at(5).playbackCount);
    QCOMPARE(model->index(5, TrackListModel::LikesColumn).data(TrackListModel::SortRole).toLongLong(),
             tracks.at(5).likesCount);
    QCOMPARE(model->index(5, 0).data(TrackListModel::ArtworkUrlRole).toUrl(), tracks.at(5).artworkUrl);
    Track uploaded = tracks.at(5);
    uploaded.addedAt = QDateTime();
    QCOMPARE(TrackListModel::addedOrCreated(uploaded), uploaded.createdAt);
    delete model;
}

WAVESHELF_TEST_GUILESS_MAIN(TestLibraryModels)
#include "tst_librarymodels.moc"
