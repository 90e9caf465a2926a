// Numbers in API answers that do not fit a qint64 (found by fuzz_apijson:
// converting such a double is undefined behaviour, and on x86 gave
// -9223372036854775808): an id out of range is no id, a duration out of range
// or negative is 0.

#include "TestSuite.h"
#include "soundcloud/ApiJson.h"

#include <QTest>

using namespace waveshelf;

class TestApiJsonNumbers final : public QObject {
    Q_OBJECT

private slots:
    void idOutOfRangeIsNoId_data();
    void idOutOfRangeIsNoId();
    void largestIdsStillWork();
    void durationOutOfRangeIsZero_data();
    void durationOutOfRangeIsZero();
};

void TestApiJsonNumbers::idOutOfRangeIsNoId_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("1e300") << QByteArrayLiteral("1e300");
    QTest::newRow("-1e300") << QByteArrayLiteral("-1e300");
    QTest::newRow("2^63") << QByteArrayLiteral("9223372036854775808");
    QTest::newRow("1e19") << QByteArrayLiteral("1e19");
}

void TestApiJsonNumbers::idOutOfRangeIsNoId()
{
    QFETCH(QByteArray, id);
    const auto me = ApiJson::parseMe("{\"id\":" + id + ",\"username\":\"x\"}");
    QVERIFY(!me.ok());  // no urn, no usable id
    const auto page = ApiJson::parseTrackPage("[{\"id\":" + id + ",\"title\":\"t\"}]");
    QVERIFY(page.ok());
    QCOMPARE(page.value().tracks.size(), 1);
    QVERIFY(page.value().tracks.first().urn.isEmpty());
}

void TestApiJsonNumbers::largestIdsStillWork()
{
    const auto me = ApiJson::parseMe(R"({"id":9007199254740992,"username":"x"})");  // 2^53
    QVERIFY(me.ok());
    QCOMPARE(me.value().urn, QStringLiteral("soundcloud:users:9007199254740992"));
}

void TestApiJsonNumbers::durationOutOfRangeIsZero_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("normal") << QByteArrayLiteral("215000") << qint64(215000);
    QTest::newRow("1e300") << QByteArrayLiteral("1e300") << qint64(0);
    QTest::newRow("-1e300") << QByteArrayLiteral("-1e300") << qint64(0);
    QTest::newRow("1e19") << QByteArrayLiteral("1e19") << qint64(0);
    QTest::newRow("negative") << QByteArrayLiteral("-5") << qint64(0);
    QTest::newRow("not a number") << QByteArrayLiteral("\"long\"") << qint64(0);
}

void TestApiJsonNumbers::durationOutOfRangeIsZero()
{
    QFETCH(QByteArray, duration);
    QFETCH(qint64, expected);
    const auto tracks = ApiJson::parseTrackPage("[{\"urn\":\"soundcloud:tracks:1\",\"duration\":" + duration + "}]");
    QVERIFY(tracks.ok());
    QCOMPARE(tracks.value().tracks.first().durationMs, expected);
    const auto playlists = ApiJson::parsePlaylistPage("[{\"urn\":\"soundcloud:playlists:1\",\"duration\":" + duration
                                                      + "}]");
    QVERIFY(playlists.ok());
    QCOMPARE(playlists.value().playlists.first().durationMs, expected);
}

WAVESHELF_TEST_GUILESS_MAIN(TestApiJsonNumbers)
#include "tst_apijsonnumbers.moc"
