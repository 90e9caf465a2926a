// TrackTableView's own behaviour (no artwork loader): the context menu and its
// shortcuts act on the current row and say so with its data, Enter and
// double-click activate, previews are marked, blocked rows greyed with a
// tooltip, accessible names, sorting through a proxy.

#include "TestSuite.h"
#include "TrackItemDelegate.h"
#include "TrackRows.h"
#include "TrackTableView.h"
#include "models/TrackListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QToolTip>

using namespace waveshelf;
using namespace waveshelf::test;

class TestTrackTableView final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void contextMenuListsTheRowsActions();
    void actionsEmitTheRowsData();
    void shortcutsActOnTheCurrentRow();
    void enterAndDoubleClickActivate();
    void blockedRowsAreGreyedWithAReason();
    void headerSortsThroughAProxy();
    void controlsHaveAccessibleNames();
    void homeAndEndGoToTheFirstAndLastRow();
    void addToPlaylistActsOnTheSelection();
    void droppedRowsSayWhere();
    void focusFramesTheWholeRow();
    void previewBadgeGivesWayToTheTitle();

private:
    std::unique_ptr<TrackRows> m_rows;
    std::unique_ptr<TrackTableView> m_view;
    QList<QUrl> m_opened;
};

void TestTrackTableView::init()
{
    QList<TrackRows::Row> rows = TrackRows::numbered(6);
    rows[1].liked = true;
    rows[2].access = QStringLiteral("preview");
    rows[3].access = QStringLiteral("blocked");
    m_rows = std::make_unique<TrackRows>(QUrl(QStringLiteral("http://127.0.0.1:9")), rows);
    m_view = std::make_unique<TrackTableView>(nullptr, 0);
    m_view->setModel(m_rows.get());
    m_opened.clear();
    m_view->setUrlOpener([this](const QUrl &url) { m_opened.append(url); });
    m_view->resize(600, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    m_view->setFocus();
}

void TestTrackTableView::cleanup()
{
    m_view.reset();
    m_rows.reset();
}

void TestTrackTableView::contextMenuListsTheRowsActions()
{
    std::unique_ptr<QMenu> menu = m_view->contextMenuFor(0);
    QVERIFY(menu);
    QCOMPARE(m_view->currentIndex().row(), 0);
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(texts,
             QStringList({QStringLiteral("Play"), QStringLiteral("Play next"), QStringLiteral("Add to queue"),
                          QStringLiteral("Add to playlist"), QStringLiteral("Open on SoundCloud"),
                          QStringLiteral("Copy link"), QStringLiteral("Like"), QStringLiteral("Go to artist"),
                          QStringLiteral("Related tracks")}));
    for (QAction *action : menu->actions()) {
        // Nobody filled the playlist submenu here: it is greyed, not empty on hover.
        QVERIFY(action->isSeparator() || action->isEnabled() == !action->menu());
    }
    QCOMPARE(menu->accessibleName(), QStringLiteral("Track actions"));

    // The liked row offers Unlike.
    menu = m_view->contextMenuFor(1);
    QCOMPARE(m_view->likeAction()->text(), QStringLiteral("Unlike"));
    QVERIFY(!m_view->contextMenuFor(-1));
    QVERIFY(!m_view->contextMenuFor(6));
}

void TestTrackTableView::actionsEmitTheRowsData()
{
    QSignalSpy open(m_view.get(), &TrackTableView::openOnSoundCloudRequested);
    QSignalSpy copied(m_view.get(), &TrackTableView::linkCopied);
    QSignalSpy like(m_view.get(), &TrackTableView::likeRequested);
    QSignalSpy artist(m_view.get(), &TrackTableView::goToArtistRequested);
    QSignalSpy next(m_view.get(), &TrackTableView::playNextRequested);
    QSignalSpy queue(m_view.get(), &TrackTableView::addToQueueRequested);

    std::unique_ptr<QMenu> menu = m_view->contextMenuFor(4);
    m_view->playNextAction()->trigger();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.at(0).at(0).toInt(), 4);
    m_view->addToQueueAction()->trigger();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.at(0).at(0).toInt(), 4);
    m_view->openAction()->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toInt(), 4);
    QCOMPARE(open.at(0).at(1).toUrl(), TrackRows::permalinkOf(4));
    QCOMPARE(m_opened, QList<QUrl>({TrackRows::permalinkOf(4)}));

    m_view->copyLinkAction()->trigger();
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.at(0).at(0).toInt(), 4);
    QCOMPARE(QApplication::clipboard()->text(), TrackRows::permalinkOf(4).toString());

    m_view->likeAction()->trigger();
    QCOMPARE(like.size(), 1);
    QCOMPARE(like.at(0), QVariantList({4, TrackRows::urnOf(4), true}));

    m_view->goToArtistAction()->trigger();
    QCOMPARE(artist.size(), 1);
    QCOMPARE(artist.at(0), QVariantList({4, TrackRows::artistUrnOf(4)}));

    menu = m_view->contextMenuFor(1);  // liked: the action unlikes
    m_view->likeAction()->trigger();
    QCOMPARE(like.at(1), QVariantList({1, TrackRows::urnOf(1), false}));
}

