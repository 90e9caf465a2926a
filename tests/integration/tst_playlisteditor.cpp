// PlaylistEditor and PlaylistClient against the sandbox: every write reads the
// playlist fresh and whole first, so a change made elsewhere since the list was
// shown refuses the write and keeps every track; adding skips what is there;
// 300-track playlists (two pages) are read and written whole; someone else's
// playlist, one with tracks SoundCloud does not list, and one past 500 tracks are
// refused before anything is sent; create, rename and delete; refusals keep the
// playlist as it was.

#include "ConnectedUserFixture.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "library/PlaylistEditor.h"
#include "network/PlaylistClient.h"
#include "session/UserContext.h"

#include <QTest>

#include <memory>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

constexpr int kTimeoutMs = 15'000;
constexpr qint64 kSevenWonders = 700013;  // alice's, 7 tracks
constexpr qint64 kThreeHundred = 700010;  // alice's, 300 tracks
constexpr qint64 kRoadTrip = 700001;      // bob's

QString playlistUrn(qint64 id)
{
    return QStringLiteral("soundcloud:playlists:%1").arg(id);
}

QStringList trackUrns(const QList<qint64> &ids)
{
    QStringList urns;
    for (const qint64 id : ids)
        urns.append(QStringLiteral("soundcloud:tracks:%1").arg(id));
    return urns;
}

// The error's words, for a failing check's message (nothing when it succeeded).
template <typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

}  // namespace

class TestPlaylistEditor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addAppendsWhatIsNotThere();
    void changedSinceShownKeepsEveryTrack();
    void threeHundredTracksReadAndWrittenWhole();
    void undoWritesTheListBack();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void refusedWriteKeepsThePlaylist();
    void createRenameDelete();
    void movedPutsRowsBeforeTheTarget_data();
    void movedPutsRowsBeforeTheTarget();

private:
    template <typename T, typename Call>
    Result<T> await(Call call)
    {
        test::ResultSpy<T> spy;
        call(spy.context(), spy.callback());
        if (!spy.wait(kTimeoutMs))
            return Error{ErrorKind::Unreachable, QStringLiteral("timed out")};
        return spy.at(0);
    }
    Result<PlaylistContents> read(qint64 id)
    {
        return await<PlaylistContents>(
            [&](QObject *context, auto done) { m_client->read(playlistUrn(id), context, std::move(done)); });
    }

    SandboxHost m_sandbox;
    std::unique_ptr<test::ConnectedUserFixture> m_user;
    std::unique_ptr<PlaylistClient> m_client;
    std::unique_ptr<PlaylistEditor> m_editor;
};

void TestPlaylistEditor::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestPlaylistEditor::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetPlaylists();
    m_user = std::make_unique<test::ConnectedUserFixture>(m_sandbox);
    QVERIFY(m_user->connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    const auto account = m_user->context().connectedAccount();
    QVERIFY(account.ok() && account.value().has_value());
    m_client = std::make_unique<PlaylistClient>(m_user->api());
    m_editor = std::make_unique<PlaylistEditor>(*m_client, account.value()->urn);
}

void TestPlaylistEditor::cleanup()
{
    m_editor.reset();
    m_client.reset();
    m_user.reset();
    m_sandbox.clearFaults();
}

void TestPlaylistEditor::addAppendsWhatIsNotThere()
{
    const QList<qint64> before = m_sandbox.playlist(kSevenWonders)->trackIds;
    const QStringList adding = trackUrns({before.at(2), 510003, 510001, 510003});
    const Result<PlaylistChange> change = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->add(playlistUrn(kSevenWonders), adding, context, std::move(done));
    });
    QVERIFY2(change.ok(), why(change).constData());
    QCOMPARE(change.value().added, 2);
    QCOMPARE(change.value().alreadyIn, 2);
    QCOMPARE(change.value().before, trackUrns(before));
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds, before + QList<qint64>({510003, 510001}));
    QCOMPARE(change.value().after, trackUrns(m_sandbox.playlist(kSevenWonders)->trackIds));
    QCOMPARE(change.value().playlist.trackCount, 9);

    // Everything there already: nothing written.
    m_sandbox.resetCounters();
    const Result<PlaylistChange> again = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->add(playlistUrn(kSevenWonders), trackUrns({510001}), context, std::move(done));
    });
    QVERIFY(again.ok());
    QCOMPARE(again.value().added, 0);
    QCOMPARE(again.value().alreadyIn, 1);
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds.size(), 9);
}

