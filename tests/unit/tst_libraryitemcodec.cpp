// LibraryItemCodec: the binary form of cached items round trips every field,
// and refuses another kind, another version, truncation and trailing bytes.

#include "LibraryTestUsers.h"
#include "TestSuite.h"
#include "library/LibraryItemCodec.h"

#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

class TestLibraryItemCodec final : public QObject {
    Q_OBJECT

private slots:
    void tracksRoundTrip();
    void emptyValuesRoundTrip();
    void playlistsAndPeopleRoundTrip();
    void refusesWhatIsNotAChunkOfItsKind();
};

void TestLibraryItemCodec::tracksRoundTrip()
{
    const QList<Track> tracks = LibraryTestUsers::tracks(500);
    QList<Track> back;
    QVERIFY(LibraryItemCodec::decodeInto(LibraryItemCodec::encode(tracks), back).ok());
    QCOMPARE(back, tracks);
    // Appends to what is there.
    QVERIFY(LibraryItemCodec::decodeInto(LibraryItemCodec::encode(tracks.mid(0, 3)), back).ok());
    QCOMPARE(back.size(), 503);
}

void TestLibraryItemCodec::emptyValuesRoundTrip()
{
    Track track;
    track.urn = QStringLiteral("soundcloud:tracks:1");
    track.title = QStringLiteral("Ünïcødé ✓ 音楽");
    track.access = QStringLiteral("preview");
    track.durationMs = -1;
    track.playbackCount = std::numeric_limits<qint64>::max();
    QList<Track> back;
    QVERIFY(LibraryItemCodec::decodeInto(LibraryItemCodec::encode(QList<Track>{track, Track()}), back).ok());
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0), track);
    QVERIFY(!back.at(0).createdAt.isValid());
    QVERIFY(back.at(0).artworkUrl.isEmpty());
    QCOMPARE(back.at(1), Track());
}

void TestLibraryItemCodec::playlistsAndPeopleRoundTrip()
{
    QList<Playlist> playlists;
    QVERIFY(LibraryItemCodec::decodeInto(LibraryItemCodec::encode(LibraryTestUsers::playlists(40)), playlists).ok());
    QCOMPARE(playlists, LibraryTestUsers::playlists(40));
    QList<SoundCloudUser> people;
    QVERIFY(LibraryItemCodec::decodeInto(LibraryItemCodec::encode(LibraryTestUsers::people(40)), people).ok());
    QCOMPARE(people, LibraryTestUsers::people(40));
}

void TestLibraryItemCodec::refusesWhatIsNotAChunkOfItsKind()
{
    const QByteArray tracks = LibraryItemCodec::encode(LibraryTestUsers::tracks(5));
    QList<Playlist> playlists;
    QVERIFY(!LibraryItemCodec::decodeInto(tracks, playlists).ok());
    QList<Track> out;
    QVERIFY(!LibraryItemCodec::decodeInto(tracks.left(tracks.size() - 3), out).ok());
    out.clear();
    QVERIFY(!LibraryItemCodec::decodeInto(tracks + "x", out).ok());
    QByteArray otherVersion = tracks;
    otherVersion[4] = char(LibraryItemCodec::kFormatVersion + 1);  // after the 4-byte magic
    out.clear();
    QVERIFY(!LibraryItemCodec::decodeInto(otherVersion, out).ok());
    out.clear();
    QVERIFY(!LibraryItemCodec::decodeInto(QByteArray(), out).ok());
    QVERIFY(!LibraryItemCodec::decodeInto(QByteArray(64, '\xff'), out).ok());
}

WAVESHELF_TEST_GUILESS_MAIN(TestLibraryItemCodec)
#include "tst_libraryitemcodec.moc"
