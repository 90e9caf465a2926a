// The list models show dates, durations and counts the way the user's locale
// writes them (QLocale's default, which Translations sets with the language),
// while their sort roles stay raw numbers and dates.

#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "TestSuite.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/PlaylistListModel.h"
#include "models/TrackListModel.h"
#include "models/UserListModel.h"
#include "session/UserContext.h"

#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

namespace {

template <typename Item>
bool store(LibraryCache &cache, const LibraryList &list, const QList<Item> &items)
{
    test::ResultSpy<void> spy;
    cache.write(list, items, QUrl(), 0, spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok();
}

}  // namespace

class TestModelFormats final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trackRowsInGerman();
    void playlistAndPeopleRowsInGerman();
    void countsInFrenchAndEnglish();
};

void TestModelFormats::init()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestModelFormats::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestModelFormats::trackRowsInGerman()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    QList<Track> tracks = LibraryTestUsers::tracks(2);
    tracks[0].playbackCount = 1'234;
    tracks[0].likesCount = 1'234'567;
    tracks[0].durationMs = 3'723'000;  // 1 h 2 min 3 s
    const LibraryList likes = LibraryList::of(LibraryList::Kind::Likes);
    QVERIFY(store(library.cache(), likes, tracks));
    TrackListModel *model = library.createTrackModel(this);
    model->load(likes);
    QTRY_COMPARE(model->rowCount(), 2);
    const auto cell = [model](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };
    QCOMPARE(cell(TrackListModel::PlaysColumn).toString(), QStringLiteral("1.234"));
    QCOMPARE(cell(TrackListModel::LikesColumn).toString(), QStringLiteral("1.234.567"));
    QCOMPARE(cell(TrackListModel::DurationColumn).toString(), QStringLiteral("1:02:03"));
    QCOMPARE(model->index(1, TrackListModel::DurationColumn).data().toString(), QStringLiteral("1:01"));
    // Liked 2020-09-13 12:26 UTC: the same day in any time zone within ±11 hours.
    QCOMPARE(cell(TrackListModel::AddedColumn).toString(), QStringLiteral("13.09.20"));
    // Sorting compares the raw values, not the text.
    QCOMPARE(cell(TrackListModel::PlaysColumn, LibraryListModel::SortRole), QVariant(qint64(1'234)));
    QCOMPARE(cell(TrackListModel::LikesColumn, LibraryListModel::SortRole), QVariant(qint64(1'234'567)));
    QCOMPARE(cell(TrackListModel::DurationColumn, LibraryListModel::SortRole), QVariant(qint64(3'723'000)));
    QCOMPARE(cell(TrackListModel::AddedColumn, LibraryListModel::SortRole).toDateTime(), tracks.at(0).addedAt);
    delete model;
}

void TestModelFormats::playlistAndPeopleRowsInGerman()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("erin")).library();
    QList<Playlist> playlists = LibraryTestUsers::playlists(1);
    playlists[0].trackCount = 2'500;
    QList<SoundCloudUser> people = LibraryTestUsers::people(1);
    people[0].trackCount = 1'001;
    people[0].followersCount = 12'345'678;
    const LibraryList playlistList = LibraryList::of(LibraryList::Kind::Playlists);
    const LibraryList followings = LibraryList::of(LibraryList::Kind::Followings);
    QVERIFY(store(library.cache(), playlistList, playlists));
    QVERIFY(store(library.cache(), followings, people));
    auto *playlistModel = qobject_cast<PlaylistListModel *>(library.createModel(playlistList, this));
    auto *peopleModel = qobject_cast<UserListModel *>(library.createModel(followings, this));
    QVERIFY(playlistModel && peopleModel);
    QTRY_COMPARE(playlistModel->rowCount(), 1);
    QTRY_COMPARE(peopleModel->rowCount(), 1);
    QCOMPARE(playlistModel->index(0, PlaylistListModel::TracksColumn).data().toString(), QStringLiteral("2.500"));
    QCOMPARE(playlistModel->index(0, PlaylistListModel::TracksColumn).data(LibraryListModel::SortRole).toInt(), 2'500);
    QCOMPARE(peopleModel->index(0, UserListModel::TracksColumn).data().toString(), QStringLiteral("1.001"));
    QCOMPARE(peopleModel->index(0, UserListModel::FollowersColumn).data().toString(), QStringLiteral("12.345.678"));
    QCOMPARE(peopleModel->index(0, UserListModel::FollowersColumn).data(LibraryListModel::SortRole).toLongLong(),
             12'345'678);
    delete playlistModel;
    delete peopleModel;
}

void TestModelFormats::countsInFrenchAndEnglish()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("fay")).library();
    QList<Track> tracks = LibraryTestUsers::tracks(1);
    tracks[0].playbackCount = 1'234;
    const LibraryList likes = LibraryList::of(LibraryList::Kind::Likes);
    QVERIFY(store(library.cache(), likes, tracks));
    TrackListModel *model = library.createTrackModel(this);
    model->load(likes);
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex plays = model->index(0, TrackListModel::PlaysColumn);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(plays.data().toString(), QStringLiteral("1\u202f234"));  // a narrow no-break space
    QCOMPARE(model->index(0, TrackListModel::AddedColumn).data().toString(), QStringLiteral("13/09/2020"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(plays.data().toString(), QStringLiteral("1,234"));
    QCOMPARE(model->index(0, TrackListModel::AddedColumn).data().toString(), QStringLiteral("9/13/20"));
    delete model;
}

WAVESHELF_TEST_GUILESS_MAIN(TestModelFormats)
#include "tst_modelformats.moc"
