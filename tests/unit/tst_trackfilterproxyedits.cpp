// TrackFilterProxy keeps its per-row filter texts in step with the source:
// after random inserts, removes, changes, moves and resets anywhere, the rows
// it shows are exactly those a brute-force match finds; and a page appended
// (rows inserted at the end) reads only its own rows, never the ones before
// (loading 10,000 rows page by page stays linear); the texts are read while
// the event loop is idle, so the first keystroke after 10,000 rows arrive
// reads none (it finds them read), and an edit is read again the same way. The source is a plain
// list answering FilterTextRole, as every list model does; the paging check
// also runs over a real TrackListModel filled from the offline cache.

#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "TestSuite.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/LibraryListModel.h"
#include "models/TrackFilterProxy.h"
#include "models/TrackListModel.h"
#include "session/UserContext.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QRandomGenerator>
#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

namespace {

// Rows of text; FilterTextRole answers them case-folded, as the list models do.
class TextRows final : public QAbstractListModel {
public:
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_texts.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        if (role == Qt::DisplayRole)
            return m_texts.at(index.row());
        if (role == LibraryListModel::FilterTextRole)
            return m_texts.at(index.row()).toCaseFolded();
        return {};
    }
    void insert(int row, const QStringList &texts)
    {
        beginInsertRows({}, row, row + int(texts.size()) - 1);
        for (int i = 0; i < texts.size(); ++i)
            m_texts.insert(row + i, texts.at(i));
        endInsertRows();
    }
    void remove(int row, int count)
    {
        beginRemoveRows({}, row, row + count - 1);
        m_texts.remove(row, count);
        endRemoveRows();
    }
    void change(int row, const QString &text)
    {
        m_texts[row] = text;
        emit dataChanged(index(row), index(row));
    }
    void moveOne(int from, int to)  // `from` ends up before the row now at `to`
    {
        if (from == to || from + 1 == to || !beginMoveRows({}, from, from, {}, to))
            return;
        m_texts.move(from, to > from ? to - 1 : to);
        endMoveRows();
    }
    void reset(const QStringList &texts)
    {
        beginResetModel();
        m_texts = texts;
        endResetModel();
    }
    [[nodiscard]] const QStringList &texts() const { return m_texts; }

private:
    QStringList m_texts;
};

const QStringList kWords = {QStringLiteral("Jazz"),  QStringLiteral("techno"),  QStringLiteral("Dub"),
                            QStringLiteral("house"), QStringLiteral("AMBIENT"), QStringLiteral("folk")};

QString randomText(QRandomGenerator &random)
{
    return kWords.at(random.bounded(kWords.size())) + QLatin1Char(' ') + kWords.at(random.bounded(kWords.size()))
        + QLatin1Char(' ') + QString::number(random.bounded(1000));
}

QStringList randomTexts(QRandomGenerator &random, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(randomText(random));
    return out;
}

}  // namespace

class TestTrackFilterProxyEdits final : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForceAfterEdits_data();
    void matchesBruteForceAfterEdits();
    void appendedPagesReadOnlyTheirRows();
    void trackModelPagesReadEachRowOnce();
    void idleReadingLeavesNothingForTheFirstKeystroke();

private:
    // The proxy's rows against every source row checked the slow way.
    static void compareWithBruteForce(const TrackFilterProxy &proxy, const TextRows &rows, const QString &filter);
};

void TestTrackFilterProxyEdits::compareWithBruteForce(const TrackFilterProxy &proxy, const TextRows &rows,
                                                      const QString &filter)
{
    const QStringList words = filter.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList expected;
    for (const QString &text : rows.texts()) {
        const QString lower = text.toLower();
        if (std::all_of(words.begin(), words.end(), [&](const QString &word) { return lower.contains(word); }))
            expected.append(text);
    }
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data().toString());
    QCOMPARE(shown, expected);
}

void TestTrackFilterProxyEdits::matchesBruteForceAfterEdits_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("one word") << QStringLiteral("jazz") << 1U;
    QTest::newRow("two words") << QStringLiteral("dub HOUSE") << 2U;
    QTest::newRow("a number") << QStringLiteral("7") << 3U;
}

void TestTrackFilterProxyEdits::matchesBruteForceAfterEdits()
{
    QFETCH(QString, filter);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    TextRows rows;
    rows.insert(0, randomTexts(random, 200));
    TrackFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&rows);
    proxy.setFilterText(filter);
    compareWithBruteForce(proxy, rows, filter);
    for (int step = 0; step < 400; ++step) {
        const int size = rows.rowCount();
        switch (random.bounded(step % 100 == 99 ? 5 : 4)) {
        case 0:  // a few rows anywhere, the end included
            rows.insert(random.bounded(size + 1), randomTexts(random, 1 + random.bounded(5)));
            break;
        case 1:
            if (size > 0) {
                const int row = random.bounded(size);
                rows.remove(row, 1 + random.bounded(qMin(5, size - row)));
            }
            break;
        case 2:
            if (size > 0)
                rows.change(random.bounded(size), randomText(random));
            break;
        case 3:
            if (size > 1)
                rows.moveOne(random.bounded(size), random.bounded(size + 1));
            break;
        default:
            rows.reset(randomTexts(random, 50 + random.bounded(100)));
        }
        compareWithBruteForce(proxy, rows, filter);
        // Typing again (the same words) filters every row from the kept texts.
        proxy.setFilterText(step % 2 == 0 ? filter + QLatin1Char(' ') : filter);
        compareWithBruteForce(proxy, rows, filter);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
    }
}

