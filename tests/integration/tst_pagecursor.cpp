// The one pager (PageCursor) against the sandbox through the real ApiClient:
// it follows next_href as given, stops at the end and on a cycle, collects up
// to a limit, keeps its position when a page fails (so retrying works), and
// drops the page in flight when the caller's context dies.

#include "ConnectedUserFixture.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "ServedPages.h"
#include "TestSuite.h"
#include "network/ApiClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;
using test::withCursor;

namespace {

constexpr int kTimeoutMs = 10'000;
constexpr int kAliceTracks = 1234;  // the sandbox's alice
using TrackSpy = test::ResultSpy<QList<Track>>;

QStringList urnsOf(const QList<Track> &tracks)
{
    QStringList urns;
    for (const Track &track : tracks)
        urns.append(track.urn);
    return urns;
}

}  // namespace

class TestPageCursor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void followsNextHrefToTheEnd();
    void followsNextHrefAsGiven();
    void cycleEndsTheList();
    void collectStopsAtTheLimit();
    void failedPageKeepsThePositionForARetry();
    void unreadablePageKeepsThePosition();
    void contextDeathDropsThePageInFlight();
    void fetchMoreSkipsEmptyPages();
    void worksForOtherItemTypes();

private:
    void servePage(const QList<int> &trackIds, const QUrl &nextHref)
    {
        test::serveTrackPage(m_sandbox, trackIds, nextHref);
    }
    [[nodiscard]] QUrl firstPage(int pageSize = ApiClient::kPageSize) const;
    [[nodiscard]] PageCursor<Track> tracksCursor();

    SandboxHost m_sandbox;
    std::unique_ptr<test::ConnectedUserFixture> m_user;
};

void TestPageCursor::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestPageCursor::init()
{
    m_sandbox.clearFaults();
    m_user = std::make_unique<test::ConnectedUserFixture>(m_sandbox);
    QVERIFY(m_user->connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    m_sandbox.resetCounters();
}

void TestPageCursor::cleanup()
{
    m_user.reset();
    m_sandbox.clearFaults();
}

QUrl TestPageCursor::firstPage(int pageSize) const
{
    return m_user->api().listUrl(QStringLiteral("/me/tracks"), pageSize);
}

PageCursor<Track> TestPageCursor::tracksCursor()
{
    return PageCursor<Track>(m_user->api(), &ApiJson::parseTrackPage, &TrackPage::tracks);
}

void TestPageCursor::followsNextHrefToTheEnd()
{
    PageCursor<Track> cursor(m_user->api(), &ApiJson::parseTrackPage, &TrackPage::tracks);
    QVERIFY(cursor.atEnd());  // nowhere to go before restart()
    cursor.restart(firstPage());
    QVERIFY(!cursor.atEnd());
    QList<Track> all;
    int pages = 0;
    while (!cursor.atEnd()) {
        TrackSpy page;
        cursor.fetchNext(page.context(), page.callback());
        QVERIFY(cursor.isFetching());
        QVERIFY(page.wait(kTimeoutMs));
        QVERIFY(!cursor.isFetching());
        QCOMPARE(page.count(), 1);
        QVERIFY2(page.at(0).ok(), qPrintable(page.firstError().detail));
        QVERIFY(!page.at(0).value().isEmpty());
        all.append(page.at(0).value());
        ++pages;
    }
    QCOMPARE(all.size(), kAliceTracks);
    QCOMPARE(pages, (kAliceTracks + ApiClient::kPageSize - 1) / ApiClient::kPageSize);
    QCOMPARE(m_sandbox.apiRequestCount(), pages);
    const QStringList urns = urnsOf(all);
    QCOMPARE(QSet<QString>(urns.cbegin(), urns.cend()).size(), kAliceTracks);
    QVERIFY(!cursor.endedInCycle());

    // At the end a fetch answers at once, with nothing, and asks no one.
    TrackSpy after;
    cursor.fetchNext(after.context(), after.callback());
    QCOMPARE(after.okCount(), 1);
    QVERIFY(after.at(0).value().isEmpty());
    QCOMPARE(m_sandbox.apiRequestCount(), pages);
}

void TestPageCursor::followsNextHrefAsGiven()
{
    PageCursor<Track> cursor = tracksCursor();
    const QUrl first = firstPage();
    // Odd but valid: extra parameters, encoded characters, another order.
    const QUrl second(QStringLiteral("%1/me/tracks?cursor=a%2Fb%3D&limit=7&linked_partitioning=true&z=%E2%9C%93")
                          .arg(m_sandbox.baseUrl().toString(QUrl::StripTrailingSlash)));
    servePage({1}, second);
    servePage({2}, QUrl());
    cursor.restart(first);
    QCOMPARE(cursor.nextPage(), first);

    TrackSpy page;
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.wait(kTimeoutMs));
    QCOMPARE(urnsOf(page.at(0).value()), QStringList{QStringLiteral("soundcloud:tracks:1")});
    QCOMPARE(cursor.nextPage(), second);
    QCOMPARE(cursor.nextPage().toString(QUrl::FullyEncoded), second.toString(QUrl::FullyEncoded));

    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.waitFor(2, kTimeoutMs));
    QCOMPARE(urnsOf(page.at(1).value()), QStringList{QStringLiteral("soundcloud:tracks:2")});
    QVERIFY(cursor.atEnd());  // no next_href: the last page
    QVERIFY(!cursor.endedInCycle());
    QCOMPARE(m_sandbox.apiRequestCount(), 2);
}

