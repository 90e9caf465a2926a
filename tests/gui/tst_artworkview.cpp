// TrackTableView with an ArtworkLoader against the sandbox's artwork CDN: a
// placeholder first, then the image, at the row's size; rows sharing an image
// share one download; scrolling 10,000 rows loads only what ends up on screen;
// a loader destroyed before the view (a logout) leaves placeholders, no crash.

#include "ArtworkLoader.h"
#include "ArtworkTestCase.h"
#include "TestSuite.h"
#include "TrackItemDelegate.h"
#include "TrackRows.h"
#include "TrackTableView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using namespace waveshelf::test;

namespace {

QRgb thumbnailCentre(TrackTableView &view, int row)
{
    const QRect cell = view.visualRect(view.model()->index(row, 0));
    const QImage shot = view.viewport()->grab().toImage();
    return shot.pixel(TrackItemDelegate::thumbnailRect(cell).center() * shot.devicePixelRatio());
}

int visibleRows(const TrackTableView &view)
{
    return view.rowAt(view.viewport()->height() - 1) - view.rowAt(0) + 1;
}

}  // namespace

class TestArtworkView final : public ArtworkTestCase {
    Q_OBJECT

private slots:
    void placeholderThenImage();
    void rowsShareOneDownload();
    void scrollingTenThousandRowsLoadsOnlyWhatIsShown();
    void loaderDestroyedFirstLeavesPlaceholders();

private:
    struct Shown {
        std::unique_ptr<ArtworkLoader> loader;
        std::unique_ptr<TrackRows> rows;
        std::unique_ptr<TrackTableView> view;
    };
    Shown show(QList<TrackRows::Row> rows);
};

TestArtworkView::Shown TestArtworkView::show(QList<TrackRows::Row> rows)
{
    Shown shown;
    shown.loader = makeLoader();
    shown.rows = std::make_unique<TrackRows>(m_host->baseUrl(), std::move(rows));
    shown.view = std::make_unique<TrackTableView>(shown.loader.get(), 0);
    shown.view->setModel(shown.rows.get());
    shown.view->resize(640, 480);
    shown.view->show();
    if (!QTest::qWaitForWindowExposed(shown.view.get()))
        qWarning("the view was not exposed");
    return shown;
}

void TestArtworkView::placeholderThenImage()
{
    slowImages(600);
    Shown shown = show(TrackRows::numbered(5));
    TrackTableView &view = *shown.view;
    QTRY_COMPARE(m_host->artworkRequestCount(TrackRows::smallArtworkPath(1)), 1);
    const QRgb placeholder = TrackItemDelegate::placeholderColor(view.palette()).rgb();
    QCOMPARE(thumbnailCentre(view, 0), placeholder);

    QSignalSpy ready(shown.loader.get(), &ArtworkLoader::imageReady);
    QVERIFY(ready.wait(10000));
    QVERIFY(waitUntilIdle(*shown.loader));
    QTRY_VERIFY(thumbnailCentre(view, 0) != placeholder);
    QVERIFY(thumbnailCentre(view, 0) != thumbnailCentre(view, 1));  // each track its own artwork
    // The row's size was asked for, not SoundCloud's default "-large".
    QCOMPARE(m_host->artworkRequestCount(QStringLiteral("/images/artworks-1-large.png")), 0);
    QCOMPARE(m_host->artworkRequestCount(), 5);
}

void TestArtworkView::rowsShareOneDownload()
{
    slowImages(300);
    QList<TrackRows::Row> rows;
    for (int i = 0; i < 12; ++i)
        rows.append({QStringLiteral("Same cover %1").arg(i), QStringLiteral("playable"), 77, false});
    rows.append({QStringLiteral("No cover"), QStringLiteral("playable"), 0, false});
    Shown shown = show(rows);
    QSignalSpy ready(shown.loader.get(), &ArtworkLoader::imageReady);
    QVERIFY(ready.wait(10000));
    QVERIFY(shown.view->isSettled());
    QVERIFY(waitUntilIdle(*shown.loader));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_host->artworkRequestCount(), 1);
    QCOMPARE(m_host->artworkRequestCount(TrackRows::smallArtworkPath(77)), 1);
    const QRgb first = thumbnailCentre(*shown.view, 0);
    QTRY_COMPARE(thumbnailCentre(*shown.view, 11), thumbnailCentre(*shown.view, 0));
    QVERIFY(first != TrackItemDelegate::placeholderColor(shown.view->palette()).rgb());
}

void TestArtworkView::scrollingTenThousandRowsLoadsOnlyWhatIsShown()
{
    Shown shown = show(TrackRows::numbered(10000));
    TrackTableView &view = *shown.view;
    const int onScreen = visibleRows(view);
    const int perScreen = onScreen + 2 * TrackTableView::kPrefetchRows;
    QVERIFY2(onScreen > 5 && onScreen < 40, qPrintable(QString::number(onScreen)));

    // The first screen: its rows and a few beyond, nothing else.
    QTRY_VERIFY(view.isSettled() && m_host->artworkRequestCount() > 0);
    QVERIFY(waitUntilIdle(*shown.loader));
    const int firstScreen = m_host->artworkRequestCount();
    QVERIFY2(firstScreen >= onScreen && firstScreen <= perScreen, qPrintable(QString::number(firstScreen)));
    QCOMPARE(m_host->artworkRequestCount(TrackRows::smallArtworkPath(1)), 1);

    // A user drags through the whole list: each step is painted, but the view
    // never rests until the end.
    QScrollBar *bar = view.verticalScrollBar();
    for (int step = 1; step <= 40; ++step) {
        bar->setValue(bar->maximum() * step / 40);
        QCoreApplication::processEvents();
    }
    QCOMPARE(bar->value(), bar->maximum());
    QTRY_VERIFY(view.isSettled());
    QVERIFY(waitUntilIdle(*shown.loader));
    const int total = m_host->artworkRequestCount();
    QVERIFY2(total <= firstScreen + perScreen, qPrintable(QString::number(total)));
    QCOMPARE(m_host->artworkRequestCount(TrackRows::smallArtworkPath(10000)), 1);
    QCOMPARE(m_host->artworkRequestCount(TrackRows::smallArtworkPath(5000)), 0);

    // The last screen shows images, not placeholders.
    QTRY_VERIFY(thumbnailCentre(view, 9999) != TrackItemDelegate::placeholderColor(view.palette()).rgb());
}

void TestArtworkView::loaderDestroyedFirstLeavesPlaceholders()
{
    Shown shown = show(TrackRows::numbered(200));
    TrackTableView &view = *shown.view;
    QTRY_VERIFY(view.isSettled() && m_host->artworkRequestCount() > 0);
    QVERIFY(waitUntilIdle(*shown.loader));
    const QRgb placeholder = TrackItemDelegate::placeholderColor(view.palette()).rgb();
    QTRY_VERIFY(thumbnailCentre(view, 0) != placeholder);

    // The loader goes first (a logout); the view repaints, scrolls and settles.
    shown.loader.reset();
    QCOMPARE(thumbnailCentre(view, 0), placeholder);  // grab() paints synchronously
    view.scrollToBottom();
    QCoreApplication::processEvents();
    QTRY_VERIFY(view.isSettled());
    QCOMPARE(thumbnailCentre(view, 199), placeholder);
    view.viewport()->repaint();
}

WAVESHELF_TEST_MAIN(TestArtworkView)
#include "tst_artworkview.moc"