void TestTrackTableView::shortcutsActOnTheCurrentRow()
{
    QSignalSpy open(m_view.get(), &TrackTableView::openOnSoundCloudRequested);
    QSignalSpy copied(m_view.get(), &TrackTableView::linkCopied);
    QSignalSpy like(m_view.get(), &TrackTableView::likeRequested);
    QSignalSpy artist(m_view.get(), &TrackTableView::goToArtistRequested);
    m_view->setCurrentIndex(m_rows->index(0, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentIndex().row(), 2);

    QTest::keyClick(m_view.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toInt(), 2);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(QApplication::clipboard()->text(), TrackRows::permalinkOf(2).toString());
    QCOMPARE(like.size(), 1);
    QCOMPARE(like.at(0).at(1).toString(), TrackRows::urnOf(2));
    QCOMPARE(artist.size(), 1);
    QCOMPARE(artist.at(0).at(1).toString(), TrackRows::artistUrnOf(2));
}

void TestTrackTableView::enterAndDoubleClickActivate()
{
    QSignalSpy activated(m_view.get(), &TrackTableView::trackActivated);
    m_view->setCurrentIndex(m_rows->index(3, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 3);

    const QPoint middle = m_view->visualRect(m_rows->index(5, 1)).center();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, middle);  // a double-click's first press
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toInt(), 5);
}

void TestTrackTableView::blockedRowsAreGreyedWithAReason()
{
    // Blocked rows are there (never hidden), painted disabled, with a reason.
    QCOMPARE(m_view->model()->rowCount(), 6);
    QVERIFY(!m_view->isRowHidden(3));
    const QRect blocked = m_view->visualRect(m_rows->index(3, 1));
    QHelpEvent help(QEvent::ToolTip, blocked.center(), m_view->viewport()->mapToGlobal(blocked.center()));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Blocked")));
    QToolTip::hideText();

    // Previews are marked: their title cell differs from the same cell without the badge.
    const QImage shot = m_view->viewport()->grab().toImage();
    const QRect preview = m_view->visualRect(m_rows->index(2, 0));
    const QRect playable = m_view->visualRect(m_rows->index(4, 0));
    const QTransform toPixels = QTransform::fromScale(shot.devicePixelRatio(), shot.devicePixelRatio());
    const auto rightEnd = [&](const QRect &cell) {
        return shot.copy(toPixels.mapRect(QRect(cell.right() - 40, cell.top() + 2, 40, cell.height() - 4)));
    };
    QVERIFY(rightEnd(preview) != rightEnd(playable));
}

void TestTrackTableView::previewBadgeGivesWayToTheTitle()
{
    // Issue 19 (a German window at 800 px): the "Vorschau" badge took the whole
    // title cell, so the preview's title could not be read.
    QList<TrackRows::Row> rows(2);
    rows[0].title = rows[1].title = QStringLiteral("Warehouse Session 5");
    rows[0].access = QStringLiteral("preview");
    TrackRows model(QUrl(QStringLiteral("http://127.0.0.1:9")), rows);
    TrackItemDelegate delegate(nullptr, 0);
    const auto cell = [&](int row, int width) {
        QStyleOptionViewItem option;
        option.initFrom(m_view.get());
        option.rect = QRect(0, 0, width, 32);
        option.state |= QStyle::State_Enabled;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(row, 0));
        return image;
    };
    QVERIFY(cell(0, 400) != cell(1, 400));  // room: the badge shows
    const int narrow = m_view->fontMetrics().averageCharWidth() * 10;
    QCOMPARE(cell(0, narrow), cell(1, narrow));  // narrow: the title alone, as any track's
}

void TestTrackTableView::headerSortsThroughAProxy()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_rows.get());
    m_view->setModel(&proxy);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Track 1"));  // the list's own order first
    QVERIFY(m_view->isSortingEnabled());
    m_view->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Track 6"));
    QSignalSpy like(m_view.get(), &TrackTableView::likeRequested);
    std::unique_ptr<QMenu> menu = m_view->contextMenuFor(0);
    m_view->likeAction()->trigger();
    QCOMPARE(like.at(0).at(1).toString(), TrackRows::urnOf(5));  // the proxy's row 0 is track 6
}