void TestPageCursor::cycleEndsTheList()
{
    PageCursor<Track> cursor = tracksCursor();
    const QUrl first = firstPage();
    servePage({1}, withCursor(first, QStringLiteral("a")));
    servePage({2}, withCursor(first, QStringLiteral("b")));
    servePage({3}, withCursor(first, QStringLiteral("a")));  // back to the second page
    cursor.restart(first);

    TrackSpy all;
    cursor.collect(0, all.context(), all.callback());
    QVERIFY(all.wait(kTimeoutMs));
    QCOMPARE(all.okCount(), 1);
    QCOMPARE(all.at(0).value().size(), 3);
    QVERIFY(cursor.atEnd());
    QVERIFY(cursor.endedInCycle());
    QCOMPARE(m_sandbox.apiRequestCount(), 3);

    // restart() forgets the pages seen: the same first page loads again.
    cursor.restart(first);
    QVERIFY(!cursor.endedInCycle());
    TrackSpy again;
    cursor.fetchNext(again.context(), again.callback());
    QVERIFY(again.wait(kTimeoutMs));
    QCOMPARE(again.okCount(), 1);
    QCOMPARE(again.at(0).value().size(), ApiClient::kPageSize);  // the sandbox's own first page
    QCOMPARE(m_sandbox.apiRequestCount(), 4);
}

void TestPageCursor::collectStopsAtTheLimit()
{
    PageCursor<Track> cursor = tracksCursor();
    cursor.restart(firstPage());
    TrackSpy everything;
    cursor.collect(0, everything.context(), everything.callback());
    QVERIFY(everything.wait(kTimeoutMs));
    QCOMPARE(everything.at(0).value().size(), kAliceTracks);
    const QStringList allUrns = urnsOf(everything.at(0).value());
    m_sandbox.resetCounters();

    // 250 of them in pages of 200: two pages, cut to the first 250.
    cursor.restart(firstPage());
    TrackSpy limited;
    cursor.collect(250, limited.context(), limited.callback());
    QVERIFY(limited.wait(kTimeoutMs));
    QCOMPARE(urnsOf(limited.at(0).value()), allUrns.mid(0, 250));
    QCOMPARE(m_sandbox.apiRequestCount(), 2);
    QVERIFY(!cursor.atEnd());  // the rest is still there

    // A limit that a page fills exactly asks for no further page.
    m_sandbox.resetCounters();
    cursor.restart(firstPage(50));
    TrackSpy exact;
    cursor.collect(50, exact.context(), exact.callback());
    QVERIFY(exact.wait(kTimeoutMs));
    QCOMPARE(urnsOf(exact.at(0).value()), allUrns.mid(0, 50));
    QCOMPARE(m_sandbox.apiRequestCount(), 1);
}

