// End to end: "Add to playlist" in a track list's context menu (issue 19, defect 6;
// issue 20, item 6). The submenu lists the account's own playlists; adding the
// selected tracks reaches SoundCloud, says what it did and offers Undo; "New
// playlist…" asks for a title and makes a private playlist; a refused write is
// said in the message bar and changes nothing. In an own playlist, tracks are
// removed (Delete) and moved (Alt+Up/Down), each with Undo, and a playlist changed
// elsewhere since it was shown is not written over; the playlist is renamed (F2)
// and deleted (asked first; Undo makes it again).

#include "CollectionPane.h"
#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "LibraryTestCase.h"
#include "MainWindow.h"
#include "PlaylistTrackActions.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "TrackListPane.h"
#include "TrackTableView.h"
#include "UndoBar.h"
#include "models/TrackListModel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace mainwindowtest;
using namespace waveshelf;
using Kind = LibraryList::Kind;

namespace {

constexpr qint64 kRoadTrip = 700001;  // bob's: 510002, 501234, 520001, 500097

// The "Add to playlist" submenu's entries for `table`'s selection (a fresh context menu).
QStringList playlistChoices(TrackTableView *table, int row)
{
    std::unique_ptr<QMenu> menu = table->contextMenuFor(row);
    auto *submenu = menu ? menu->findChild<QMenu *>(QStringLiteral("addToPlaylistMenu")) : nullptr;
    QStringList texts;
    if (submenu) {
        for (QAction *action : submenu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
    }
    return texts;
}

// Triggers the submenu entry `text` for `table`'s selection.
bool choosePlaylist(TrackTableView *table, int row, const QString &text)
{
    std::unique_ptr<QMenu> menu = table->contextMenuFor(row);
    auto *submenu = menu ? menu->findChild<QMenu *>(QStringLiteral("addToPlaylistMenu")) : nullptr;
    if (!submenu)
        return false;
    for (QAction *action : submenu->actions()) {
        if (action->text() == text && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return false;
}

}  // namespace

class TestLibraryPlaylists final : public LibraryTestCase {
    Q_OBJECT

private slots:
    void init();
    void addTheSelectionToAPlaylistAndUndo();
    void newPlaylistFromTheSelection();
    void refusedWriteIsSaidAndChangesNothing();
    void editAnOwnPlaylist();

private:
    // Bob's uploads shown, "Bedroom Demo #1" and "Untitled" selected; the table.
    TrackTableView *selectTwoUploads(LibraryPage *library);
};

void TestLibraryPlaylists::init()
{
    m_sandbox.resetPlaylists();
    m_sandbox.clearFaults();
}

TrackTableView *TestLibraryPlaylists::selectTwoUploads(LibraryPage *library)
{
    choose(library, Kind::Uploads);
    if (!completeWith(library->tracksModel(), 3))
        return nullptr;
    auto *table = qobject_cast<TrackTableView *>(pane(library)->view());
    const QStringList titles = titlesShown(pane(library));
    const int first = int(titles.indexOf(QStringLiteral("Bedroom Demo #1")));
    const int second = int(titles.indexOf(QStringLiteral("Untitled")));
    if (!table || first < 0 || second < 0)
        return nullptr;
    table->setFocus();
    table->selectionModel()->select(table->model()->index(first, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(second, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(second, 0), QItemSelectionModel::NoUpdate);
    return table;
}

void TestLibraryPlaylists::addTheSelectionToAPlaylistAndUndo()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("lister"));
    QVERIFY(library);
    TrackTableView *table = selectTwoUploads(library);
    QVERIFY(table);
    const int row = table->currentIndex().row();
    // His own playlists (newest first), after "New playlist…"; not the ones he only likes.
    QTRY_COMPARE_WITH_TIMEOUT(
        playlistChoices(table, row),
        QStringList({QStringLiteral("New playlist…"), QStringLiteral("First EP"), QStringLiteral("Road Trip")}),
        kLoadTimeoutMs);

    const QList<qint64> before = m_sandbox.playlist(kRoadTrip)->trackIds;
    QVERIFY(choosePlaylist(table, row, QStringLiteral("Road Trip")));
    auto *undo = library->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Added 2 tracks to “Road Trip”."), kLoadTimeoutMs);
    // In the order shown (newest upload first), at the end.
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, before + QList<qint64>({510003, 510001}));

    // Undo (Ctrl+Z, while the offer stands) takes the addition back.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(app.window->statusBar()->currentMessage(), QStringLiteral("“Road Trip” is as it was."),
                              kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, before);
    QVERIFY(messageText(*app.window).isEmpty());

    // All three uploads: one of them was in it from the start.
    table->selectAll();
    QVERIFY(choosePlaylist(table, row, QStringLiteral("Road Trip")));
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Added 2 tracks to “Road Trip”. 1 was in it already."),
                              kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds.size(), before.size() + 2);
    // Everything there already: said, nothing written.
    QVERIFY(choosePlaylist(table, row, QStringLiteral("Road Trip")));
    QTRY_COMPARE_WITH_TIMEOUT(app.window->statusBar()->currentMessage(),
                              QStringLiteral("“Road Trip” has these tracks already."), kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds.size(), before.size() + 2);
}

