#include "LibraryCacheBench.h"

#include "BenchTable.h"
#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/TrackFilterProxy.h"
#include "models/TrackListModel.h"
#include "session/UserContext.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

namespace waveshelf::bench {

namespace {

constexpr int kLikes = 10'000;

bool failed(const char *what)
{
    std::fprintf(stderr, "waveshelf-bench: library cache: %s\n", what);
    return false;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

Figure figure(const char *key, const QString &name, double value, double goalMs)
{
    Figure f;
    f.key = QLatin1String(key);
    f.name = name;
    f.unit = QStringLiteral("ms");
    f.waveshelf = value;
    f.goal = QStringLiteral("≤ %1 ms").arg(goalMs);
    f.met = value <= goalMs;
    return f;
}

}  // namespace

LibraryCacheBench::LibraryCacheBench(int runs)
    : m_runs(runs)
{
}

bool LibraryCacheBench::run(BenchTable &table)
{
    test::LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    LibraryCache &cache = library.cache();
    const LibraryList likes = LibraryList::of(LibraryList::Kind::Likes);
    const QList<Track> tracks = test::LibraryTestUsers::tracks(kLikes);

    QList<double> writes;
    QList<double> reads;
    QList<double> firstRows;
    QList<double> opened;
    QList<double> keystrokes;
    double worstKeystroke = 0;
    QList<double> firstKeystrokes;
    QList<double> idleReads;  // after the model showed the cache, until every filter text is read
    double longestSlice = 0;
    for (int run = 0; run < m_runs; ++run) {
        test::ResultSpy<void> written;
        QElapsedTimer clock;
        clock.start();
        cache.write(likes, tracks, {}, 0, written.context(), written.callback());
        if (!written.wait(30'000) || !written.last().ok())
            return failed("the write failed");
        writes.append(msSince(clock));

        test::ResultSpy<CachedList<Track>> read;
        clock.restart();
        cache.read<Track>(likes, read.context(), read.callback());
        if (!read.wait(30'000) || !read.last().ok() || read.last().value().items.size() != kLikes)
            return failed("the read failed");
        reads.append(msSince(clock));

        TrackListModel *model = library.createTrackModel(nullptr);
        // As the window has it: the filter proxy on the model before the rows come.
        TrackFilterProxy proxy;
        proxy.setSourceModel(model);
        proxy.sort(TrackListModel::TitleColumn);
        QSignalSpy shown(model, &LibraryListModel::cacheShown);
        double firstRowsMs = -1;
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] {
            if (firstRowsMs < 0)
                firstRowsMs = msSince(clock);
        });
        clock.restart();
        model->load(likes);
        if (!shown.wait(30'000) || model->rowCount() != kLikes)
            return failed("the model showed no cached rows");
        opened.append(msSince(clock));
        firstRows.append(firstRowsMs);

        // The texts the filter matches are read while idle; a person takes longer
        // than that to reach the filter box.
        clock.restart();
        if (!QTest::qWaitFor([&proxy] { return proxy.allTextsRead(); }, 30'000))
            return failed("the filter texts were not read");
        idleReads.append(msSince(clock));
        longestSlice = qMax(longestSlice, proxy.longestReadSliceMs());
        // Typing a title word by word: "track 00421 of likes", one keystroke at a time.
        const QString typed = QStringLiteral("track 00421 of likes");
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            clock.restart();
            proxy.setFilterText(typed.left(length));
            const double ms = msSince(clock);
            keystrokes.append(ms);
            if (length == 1)
                firstKeystrokes.append(ms);
            worstKeystroke = qMax(worstKeystroke, ms);
        }
        if (proxy.rowCount() != 1)
            return failed("the filter did not find the one title");
        proxy.setSourceModel(nullptr);
        delete model;
    }

    test::ResultSpy<qint64> size;
    cache.totalBytes(size.context(), size.callback());
    const bool sized = size.wait(30'000) && size.last().ok();

    Figure write = figure("cache_write_ms", QStringLiteral("Cache write, 10,000 likes (off the GUI thread)"),
                          BenchTable::median(writes), 300);
    if (sized)
        write.note = QStringLiteral("%1 MiB sealed, %2 chunks of %3")
                         .arg(double(size.last().value()) / 1048576.0, 0, 'f', 1)
                         .arg((kLikes + LibraryCache::kChunkItems - 1) / LibraryCache::kChunkItems)
                         .arg(LibraryCache::kChunkItems);
    table.add(write);
    table.add(
        figure("cache_read_ms", QStringLiteral("Cache read and open, 10,000 likes"), BenchTable::median(reads), 300));
    Figure first = figure("cache_first_rows_ms", QStringLiteral("First rows shown after load(), 10,000 cached likes"),
                          BenchTable::median(firstRows), 100);
    first.note = QStringLiteral("the first chunk of %1 rows").arg(LibraryCache::kChunkItems);
    table.add(first);
    table.add(figure("cache_open_ms", QStringLiteral("All 10,000 cached likes in the model after load()"),
                     BenchTable::median(opened), 300));
    Figure filter = figure("filter_keystroke_ms", QStringLiteral("Filter per keystroke, 10,000 rows (GUI thread)"),
                           BenchTable::median(keystrokes), 16);
    filter.note = QStringLiteral(
                      "worst keystroke %1 ms, first %2 ms; texts read while idle in %3 ms, slices of at most %4 ms")
                      .arg(worstKeystroke, 0, 'f', 1)
                      .arg(BenchTable::median(firstKeystrokes), 0, 'f', 1)
                      .arg(BenchTable::median(idleReads), 0, 'f', 0)
                      .arg(longestSlice, 0, 'f', 1);
    table.add(filter);
    return true;
}

}  // namespace waveshelf::bench
