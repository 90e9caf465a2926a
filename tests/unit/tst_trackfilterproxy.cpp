// TrackFilterProxy over a real TrackListModel (rows from the offline cache):
// every word must match title, artist or genre, case-insensitively; sorting
// by SortRole (numbers and dates as such); rows changed after filtering.

#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "TestSuite.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/TrackFilterProxy.h"
#include "models/TrackListModel.h"
#include "session/UserContext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

class TestTrackFilterProxy final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyWordMustMatch_data();
    void everyWordMustMatch();
    void sortsByNumbersAndDates();
    void followsRowChanges();

private:
    [[nodiscard]] QStringList titles() const;

    std::unique_ptr<LibraryTestUsers> m_users;
    TrackListModel *m_model = nullptr;
    TrackFilterProxy *m_proxy = nullptr;
};

void TestTrackFilterProxy::initTestCase()
{
    m_users = std::make_unique<LibraryTestUsers>();
    Library &library = m_users->add(QStringLiteral("dana")).library();
    const LibraryList likes = LibraryList::of(LibraryList::Kind::Likes);
    test::ResultSpy<void> stored;
    library.cache().write(likes, LibraryTestUsers::tracks(120), {}, 0, stored.context(), stored.callback());
    QVERIFY(stored.wait(10'000));
    m_model = library.createTrackModel(this);
    m_model->load(likes);
    QTRY_COMPARE(m_model->rowCount(), 120);
}

void TestTrackFilterProxy::cleanupTestCase()
{
    delete m_proxy;
    delete m_model;
    m_users.reset();
}

void TestTrackFilterProxy::init()
{
    delete m_proxy;
    m_proxy = new TrackFilterProxy;
    m_proxy->setSourceModel(m_model);
}

QStringList TestTrackFilterProxy::titles() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out.append(m_proxy->index(row, TrackListModel::TitleColumn).data().toString());
    return out;
}

void TestTrackFilterProxy::everyWordMustMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing typed") << QString() << 120;
    QTest::newRow("spaces only") << QStringLiteral("   ") << 120;
    QTest::newRow("title") << QStringLiteral("track 00042") << 1;
    QTest::newRow("upper case") << QStringLiteral("TRACK 00042 OF LIKES") << 1;
    QTest::newRow("artist") << QStringLiteral("artist 55") << 1;
    QTest::newRow("genre") << QStringLiteral("drum & bass") << 20;        // i % 6 == 5
    QTest::newRow("words anywhere") << QStringLiteral("jazz 0000") << 2;  // tracks 2 and 8
    QTest::newRow("one word misses") << QStringLiteral("jazz techno") << 0;
    QTest::newRow("no such word") << QStringLiteral("polka") << 0;
}

void TestTrackFilterProxy::everyWordMustMatch()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->rowCount(), rows);
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int matching = 0;  // every source row, checked the slow way
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Track &track = m_model->trackAt(row);
        const QString all = (track.title + QLatin1Char(' ') + track.artist + QLatin1Char(' ') + track.genre).toLower();
        matching += std::all_of(words.begin(), words.end(), [&](const QString &word) { return all.contains(word); });
    }
    QCOMPARE(m_proxy->rowCount(), matching);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QString all = (index.data().toString() + QLatin1Char(' ')
                             + index.siblingAtColumn(TrackListModel::ArtistColumn).data().toString() + QLatin1Char(' ')
                             + index.siblingAtColumn(TrackListModel::GenreColumn).data().toString())
                                .toLower();
        for (const QString &word : words)
            QVERIFY2(all.contains(word), qPrintable(all));
    }
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 120);
}

void TestTrackFilterProxy::sortsByNumbersAndDates()
{
    m_proxy->sort(TrackListModel::DurationColumn, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 duration = m_proxy->index(row, 0).data(TrackListModel::DurationMsRole).toLongLong();
        QVERIFY(duration <= previous);
        previous = duration;
    }
    QCOMPARE(m_proxy->index(0, TrackListModel::DurationColumn).data().toString(), QStringLiteral("2:59"));
    m_proxy->sort(TrackListModel::AddedColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Track 00119 of likes"));
    m_proxy->sort(TrackListModel::PlaysColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(1, 0).data().toString(), QStringLiteral("Track 00001 of likes"));
    m_proxy->setFilterText(QStringLiteral("jazz"));
    m_proxy->sort(TrackListModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(titles().constFirst(), QStringLiteral("Track 00116 of likes"));
}

void TestTrackFilterProxy::followsRowChanges()
{
    m_proxy->setFilterText(QStringLiteral("00042"));
    QCOMPARE(m_proxy->rowCount(), 1);
    const QString urn = m_proxy->index(0, 0).data(TrackListModel::UrnRole).toString();
    QVERIFY(m_model->setLiked(urn, false));
    QCOMPARE(m_proxy->rowCount(), 1);
    QVERIFY(!m_proxy->index(0, 0).data(TrackListModel::LikedRole).toBool());
    QVERIFY(m_model->setLiked(urn, true));
    m_proxy->setFilterText(QStringLiteral("jazz"));
    QCOMPARE(m_proxy->rowCount(), 20);
}

WAVESHELF_TEST_GUILESS_MAIN(TestTrackFilterProxy)
#include "tst_trackfilterproxy.moc"
