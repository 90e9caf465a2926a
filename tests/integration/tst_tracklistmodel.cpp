// The track list model against the sandbox: paging through 1,000+ tracks with
// canFetchMore/fetchMore following next_href, and errors that keep what loaded.

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

class TestTrackListModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pagesThroughAllTracks();
    void smallLibraryIsCompleteAtOnce();
    void emptyLibrary();
    void failedPageKeepsRowsAndRetries();
    void clearDropsPageInFlight();
    void columnsAndDuration();
    void listUrlKeepsApiBasePath();

private:
    SandboxHost m_sandbox;
};

void TestTrackListModel::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestTrackListModel::init()
{
    m_sandbox.clearFaults();
}

void TestTrackListModel::pagesThroughAllTracks()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    TrackListModel model(user.api());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sandbox.resetCounters();
    model.load(user.api().listUrl(QStringLiteral("/me/tracks")));
    QTRY_COMPARE(model.rowCount(), ApiClient::kPageSize);
    int pages = 1;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));  // one page in flight at a time
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || model.isComplete(), 10'000);
        ++pages;
    }
    QVERIFY(model.isComplete());
    QVERIFY(model.rowCount() >= 1000);
    QCOMPARE(pages, (model.rowCount() + ApiClient::kPageSize - 1) / ApiClient::kPageSize);
    QCOMPARE(m_sandbox.apiRequestCount(), pages);
    QSet<QString> urns;
    for (int row = 0; row < model.rowCount(); ++row)
        urns.insert(model.trackAt(row).urn);
    QCOMPARE(urns.size(), model.rowCount());
}

void TestTrackListModel::smallLibraryIsCompleteAtOnce()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    TrackListModel model(user.api());
    QSignalSpy loaded(&model, &TrackListModel::pageLoaded);
    model.load(user.api().listUrl(QStringLiteral("/me/tracks")));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
}

void TestTrackListModel::emptyLibrary()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("carol"), QStringLiteral("carol-password")));
    TrackListModel model(user.api());
    QSignalSpy loaded(&model, &TrackListModel::pageLoaded);
    model.load(user.api().listUrl(QStringLiteral("/me/tracks")));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isComplete());
}

void TestTrackListModel::failedPageKeepsRowsAndRetries()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    TrackListModel model(user.api());
    QSignalSpy failed(&model, &TrackListModel::loadFailed);
    model.load(user.api().listUrl(QStringLiteral("/me/tracks")));
    QTRY_COMPARE(model.rowCount(), ApiClient::kPageSize);
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/me/tracks"), 503));
    model.fetchMore({});
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Unreachable);
    QCOMPARE(model.rowCount(), ApiClient::kPageSize);  // nothing lost
    QVERIFY(!model.canFetchMore({}));                  // no hammering while failed
    model.retry();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2 * ApiClient::kPageSize, 10'000);
}

void TestTrackListModel::clearDropsPageInFlight()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    TrackListModel model(user.api());
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me/tracks"), 300));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int before = m_sandbox.requestCount(QStringLiteral("/me/tracks"));
    model.load(user.api().listUrl(QStringLiteral("/me/tracks")));
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(QStringLiteral("/me/tracks")), before + 1, 10'000);
    model.clear();
    // The page's slow answer goes out (or finds the client gone), and changes nothing.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 0, 10'000);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!model.isLoading());
}

void TestTrackListModel::columnsAndDuration()
{
    QCOMPARE(TrackListModel::formatDuration(0), QStringLiteral("0:00"));
    QCOMPARE(TrackListModel::formatDuration(61'000), QStringLiteral("1:01"));
    // Cut, not rounded, as the player bar does (issue 19, defect 14: 5:37 in the list, 5:36 in the player).
    QCOMPARE(TrackListModel::formatDuration(59'600), QStringLiteral("0:59"));
    QCOMPARE(TrackListModel::formatDuration(336'600), QStringLiteral("5:36"));
    QCOMPARE(TrackListModel::formatDuration(3'726'000), QStringLiteral("1:02:06"));
    test::ConnectedUserFixture user(m_sandbox);
    TrackListModel model(user.api());
    QCOMPARE(model.columnCount(), 8);
    // The heart column: a glyph as its title, named in words for tooltips and screen readers.
    QCOMPARE(model.headerData(TrackListModel::LikedColumn, Qt::Horizontal, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Liked"));
    QCOMPARE(model.headerData(TrackListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(model.headerData(TrackListModel::ArtistColumn, Qt::Horizontal).toString(), QStringLiteral("Artist"));
    QCOMPARE(model.headerData(TrackListModel::DurationColumn, Qt::Horizontal).toString(), QStringLiteral("Duration"));
    QCOMPARE(model.headerData(TrackListModel::GenreColumn, Qt::Horizontal).toString(), QStringLiteral("Genre"));
    QCOMPARE(model.headerData(TrackListModel::AddedColumn, Qt::Horizontal).toString(), QStringLiteral("Added"));
    QCOMPARE(model.headerData(TrackListModel::PlaysColumn, Qt::Horizontal).toString(), QStringLiteral("Plays"));
    QCOMPARE(model.headerData(TrackListModel::LikesColumn, Qt::Horizontal).toString(), QStringLiteral("Likes"));
}

void TestTrackListModel::listUrlKeepsApiBasePath()
{
    test::ConnectedUserFixture user(m_sandbox);
    const ApiClient plain(user.network(), user.tokenSession(), QUrl(QStringLiteral("https://api.example.org")));
    QCOMPARE(plain.listUrl(QStringLiteral("/me/tracks"), 50).toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.example.org/me/tracks?linked_partitioning=true&limit=50"
                            "&access=playable,preview,blocked"));
    const ApiClient prefixed(user.network(), user.tokenSession(), QUrl(QStringLiteral("https://example.org/api/")));
    QCOMPARE(prefixed.listUrl(QStringLiteral("/me/likes/tracks")).toString(QUrl::FullyEncoded),
             QStringLiteral("https://example.org/api/me/likes/tracks?linked_partitioning=true&limit=200"
                            "&access=playable,preview,blocked"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestTrackListModel)
#include "tst_tracklistmodel.moc"