void TestPlaylistEditor::changedSinceShownKeepsEveryTrack()
{
    // Shown in the app...
    const Result<PlaylistContents> shown = read(kSevenWonders);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().trackUrns.size(), 7);
    // ...then changed on SoundCloud's site: a track added.
    QList<qint64> elsewhere = m_sandbox.playlist(kSevenWonders)->trackIds;
    elsewhere.append(510002);
    m_sandbox.setPlaylistTracks(kSevenWonders, elsewhere);
    // Removing the first track as shown is refused: nothing is written.
    QStringList intended = shown.value().trackUrns;
    intended.removeFirst();
    const Result<PlaylistChange> refused = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->replace(playlistUrn(kSevenWonders), shown.value().trackUrns, intended, context, std::move(done));
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Seven Wonders"))
                 && refused.error().message.contains(QStringLiteral("Reload")),
             why(refused).constData());
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds, elsewhere);

    // Reloaded, the same removal keeps the track added elsewhere.
    const Result<PlaylistContents> reloaded = read(kSevenWonders);
    QVERIFY(reloaded.ok());
    QStringList again = reloaded.value().trackUrns;
    again.removeFirst();
    const Result<PlaylistChange> written = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->replace(playlistUrn(kSevenWonders), reloaded.value().trackUrns, again, context, std::move(done));
    });
    QVERIFY2(written.ok(), why(written).constData());
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds, elsewhere.mid(1));
    QVERIFY(m_sandbox.playlist(kSevenWonders)->trackIds.contains(510002));
}

void TestPlaylistEditor::threeHundredTracksReadAndWrittenWhole()
{
    const QList<qint64> before = m_sandbox.playlist(kThreeHundred)->trackIds;
    QCOMPARE(before.size(), 300);
    const Result<PlaylistContents> shown = read(kThreeHundred);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().trackUrns, trackUrns(before));  // both pages, in order
    // Drag the last track to the top.
    QStringList intended = shown.value().trackUrns;
    intended.move(299, 0);
    const Result<PlaylistChange> moved = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->replace(playlistUrn(kThreeHundred), shown.value().trackUrns, intended, context, std::move(done));
    });
    QVERIFY2(moved.ok(), why(moved).constData());
    QList<qint64> expected = before;
    expected.move(299, 0);
    QCOMPARE(m_sandbox.playlist(kThreeHundred)->trackIds, expected);
    // And one more at the end.
    const Result<PlaylistChange> added = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->add(playlistUrn(kThreeHundred), trackUrns({510001}), context, std::move(done));
    });
    QVERIFY(added.ok());
    QCOMPARE(m_sandbox.playlist(kThreeHundred)->trackIds, expected + QList<qint64>({510001}));
}

void TestPlaylistEditor::undoWritesTheListBack()
{
    const QList<qint64> before = m_sandbox.playlist(kSevenWonders)->trackIds;
    const Result<PlaylistContents> shown = read(kSevenWonders);
    QVERIFY(shown.ok());
    const QStringList intended = shown.value().trackUrns.mid(3);
    const Result<PlaylistChange> removed = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->replace(playlistUrn(kSevenWonders), shown.value().trackUrns, intended, context, std::move(done));
    });
    QVERIFY(removed.ok());
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds, before.mid(3));
    const Result<PlaylistChange> undone = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->replace(playlistUrn(kSevenWonders), removed.value().after, removed.value().before, context,
                          std::move(done));
    });
    QVERIFY(undone.ok());
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds, before);
}

void TestPlaylistEditor::refusedBeforeSending_data()
{
    QTest::addColumn<qint64>("playlist");
    QTest::addColumn<int>("extraTracks");
    QTest::addColumn<bool>("unlisted");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("someone else's") << kRoadTrip << 1 << false << ErrorKind::AccessDenied
                                    << QStringLiteral("belongs to bob");
    QTest::newRow("a track SoundCloud does not list")
        << kSevenWonders << 1 << true << ErrorKind::AccessDenied << QStringLiteral("shows Waveshelf 7 of the 8 tracks");
    QTest::newRow("past 500 tracks") << kThreeHundred << 201 << false << ErrorKind::InvalidInput
                                     << QStringLiteral("at most 500 tracks");
}

void TestPlaylistEditor::refusedBeforeSending()
{
    QFETCH(qint64, playlist);
    QFETCH(int, extraTracks);
    QFETCH(bool, unlisted);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, words);
    if (unlisted) {  // a track removed from SoundCloud still counts in the playlist
        m_sandbox.setPlaylistTracks(playlist, m_sandbox.playlist(playlist)->trackIds + QList<qint64>{999999});
    }
    const QList<qint64> before = m_sandbox.playlist(playlist)->trackIds;
    QList<qint64> adding;
    for (int i = 0; i < extraTracks; ++i)
        adding.append(501000 + i);
    const QString path = QStringLiteral("/playlists/") + playlistUrn(playlist);
    m_sandbox.resetCounters();
    const Result<PlaylistChange> refused = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->add(playlistUrn(playlist), trackUrns(adding), context, std::move(done));
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, kind);
    QVERIFY2(refused.error().message.contains(words), why(refused).constData());
    QCOMPARE(m_sandbox.requestCount(path), 1);  // the fresh read only, no PUT
    QCOMPARE(m_sandbox.playlist(playlist)->trackIds, before);
}