void TestTrackTableView::homeAndEndGoToTheFirstAndLastRow()
{
    // Issue 19, defect 14: Home and End moved between columns.
    m_view->setCurrentIndex(m_rows->index(2, 1));
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentIndex().row(), m_rows->rowCount() - 1);
    QCOMPARE(m_view->currentIndex().column(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentIndex().row(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);  // Ctrl: the focus only
    QCOMPARE(m_view->currentIndex().row(), m_rows->rowCount() - 1);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QVERIFY(m_view->selectionModel()->isRowSelected(m_rows->rowCount() - 1, QModelIndex()));
    // Shift extends the selection (what Add to playlist acts on).
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedRowsInOrder().size(), m_rows->rowCount());
}

void TestTrackTableView::droppedRowsSayWhere()
{
    auto *extra = new QAction(QStringLiteral("Remove from playlist"), m_view.get());
    m_view->addRowActions({extra});
    std::unique_ptr<QMenu> menu = m_view->contextMenuFor(0);
    QCOMPARE(menu->actions().constLast(), extra);
    QCOMPARE(extra->shortcutContext(), Qt::WidgetShortcut);

    m_view->setRowsMovable(true);
    QVERIFY(m_view->viewport()->acceptDrops());
    // Where a drop puts the rows: before the row under the pointer's upper half,
    // after it in its lower half, at the end below the last row.
    const QRect second = m_view->visualRect(m_rows->index(1, 0));
    QCOMPARE(m_view->dropTargetAt(second.center() - QPoint(0, second.height() / 4)), 1);
    QCOMPARE(m_view->dropTargetAt(second.center() + QPoint(0, second.height() / 4)), 2);
    QCOMPARE(m_view->dropTargetAt(QPoint(second.center().x(), m_view->viewport()->height() - 1)), m_rows->rowCount());
    // A drop from anywhere but this view's own drag is refused.
    QSignalSpy dropped(m_view.get(), &TrackTableView::rowsDropped);
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-waveshelf-track-rows"), QByteArray("4"));
    QDropEvent foreign(QPointF(second.center()), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &foreign);
    QCOMPARE(dropped.count(), 0);
    QVERIFY(!foreign.isAccepted());
    m_view->setRowsMovable(false);
    QVERIFY(!m_view->viewport()->acceptDrops());
}

void TestTrackTableView::addToPlaylistActsOnTheSelection()
{
    QList<QList<int>> asked;
    connect(m_view.get(), &TrackTableView::playlistMenuRequested, this, [&asked](QMenu *menu, const QList<int> &rows) {
        asked.append(rows);
        menu->addAction(QStringLiteral("Road Trip"));
    });
    m_view->setCurrentIndex(m_rows->index(1, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    std::unique_ptr<QMenu> menu = m_view->contextMenuFor(2);  // inside the selection: keeps it
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0), (QList<int>{1, 2, 3}));
    QCOMPARE(m_view->currentIndex().row(), 2);
    auto *submenu = menu->findChild<QMenu *>(QStringLiteral("addToPlaylistMenu"));
    QVERIFY(submenu);
    QVERIFY(submenu->menuAction()->isEnabled());
    QCOMPARE(submenu->accessibleName(), QStringLiteral("Add to playlist"));
    QCOMPARE(submenu->actions().size(), 1);
    menu = m_view->contextMenuFor(5);  // outside: the clicked row alone
    QCOMPARE(asked.at(1), (QList<int>{5}));
    QCOMPARE(m_view->selectedRowsInOrder(), (QList<int>{5}));
}

void TestTrackTableView::focusFramesTheWholeRow()
{
    // Issue 19, defect 14: the focus frame covered one cell, not the row.
    m_view->setCurrentIndex(QModelIndex());
    QVERIFY(m_view->rowFocusRect().isEmpty());
    m_view->setCurrentIndex(m_rows->index(4, 2));
    const QRect frame = m_view->rowFocusRect();
    const QRect first = m_view->visualRect(m_rows->index(4, 0));
    const QRect last = m_view->visualRect(m_rows->index(4, m_rows->columnCount() - 1));
    QCOMPARE(frame.left(), first.left());
    QVERIFY(frame.right() - last.right() >= 0 && frame.right() - last.right() <= 1);  // the grid line
    QCOMPARE(frame.top(), first.top());
    QCOMPARE(frame.height(), m_view->rowHeight(4));
}

void TestTrackTableView::controlsHaveAccessibleNames()
{
    QCOMPARE(m_view->accessibleName(), QStringLiteral("Tracks"));
    for (QAction *action : m_view->actions()) {
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->shortcut().isEmpty());
    }
    QCOMPARE(m_view->tabKeyNavigation(), false);
}

WAVESHELF_TEST_MAIN(TestTrackTableView)
#include "tst_tracktableview.moc"