void TestPageCursor::failedPageKeepsThePositionForARetry()
{
    PageCursor<Track> cursor = tracksCursor();
    cursor.restart(firstPage());
    TrackSpy page;
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.wait(kTimeoutMs));
    QVERIFY(page.at(0).ok());
    const QUrl second = cursor.nextPage();
    QVERIFY(!second.isEmpty());

    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/me/tracks"), 503));
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.waitFor(2, kTimeoutMs));
    QVERIFY(!page.at(1).ok());
    QCOMPARE(page.at(1).error().kind, ErrorKind::Unreachable);
    QCOMPARE(cursor.nextPage(), second);  // nothing skipped
    QVERIFY(!cursor.atEnd());
    QVERIFY(!cursor.isFetching());

    cursor.fetchNext(page.context(), page.callback());  // the retry
    QVERIFY(page.waitFor(3, kTimeoutMs));
    QVERIFY(page.at(2).ok());
    QCOMPARE(page.at(2).value().size(), ApiClient::kPageSize);
    QVERIFY(page.at(2).value().first().urn != page.at(0).value().first().urn);
    QVERIFY(cursor.nextPage() != second);
    QCOMPARE(m_sandbox.apiRequestCount(), 3);

    // collect() fails as a whole, and also stays at the page that failed.
    const QUrl third = cursor.nextPage();
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/me/tracks"), 503));
    TrackSpy rest;
    cursor.collect(0, rest.context(), rest.callback());
    QVERIFY(rest.wait(kTimeoutMs));
    QCOMPARE(rest.errorCount(), 1);
    QCOMPARE(cursor.nextPage(), third);
}

void TestPageCursor::unreadablePageKeepsThePosition()
{
    PageCursor<Track> cursor = tracksCursor();
    const QUrl first = firstPage();
    cursor.restart(first);
    m_sandbox.injectFault(Fault::malformedJson(QStringLiteral("/me/tracks")));
    TrackSpy page;
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.wait(kTimeoutMs));
    QCOMPARE(page.errorCount(), 1);
    QCOMPARE(page.firstError().kind, ErrorKind::Protocol);
    QCOMPARE(cursor.nextPage(), first);

    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.waitFor(2, kTimeoutMs));
    QVERIFY(page.at(1).ok());
    QCOMPARE(page.at(1).value().size(), ApiClient::kPageSize);
}

void TestPageCursor::contextDeathDropsThePageInFlight()
{
    PageCursor<Track> cursor = tracksCursor();
    const QUrl first = firstPage();
    cursor.restart(first);
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me/tracks"), 300));
    int dropped = 0;
    {
        QObject caller;
        cursor.fetchNext(&caller, [&dropped](const Result<QList<Track>> &) { ++dropped; });
        QVERIFY(cursor.isFetching());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.apiRequestCount(), 1, kTimeoutMs);  // it was sent
    }  // the caller goes away while the sandbox holds the answer back
    QVERIFY(!cursor.isFetching());
    QCOMPARE(cursor.nextPage(), first);  // nothing loaded, nothing skipped

    // A later request, answered after the dropped one would have been.
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me/tracks"), 800));
    TrackSpy page;
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.wait(kTimeoutMs));
    QCOMPARE(page.okCount(), 1);
    QCOMPARE(page.at(0).value().size(), ApiClient::kPageSize);
    QCOMPARE(dropped, 0);

    // cancel() drops a page in flight the same way, keeping the position.
    const QUrl second = cursor.nextPage();
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me/tracks"), 300));
    TrackSpy cancelled;
    cursor.fetchNext(cancelled.context(), cancelled.callback());
    cursor.cancel();
    QVERIFY(!cursor.isFetching());
    QCOMPARE(cursor.nextPage(), second);
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me/tracks"), 800));
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.waitFor(2, kTimeoutMs));
    QVERIFY(page.at(1).ok());
    QCOMPARE(cancelled.count(), 0);
}