void TestPlaylistEditor::refusedWriteKeepsThePlaylist()
{
    const QList<qint64> before = m_sandbox.playlist(kSevenWonders)->trackIds;
    // The read goes through, the PUT is refused.
    Fault refusal = Fault::rateLimited(QStringLiteral("/playlists/") + playlistUrn(kSevenWonders));
    refusal.method = QByteArrayLiteral("PUT");
    m_sandbox.injectFault(refusal);
    const Result<PlaylistChange> refused = await<PlaylistChange>([&](QObject *context, auto done) {
        m_editor->add(playlistUrn(kSevenWonders), trackUrns({510001}), context, std::move(done));
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::RateLimited);
    QCOMPARE(m_sandbox.playlist(kSevenWonders)->trackIds, before);
}

void TestPlaylistEditor::createRenameDelete()
{
    const Result<Playlist> blank = await<Playlist>(
        [&](QObject *context, auto done) { m_editor->create(QStringLiteral("  "), {}, context, std::move(done)); });
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().kind, ErrorKind::InvalidInput);

    const Result<Playlist> created = await<Playlist>([&](QObject *context, auto done) {
        m_editor->create(QStringLiteral("Late Night"), trackUrns({510001, 510002}), context, std::move(done));
    });
    QVERIFY2(created.ok(), why(created).constData());
    QCOMPARE(created.value().title, QStringLiteral("Late Night"));
    QCOMPARE(created.value().trackCount, 2);
    const qint64 id = created.value().urn.section(u':', 2).toLongLong();
    QCOMPARE(m_sandbox.playlist(id)->sharing, QStringLiteral("private"));

    const Result<Playlist> renamed = await<Playlist>([&](QObject *context, auto done) {
        m_editor->rename(created.value().urn, QStringLiteral("Later Night"), context, std::move(done));
    });
    QVERIFY(renamed.ok());
    QCOMPARE(m_sandbox.playlist(id)->title, QStringLiteral("Later Night"));
    QCOMPARE(m_sandbox.playlist(id)->trackIds, (QList<qint64>{510001, 510002}));

    const Result<PlaylistContents> removed = await<PlaylistContents>(
        [&](QObject *context, auto done) { m_editor->remove(created.value().urn, context, std::move(done)); });
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().trackUrns, trackUrns({510001, 510002}));  // for Undo
    QVERIFY(!m_sandbox.playlist(id).has_value());

    // Someone else's: refused before anything is sent.
    const Result<PlaylistContents> notMine = await<PlaylistContents>(
        [&](QObject *context, auto done) { m_editor->remove(playlistUrn(kRoadTrip), context, std::move(done)); });
    QVERIFY(!notMine.ok());
    QCOMPARE(notMine.error().kind, ErrorKind::AccessDenied);
    QVERIFY(m_sandbox.playlist(kRoadTrip).has_value());
}

void TestPlaylistEditor::movedPutsRowsBeforeTheTarget_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one up") << QList<int>{2} << 1 << QStringLiteral("acbde");
    QTest::newRow("one down") << QList<int>{1} << 3 << QStringLiteral("acbde");
    QTest::newRow("last to the top") << QList<int>{4} << 0 << QStringLiteral("eabcd");
    QTest::newRow("first to the end") << QList<int>{0} << 5 << QStringLiteral("bcdea");
    QTest::newRow("two apart, together") << QList<int>{3, 0} << 2 << QStringLiteral("badce");
    QTest::newRow("onto itself") << QList<int>{2} << 2 << QStringLiteral("abcde");
    QTest::newRow("past the end") << QList<int>{0} << 99 << QStringLiteral("bcdea");
    QTest::newRow("rows out of range") << QList<int>{-1, 7} << 0 << QStringLiteral("abcde");
}

void TestPlaylistEditor::movedPutsRowsBeforeTheTarget()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, target);
    QFETCH(QString, expected);
    const QStringList letters{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e")};
    QCOMPARE(PlaylistEditor::moved(letters, rows, target).join(QString()), expected);
}

WAVESHELF_TEST_MAIN(TestPlaylistEditor)
#include "tst_playlisteditor.moc"