void TestLibraryPlaylists::newPlaylistFromTheSelection()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("maker"));
    QVERIFY(library);
    TrackTableView *table = selectTwoUploads(library);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(playlistChoices(table, table->currentIndex().row()).contains(QStringLiteral("Road Trip")),
                             kLoadTimeoutMs);
    QVERIFY(choosePlaylist(table, table->currentIndex().row(), QStringLiteral("New playlist…")));
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.window->findChild<QInputDialog *>(QStringLiteral("newPlaylistDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    dialog->setTextValue(QStringLiteral("Demos"));
    dialog->accept();
    auto *undo = library->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Created “Demos” with 2 tracks."), kLoadTimeoutMs);
    // In the Playlists view, first.
    choose(library, Kind::Playlists);
    QVERIFY(completeWith(library->browser()->currentPane()->model(), 3));
    QCOMPARE(titlesShown(pane(library)).constFirst(), QStringLiteral("Demos"));
    // And offered in the menu from now on.
    TrackTableView *again = selectTwoUploads(library);
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(playlistChoices(again, again->currentIndex().row()).contains(QStringLiteral("Demos")),
                             kLoadTimeoutMs);
}

void TestLibraryPlaylists::refusedWriteIsSaidAndChangesNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("refused"));
    QVERIFY(library);
    TrackTableView *table = selectTwoUploads(library);
    QVERIFY(table);
    const int row = table->currentIndex().row();
    QTRY_VERIFY_WITH_TIMEOUT(playlistChoices(table, row).contains(QStringLiteral("Road Trip")), kLoadTimeoutMs);
    const QList<qint64> before = m_sandbox.playlist(kRoadTrip)->trackIds;
    sandbox::Fault busy = sandbox::Fault::withStatus(QStringLiteral("/playlists/soundcloud:playlists:700001"), 503);
    busy.method = QByteArrayLiteral("PUT");
    m_sandbox.injectFault(busy);
    QVERIFY(choosePlaylist(table, row, QStringLiteral("Road Trip")));
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("unreachable")), kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, before);
    QVERIFY(library->findChild<UndoBar *>(QStringLiteral("undoBar"))->text().isEmpty());
}

namespace {

// The track ids the detail pane shows, in its order.
QList<qint64> idsShown(TrackListPane *detail)
{
    QList<qint64> ids;
    for (int row = 0; row < detail->trackModel()->rowCount(); ++row)
        ids.append(detail->trackModel()->trackAt(row).urn.section(u':', 2).toLongLong());
    return ids;
}

}  // namespace

