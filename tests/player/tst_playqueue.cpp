// PlayQueue (unit): playing from a list position queues the rest, play next, add,
// move, remove (the current one too), repeat off/all/one, shuffle and back, and the
// model signals a queue view relies on.

#include "PlayQueue.h"
#include "TestSuite.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using Advance = PlayQueue::Advance;

namespace {

Track track(int n)
{
    Track track;
    track.urn = QStringLiteral("soundcloud:tracks:%1").arg(n);
    track.title = QStringLiteral("T%1").arg(n);
    return track;
}

QList<Track> tracks(int count)
{
    QList<Track> list;
    for (int n = 1; n <= count; ++n)
        list.append(track(n));
    return list;
}

QStringList titles(const PlayQueue &queue)
{
    QStringList list;
    for (const Track &track : queue.tracks())
        list.append(track.title);
    return list;
}

}  // namespace

class TestPlayQueue final : public QObject {
    Q_OBJECT

private slots:
    void playFromQueuesTheRest();
    void playNextAndAdd();
    void moveKeepsTheCurrentTrack();
    void removingTheCurrentTrackNextPlaysWhatFollowed();
    void repeatModes();
    void shuffleReordersUpcomingAndRestores();
    void clearKeepsOnlyTheCurrentTrack();
};

void TestPlayQueue::clearKeepsOnlyTheCurrentTrack()
{
    PlayQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.playFrom(tracks(5), 2);
    QSignalSpy current(&queue, &PlayQueue::currentChanged);
    queue.clearAllButCurrent();
    QCOMPARE(titles(queue), QStringList({QStringLiteral("T3")}));
    QCOMPARE(queue.currentIndex(), 0);
    QCOMPARE(current.count(), 1);
    QCOMPARE(queue.nextIndex(Advance::User), -1);
    QCOMPARE(queue.previousIndex(), -1);
    queue.add({track(7)});
    QCOMPARE(queue.nextIndex(Advance::User), 1);

    // Nothing current (it was removed): everything goes.
    queue.remove(0);
    queue.clearAllButCurrent();
    QCOMPARE(queue.count(), 0);
}

void TestPlayQueue::playFromQueuesTheRest()
{
    PlayQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy current(&queue, &PlayQueue::currentChanged);
    queue.playFrom(tracks(5), 2);
    QCOMPARE(queue.count(), 5);
    QCOMPARE(queue.currentIndex(), 2);
    QCOMPARE(queue.current()->title, QStringLiteral("T3"));
    QCOMPARE(current.count(), 1);
    QCOMPARE(queue.nextIndex(Advance::User), 3);
    QCOMPARE(queue.previousIndex(), 1);
    QVERIFY(queue.data(queue.index(2), PlayQueue::IsCurrentRole).toBool());
    QVERIFY(!queue.data(queue.index(1), PlayQueue::IsCurrentRole).toBool());
    QCOMPARE(queue.data(queue.index(0), PlayQueue::UrnRole).toString(), QStringLiteral("soundcloud:tracks:1"));
    QCOMPARE(queue.roleNames().value(PlayQueue::TitleRole), QByteArrayLiteral("title"));
}

void TestPlayQueue::playNextAndAdd()
{
    PlayQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(queue.playNext(track(9)), 0);  // nothing current: at the top
    queue.playFrom(tracks(3), 0);
    QCOMPARE(queue.playNext(track(8)), 1);
    queue.add({track(7), track(6)});
    QCOMPARE(titles(queue).join(u' '), QStringLiteral("T1 T8 T2 T3 T7 T6"));
    QCOMPARE(queue.currentIndex(), 0);
}

void TestPlayQueue::moveKeepsTheCurrentTrack()
{
    PlayQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.playFrom(tracks(5), 2);
    QVERIFY(queue.move(4, 0));
    QCOMPARE(titles(queue).join(u' '), QStringLiteral("T5 T1 T2 T3 T4"));
    QCOMPARE(queue.current()->title, QStringLiteral("T3"));
    QVERIFY(queue.move(3, 4));  // the current one itself
    QCOMPARE(queue.currentIndex(), 4);
    QCOMPARE(queue.current()->title, QStringLiteral("T3"));
    QVERIFY(queue.move(0, 3));
    QCOMPARE(titles(queue).join(u' '), QStringLiteral("T1 T2 T4 T5 T3"));
    QCOMPARE(queue.currentIndex(), 4);
    QVERIFY(!queue.move(0, 9));
}

void TestPlayQueue::removingTheCurrentTrackNextPlaysWhatFollowed()
{
    PlayQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.playFrom(tracks(4), 1);
    QVERIFY(queue.remove(0));
    QCOMPARE(queue.current()->title, QStringLiteral("T2"));
    QVERIFY(queue.remove(0));  // T2, the current one
    QCOMPARE(queue.currentIndex(), -1);
    QVERIFY(!queue.current());
    QCOMPARE(queue.at(queue.nextIndex(Advance::User)).title, QStringLiteral("T3"));
    QCOMPARE(queue.previousIndex(), -1);
    QVERIFY(!queue.remove(5));
}

void TestPlayQueue::repeatModes()
{
    PlayQueue queue;
    queue.playFrom(tracks(3), 2);
    QCOMPARE(queue.nextIndex(Advance::TrackEnded), -1);
    queue.setRepeat(PlayQueue::Repeat::All);
    QCOMPARE(queue.nextIndex(Advance::TrackEnded), 0);
    queue.setCurrentIndex(0);
    QCOMPARE(queue.previousIndex(), 2);
    queue.setRepeat(PlayQueue::Repeat::One);
    QCOMPARE(queue.nextIndex(Advance::TrackEnded), 0);  // the same track again
    QCOMPARE(queue.nextIndex(Advance::User), 1);        // Next still moves on
}

void TestPlayQueue::shuffleReordersUpcomingAndRestores()
{
    PlayQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Track> list = tracks(40);
    queue.playFrom(list, 3);
    QSignalSpy shuffled(&queue, &PlayQueue::shuffleChanged);
    queue.setShuffle(true);
    QCOMPARE(shuffled.count(), 1);
    const QStringList mixed = titles(queue);
    QCOMPARE(mixed.mid(0, 4).join(u' '), QStringLiteral("T1 T2 T3 T4"));  // played and current stay
    QCOMPARE(queue.current()->title, QStringLiteral("T4"));
    QStringList sorted = mixed;
    std::sort(sorted.begin(), sorted.end());
    QStringList expected;
    for (const Track &entry : list)
        expected.append(entry.title);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sorted, expected);  // the same tracks, none lost or doubled
    bool changed = false;
    for (int row = 4; row < 40; ++row)
        changed = changed || mixed.at(row) != list.at(row).title;
    QVERIFY(changed);  // 36 tracks staying in order by chance: 1 in 36!

    queue.setShuffle(false);
    PlayQueue plain;
    plain.playFrom(list, 3);
    QCOMPARE(titles(queue), titles(plain));
}

WAVESHELF_TEST_GUILESS_MAIN(TestPlayQueue)
#include "tst_playqueue.moc"
