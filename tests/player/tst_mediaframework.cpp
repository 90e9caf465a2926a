// MediaFramework::featureRanks: Waveshelf's GStreamer ranks go first, so that the
// user's own GST_PLUGIN_FEATURE_RANK entries, read later, still win; applying it
// twice changes nothing.

#include "MediaFramework.h"

#include <QTest>

using namespace waveshelf;

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
    QTest::newRow("unset") << QByteArray() << QByteArray("curlhttpsrc:257");
    QTest::newRow("the user's after ours")
        << QByteArray("pulsesink:NONE,alsasink:NONE") << QByteArray("curlhttpsrc:257,pulsesink:NONE,alsasink:NONE");
    QTest::newRow("the user's override stays last")
        << QByteArray("curlhttpsrc:NONE") << QByteArray("curlhttpsrc:257,curlhttpsrc:NONE");
    QTest::newRow("already ours") << QByteArray("curlhttpsrc:257") << QByteArray("curlhttpsrc:257");
    QTest::newRow("already ours, then the user's")
        << QByteArray("curlhttpsrc:257,pulsesink:NONE") << QByteArray("curlhttpsrc:257,pulsesink:NONE");
    QTest::newRow("a longer rank is not ours")
        << QByteArray("curlhttpsrc:2570") << QByteArray("curlhttpsrc:257,curlhttpsrc:2570");
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
    QCOMPARE(qgetenv("GST_PLUGIN_FEATURE_RANK"), QByteArray("curlhttpsrc:257,pulsesink:NONE"));
    MediaFramework::prepare();
    QCOMPARE(qgetenv("GST_PLUGIN_FEATURE_RANK"), QByteArray("curlhttpsrc:257,pulsesink:NONE"));
    qunsetenv("GST_PLUGIN_FEATURE_RANK");
    MediaFramework::prepare();
    QCOMPARE(qgetenv("GST_PLUGIN_FEATURE_RANK"), QByteArray("curlhttpsrc:257"));
}

QTEST_GUILESS_MAIN(TestMediaFramework)
#include "tst_mediaframework.moc"