void TestTrackFilterProxyEdits::appendedPagesReadOnlyTheirRows()
{
    QRandomGenerator random(7);
    TextRows rows;
    TrackFilterProxy proxy;
    proxy.setSourceModel(&rows);
    proxy.setFilterText(QStringLiteral("jazz"));
    constexpr int kPage = 200;
    for (int page = 0; page < 50; ++page) {  // 10,000 rows, page by page
        rows.insert(rows.rowCount(), randomTexts(random, kPage));
        QCOMPARE(proxy.filterTextReads(), qint64(rows.rowCount()));
    }
    compareWithBruteForce(proxy, rows, QStringLiteral("jazz"));
    // Typing again reads nothing; a changed row is read again, a removed one not at all.
    proxy.setFilterText(QStringLiteral("jazz dub"));
    QCOMPARE(proxy.filterTextReads(), qint64(10'000));
    rows.change(5000, QStringLiteral("Jazz Dub 1"));
    QCOMPARE(proxy.filterTextReads(), qint64(10'001));
    rows.remove(0, 100);
    rows.insert(20, {QStringLiteral("dub jazz 2")});
    QCOMPARE(proxy.filterTextReads(), qint64(10'002));
    compareWithBruteForce(proxy, rows, QStringLiteral("jazz dub"));
    // Nothing typed and no idle time yet: nothing read.
    proxy.setFilterText(QString());
    rows.insert(rows.rowCount(), randomTexts(random, kPage));
    QCOMPARE(proxy.filterTextReads(), qint64(10'002));
}

void TestTrackFilterProxyEdits::trackModelPagesReadEachRowOnce()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("erin")).library();
    const LibraryList likes = LibraryList::of(LibraryList::Kind::Likes);
    test::ResultSpy<void> stored;
    library.cache().write(likes, LibraryTestUsers::tracks(3000), {}, 0, stored.context(), stored.callback());
    QVERIFY(stored.wait(10'000));
    std::unique_ptr<TrackListModel> model(library.createTrackModel(nullptr));
    TrackFilterProxy proxy;
    proxy.setSourceModel(model.get());
    proxy.setFilterText(QStringLiteral("jazz"));
    int inserts = 0;
    connect(model.get(), &QAbstractItemModel::rowsInserted, this, [&inserts] { ++inserts; });
    model->load(likes);  // the cache's first chunk, then the rest: rows appended twice
    QTRY_COMPARE(model->rowCount(), 3000);
    QVERIFY(inserts >= 2);
    QCOMPARE(proxy.filterTextReads(), qint64(3000));
    QCOMPARE(proxy.rowCount(), 500);  // i % 6 == 2 is jazz
}

void TestTrackFilterProxyEdits::idleReadingLeavesNothingForTheFirstKeystroke()
{
    QRandomGenerator random(11);
    TextRows rows;
    TrackFilterProxy proxy;
    proxy.setSourceModel(&rows);
    rows.reset(randomTexts(random, 10'000));  // as the offline cache shows them: all at once
    QCOMPARE(proxy.filterTextReads(), qint64(0));
    QVERIFY(!proxy.allTextsRead());
    QTRY_VERIFY(proxy.allTextsRead());  // read in slices while idle
    QCOMPARE(proxy.filterTextReads(), qint64(10'000));
    QVERIFY(proxy.longestReadSliceMs() > 0);
    // The first keystroke reads nothing more, and finds what a brute-force match finds.
    proxy.setFilterText(QStringLiteral("folk 1"));
    QCOMPARE(proxy.filterTextReads(), qint64(10'000));
    compareWithBruteForce(proxy, rows, QStringLiteral("folk 1"));
    // A changed row, and rows inserted in the middle, are read again while idle, once.
    proxy.setFilterText(QString());
    rows.change(42, QStringLiteral("Folk 1 changed"));
    rows.insert(5000, {QStringLiteral("folk 1 new"), QStringLiteral("dub 2 new")});
    QVERIFY(!proxy.allTextsRead());
    QTRY_VERIFY(proxy.allTextsRead());
    QCOMPARE(proxy.filterTextReads(), qint64(10'003));
    proxy.setFilterText(QStringLiteral("folk 1"));
    QCOMPARE(proxy.filterTextReads(), qint64(10'003));
    compareWithBruteForce(proxy, rows, QStringLiteral("folk 1"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestTrackFilterProxyEdits)
#include "tst_trackfilterproxyedits.moc"
