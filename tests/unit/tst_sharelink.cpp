// ShareLink: a track's link at a moment, as SoundCloud's Share writes it
// (#t=m:ss, #t=h:mm:ss past an hour), rounded down to the second.

#include "TestSuite.h"
#include "soundcloud/ShareLink.h"

#include <QTest>

using namespace waveshelf;

class TestShareLink final : public QObject {
    Q_OBJECT

private slots:
    void atTime_data();
    void atTime();
    void noPageNoLink();
};

void TestShareLink::atTime_data()
{
    QTest::addColumn<qint64>("positionMs");
    QTest::addColumn<QString>("link");
    const QString page = QStringLiteral("https://soundcloud.com/bob/untitled");
    QTest::newRow("start") << qint64(0) << page + QStringLiteral("#t=0:00");
    QTest::newRow("rounded down") << qint64(83'999) << page + QStringLiteral("#t=1:23");
    QTest::newRow("ten minutes") << qint64(606'000) << page + QStringLiteral("#t=10:06");
    QTest::newRow("past an hour") << qint64(3'723'000) << page + QStringLiteral("#t=1:02:03");
    QTest::newRow("before the start") << qint64(-500) << page + QStringLiteral("#t=0:00");
}

void TestShareLink::atTime()
{
    QFETCH(qint64, positionMs);
    QFETCH(QString, link);
    QCOMPARE(ShareLink::atTime(QUrl(QStringLiteral("https://soundcloud.com/bob/untitled")), positionMs).toString(),
             link);
    // A fragment the page had is replaced, not appended to.
    QCOMPARE(
        ShareLink::atTime(QUrl(QStringLiteral("https://soundcloud.com/bob/untitled#comments")), positionMs).toString(),
        link);
}

void TestShareLink::noPageNoLink()
{
    QVERIFY(!ShareLink::atTime(QUrl(), 1000).isValid());
    QVERIFY(!ShareLink::atTime(QUrl(QStringLiteral("untitled")), 1000).isValid());
}

WAVESHELF_TEST_GUILESS_MAIN(TestShareLink)
#include "tst_sharelink.moc"
