// The track list model when next_href leads back to a page already loaded
// (found by fuzz_pagination): the list ends there, instead of loading the same
// pages again and again, which through empty pages happens with nobody scrolling.

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "ServedPages.h"
#include "TestSuite.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"

#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;
using test::withCursor;

class TestTrackListCycle final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cycleEndsTheList();
    void cycleOfEmptyPagesStops();
    void endlessEmptyPagesWaitForTheView();

private:
    void servePage(const QList<int> &trackIds, const QUrl &nextHref)
    {
        test::serveTrackPage(m_sandbox, trackIds, nextHref);
    }
    static void loadAll(TrackListModel &model, const QUrl &first);

    SandboxHost m_sandbox;
};

void TestTrackListCycle::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestTrackListCycle::init()
{
    m_sandbox.clearFaults();
}

void TestTrackListCycle::loadAll(TrackListModel &model, const QUrl &first)
{
    model.load(first);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
    }
}

void TestTrackListCycle::cycleEndsTheList()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    TrackListModel model(user.api());
    const QUrl first = user.api().listUrl(QStringLiteral("/me/tracks"));
    servePage({1}, withCursor(first, QStringLiteral("a")));
    servePage({2}, withCursor(first, QStringLiteral("b")));
    servePage({3}, withCursor(first, QStringLiteral("a")));  // back to the second page
    m_sandbox.resetCounters();

    loadAll(model, first);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isComplete());
    QCOMPARE(m_sandbox.apiRequestCount(), 3);
}

void TestTrackListCycle::cycleOfEmptyPagesStops()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    TrackListModel model(user.api());
    const QUrl first = user.api().listUrl(QStringLiteral("/me/tracks"));
    servePage({}, withCursor(first, QStringLiteral("a")));
    servePage({}, first);  // back to the start
    m_sandbox.resetCounters();

    model.load(first);  // nobody scrolls: only the model itself goes on
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isComplete());
    QCOMPARE(m_sandbox.apiRequestCount(), 2);
}

void TestTrackListCycle::endlessEmptyPagesWaitForTheView()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    TrackListModel model(user.api());
    const QUrl first = user.api().listUrl(QStringLiteral("/me/tracks"));
    const int served = TrackListModel::kMaxEmptyPagesInRow + 5;
    for (int i = 0; i < served; ++i)
        servePage({}, withCursor(first, QStringLiteral("c%1").arg(i)));  // always a new cursor
    m_sandbox.resetCounters();

    model.load(first);  // nobody scrolls
    // The model asks for a page only while it is loading; once it stops, it has
    // given up on its own, and every page it asked for has been answered (counted).
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
    QCOMPARE(m_sandbox.apiRequestCount(), TrackListModel::kMaxEmptyPagesInRow);
    QVERIFY(model.canFetchMore({}));  // a view that asks gets the next page
    model.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
    QCOMPARE(m_sandbox.apiRequestCount(), TrackListModel::kMaxEmptyPagesInRow + 1);
    m_sandbox.clearFaults();
}

WAVESHELF_TEST_GUILESS_MAIN(TestTrackListCycle)
#include "tst_tracklistcycle.moc"