void TestLibraryPlaylists::editAnOwnPlaylist()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("editor"));
    QVERIFY(library);
    choose(library, Kind::Playlists);
    auto *collection = qobject_cast<CollectionPane *>(pane(library));
    QVERIFY(collection);
    QVERIFY(completeWith(collection->model(), 2));
    const auto selectRoadTrip = [collection](const QString &title) {
        const int row = int(titlesShown(collection).indexOf(title));
        if (row >= 0)
            collection->view()->setCurrentIndex(collection->view()->model()->index(row, 0));
        return row >= 0;
    };
    QVERIFY(selectRoadTrip(QStringLiteral("Road Trip")));
    TrackListPane *detail = collection->detail();
    QTRY_COMPARE_WITH_TIMEOUT(idsShown(detail), m_sandbox.playlist(kRoadTrip)->trackIds, kLoadTimeoutMs);
    TrackTableView *table = detail->table();
    PlaylistTrackActions *actions = detail->playlistActions();
    QTRY_VERIFY(actions->removeAction()->isEnabled());
    auto *undo = library->findChild<UndoBar *>(QStringLiteral("undoBar"));

    // Delete removes the current track.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Removed 1 track from “Road Trip”."), kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, QList<qint64>({501234, 520001, 500097}));
    // Shown again as SoundCloud has it now.
    QTRY_COMPARE_WITH_TIMEOUT(idsShown(detail), QList<qint64>({501234, 520001, 500097}), kLoadTimeoutMs);

    // Alt+Down moves the first down one place; Undo puts it back.
    QTRY_VERIFY(actions->moveDownAction()->isEnabled());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Moved tracks in “Road Trip”."), kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, QList<qint64>({520001, 501234, 500097}));
    QTest::mouseClick(undo->findChild<QPushButton *>(QStringLiteral("undoPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.window->statusBar()->currentMessage(), QStringLiteral("“Road Trip” is as it was."),
                              kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, QList<qint64>({501234, 520001, 500097}));
    QTRY_COMPARE_WITH_TIMEOUT(idsShown(detail), QList<qint64>({501234, 520001, 500097}), kLoadTimeoutMs);

    // Changed on SoundCloud's site meanwhile: the removal is refused, nothing is lost.
    m_sandbox.setPlaylistTracks(kRoadTrip, {501234, 520001, 500097, 510001});
    QTRY_VERIFY(actions->removeAction()->isEnabled());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("changed on SoundCloud since")),
                             kLoadTimeoutMs);
    QCOMPARE(m_sandbox.playlist(kRoadTrip)->trackIds, QList<qint64>({501234, 520001, 500097, 510001}));

    // F2 renames it.
    collection->view()->setFocus();
    QTest::keyClick(collection->view(), Qt::Key_F2);
    QInputDialog *rename = nullptr;
    QTRY_VERIFY((rename = app.window->findChild<QInputDialog *>(QStringLiteral("renamePlaylistDialog"))));
    QTRY_VERIFY(rename->isVisible());
    QCOMPARE(rename->textValue(), QStringLiteral("Road Trip"));
    rename->setTextValue(QStringLiteral("Road Trip II"));
    rename->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.playlist(kRoadTrip)->title, QStringLiteral("Road Trip II"), kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Renamed “Road Trip” to “Road Trip II”."), kLoadTimeoutMs);

    // Delete asks first; Undo makes it again, tracks and all.
    QTRY_VERIFY_WITH_TIMEOUT(titlesShown(collection).contains(QStringLiteral("Road Trip II")), kLoadTimeoutMs);
    QVERIFY(selectRoadTrip(QStringLiteral("Road Trip II")));
    app.window->activateWindow();  // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    collection->view()->setFocus();
    QTest::keyClick(collection->view(), Qt::Key_Delete);
    QMessageBox *box = openedMessageBox(app.window.get(), QStringLiteral("deletePlaylistBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Road Trip II")));
    QVERIFY(clickInMessageBox(box, QStringLiteral("Delete")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox.playlist(kRoadTrip).has_value(), kLoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Deleted “Road Trip II”."), kLoadTimeoutMs);
    QTest::mouseClick(undo->findChild<QPushButton *>(QStringLiteral("undoPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.window->statusBar()->currentMessage(),
                              QStringLiteral("“Road Trip II” is back, with a new link."), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(titlesShown(collection).contains(QStringLiteral("Road Trip II")), kLoadTimeoutMs);
}

WAVESHELF_TEST_MAIN(TestLibraryPlaylists)
#include "tst_libraryplaylists.moc"