void TestPageCursor::fetchMoreSkipsEmptyPages()
{
    PageCursor<Track> cursor = tracksCursor();
    const QUrl first = firstPage();
    servePage({}, withCursor(first, QStringLiteral("e1")));
    servePage({}, withCursor(first, QStringLiteral("e2")));
    servePage({7}, withCursor(first, QStringLiteral("more")));
    cursor.restart(first);

    TrackSpy page;
    cursor.fetchMore(page.context(), page.callback());
    QVERIFY(page.wait(kTimeoutMs));
    QCOMPARE(page.count(), 1);  // one answer for the three pages
    QCOMPARE(urnsOf(page.at(0).value()), QStringList{QStringLiteral("soundcloud:tracks:7")});
    QCOMPARE(m_sandbox.apiRequestCount(), 3);
    QCOMPARE(cursor.nextPage(), withCursor(first, QStringLiteral("more")));

    // Endless empty pages: kMaxEmptyPagesInRow, then one per call.
    m_sandbox.resetCounters();
    cursor.restart(first);
    for (int i = 0; i < PageCursorBase::kMaxEmptyPagesInRow + 2; ++i)
        servePage({}, withCursor(first, QStringLiteral("c%1").arg(i)));
    TrackSpy empty;
    cursor.fetchMore(empty.context(), empty.callback());
    QVERIFY(empty.wait(kTimeoutMs));
    QVERIFY(empty.at(0).ok() && empty.at(0).value().isEmpty());
    QVERIFY(!cursor.atEnd());
    QCOMPARE(m_sandbox.apiRequestCount(), PageCursorBase::kMaxEmptyPagesInRow);
    cursor.fetchMore(empty.context(), empty.callback());
    QVERIFY(empty.waitFor(2, kTimeoutMs));
    QCOMPARE(m_sandbox.apiRequestCount(), PageCursorBase::kMaxEmptyPagesInRow + 1);
}

void TestPageCursor::worksForOtherItemTypes()
{
    // The same pager over playlists (bob has two): pages of one and one big page agree.
    test::ConnectedUserFixture bob(m_sandbox, QStringLiteral("bobby"));
    QVERIFY(bob.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.resetCounters();
    const auto playlistsUrl = [&bob](int pageSize) {
        return bob.api().listUrl(QStringLiteral("/me/playlists"), pageSize);
    };
    PageCursor<Playlist> cursor(bob.api(), &ApiJson::parsePlaylistPage, &PlaylistPage::playlists);
    cursor.restart(playlistsUrl(ApiClient::kPageSize));
    test::ResultSpy<QList<Playlist>> whole;
    cursor.collect(0, whole.context(), whole.callback());
    QVERIFY(whole.wait(kTimeoutMs));
    QVERIFY(whole.at(0).ok());
    const int total = int(whole.at(0).value().size());
    QCOMPARE(total, 2);
    QCOMPARE(m_sandbox.apiRequestCount(), 1);

    m_sandbox.resetCounters();
    cursor.restart(playlistsUrl(1));
    test::ResultSpy<QList<Playlist>> paged;
    cursor.collect(0, paged.context(), paged.callback());
    QVERIFY(paged.wait(kTimeoutMs));
    QVERIFY(paged.at(0).ok());
    QCOMPARE(paged.at(0).value().size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(paged.at(0).value().at(i).urn, whole.at(0).value().at(i).urn);
    QCOMPARE(m_sandbox.apiRequestCount(), total);
}

WAVESHELF_TEST_GUILESS_MAIN(TestPageCursor)
#include "tst_pagecursor.moc"
