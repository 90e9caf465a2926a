// MediaFramework::featureRanks: Waveshelf's GStreamer ranks go first, so that the
// user's own GST_PLUGIN_FEATURE_RANK entries, read later, still win; applying it
// twice changes nothing.

#include "MediaFramework.h"
#include "TestSuite.h"

#include <QTest>

using namespace waveshelf;

namespace {
// Written out rather than read from MediaFramework: the test names what it expects.
const QByteArray kOurs("curlhttpsrc:257,faad:257,mpg123audiodec:257");
}  // namespace

class TestMediaFramework final : public QObject {
    Q_OBJECT

private slots:
    void featureRanks_data();
    void featureRanks();
    void prepareSetsTheEnvironmentOnce();
};

void TestMediaFramework::featureRanks_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unset") << QByteArray() << kOurs;
    QTest::newRow("the user's after ours")
        << QByteArray("pulsesink:NONE,alsasink:NONE") << kOurs + ",pulsesink:NONE,alsasink:NONE";
    QTest::newRow("the user's override stays last")
        << QByteArray("curlhttpsrc:NONE,faad:NONE") << kOurs + ",curlhttpsrc:NONE,faad:NONE";
    QTest::newRow("already ours") << kOurs << kOurs;
    QTest::newRow("already ours, then the user's") << kOurs + ",pulsesink:NONE" << kOurs + ",pulsesink:NONE";
    QTest::newRow("a longer rank is not ours") << kOurs + "0" << kOurs + "," + kOurs + "0";
    QTest::newRow("only a part of ours") << QByteArray("curlhttpsrc:257") << kOurs + ",curlhttpsrc:257";
}

void TestMediaFramework::featureRanks()
{
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, expected);
    QCOMPARE(MediaFramework::featureRanks(existing), expected);
}

void TestMediaFramework::prepareSetsTheEnvironmentOnce()
{
    qputenv("GST_PLUGIN_FEATURE_RANK", "pulsesink:NONE");
    MediaFramework::prepare();
    QCOMPARE(qgetenv("GST_PLUGIN_FEATURE_RANK"), kOurs + ",pulsesink:NONE");
    MediaFramework::prepare();
    QCOMPARE(qgetenv("GST_PLUGIN_FEATURE_RANK"), kOurs + ",pulsesink:NONE");
    qunsetenv("GST_PLUGIN_FEATURE_RANK");
    MediaFramework::prepare();
    QCOMPARE(qgetenv("GST_PLUGIN_FEATURE_RANK"), kOurs);
}

WAVESHELF_TEST_GUILESS_MAIN(TestMediaFramework)
#include "tst_mediaframework.moc"
