// End to end: liking and unliking from the library browser (the context menu's
// action and its shortcut) reaches the sandbox; a refusal is undone and said
// in the message bar. Following and unfollowing (issue 20, item 5) from a
// person's page and from a track's context menu, the Following view updated,
// the follow limit named.

#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "LibraryTestCase.h"
#include "MainWindow.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "TrackListPane.h"
#include "TrackTableView.h"
#include "UndoBar.h"
#include "models/TrackListModel.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace mainwindowtest;
using namespace waveshelf;
using Kind = LibraryList::Kind;

class TestLibraryLikes final : public LibraryTestCase {
    Q_OBJECT

private slots:
    void init();
    void likeAndUnlikeReachSoundCloud();
    void refusedLikeIsUndoneWithAMessage();
    void followFromAPersonAndATrack();

private:
    // Selects the row of `title` in the current track view; its view row, or -1.
    static int select(LibraryPage *library, const QString &title);
};

void TestLibraryLikes::init()
{
    m_sandbox.resetLikes();
    m_sandbox.resetFollowings();
}

int TestLibraryLikes::select(LibraryPage *library, const QString &title)
{
    auto *tracks = qobject_cast<TrackListPane *>(pane(library));
    if (!tracks)
        return -1;
    const int row = int(titlesShown(tracks).indexOf(title));
    if (row >= 0) {
        tracks->view()->setFocus();
        tracks->view()->setCurrentIndex(tracks->view()->model()->index(row, 0));
    }
    return row;
}

void TestLibraryLikes::likeAndUnlikeReachSoundCloud()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("liker"));
    QVERIFY(library);

    // Like one of his uploads: shown at once, then sent.
    choose(library, Kind::Uploads);
    QVERIFY(completeWith(library->tracksModel(), 3));
    const int row = select(library, QStringLiteral("Untitled"));
    QVERIFY(row >= 0);
    auto *table = qobject_cast<TrackTableView *>(pane(library)->view());
    QCOMPARE(table->likeAction()->text(), QStringLiteral("Like"));
    const QString urn = table->currentIndex().data(TrackListModel::UrnRole).toString();
    const QString path = QStringLiteral("/likes/tracks/") + urn;
    table->likeAction()->trigger();
    QVERIFY(table->currentIndex().siblingAtColumn(0).data(TrackListModel::LikedRole).toBool());
    QCOMPARE(table->likeAction()->text(), QStringLiteral("Unlike"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(path), 1, kLoadTimeoutMs);
    QTRY_VERIFY(messageText(*app.window).isEmpty());
    // Issue 19, defect 14: "Liked." did not say what.
    QTRY_COMPARE(app.window->statusBar()->currentMessage(), QStringLiteral("Added “Untitled” to your likes."));

    // SoundCloud has it: his likes now list it first.
    choose(library, Kind::Likes);
    QVERIFY(completeWith(library->tracksModel(), 8));
    QCOMPARE(library->tracksModel()->trackAt(0).urn, urn);

    // Unlike it with the shortcut (Ctrl+Shift+L). Issue 19, defect 6: the row stayed in
    // Likes looking the same. In Likes it leaves the list at once, with Undo.
    QVERIFY(select(library, QStringLiteral("Untitled")) >= 0);
    table = qobject_cast<TrackTableView *>(pane(library)->view());
    QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(library->tracksModel()->rowCount(), 7);
    QVERIFY(!titlesShown(pane(library)).contains(QStringLiteral("Untitled")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(path), 2, kLoadTimeoutMs);
    auto *undo = library->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QTRY_COMPARE(undo->text(), QStringLiteral("Removed “Untitled” from your likes."));
    // Undo (Ctrl+Z) likes it again, back in its place.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(library->tracksModel()->rowCount(), 8);
    QCOMPARE(library->tracksModel()->trackAt(0).urn, urn);
    QVERIFY(library->tracksModel()->trackAt(0).liked);
    QVERIFY(undo->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(path), 3, kLoadTimeoutMs);
    QTRY_COMPARE(app.window->statusBar()->currentMessage(), QStringLiteral("Added “Untitled” to your likes."));

    // A click on its heart unlikes it again (the heart column); this time for good.
    const QModelIndex heart = table->model()->index(0, TrackListModel::LikedColumn);
    QCOMPARE(heart.data().toString(), TrackListModel::likedMark(true));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(heart).center());
    QVERIFY(!titlesShown(pane(library)).contains(QStringLiteral("Untitled")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(path), 4, kLoadTimeoutMs);
    library->browser()->refresh();
    QVERIFY(completeWith(library->tracksModel(), 7));
    QVERIFY(!titlesShown(pane(library)).contains(QStringLiteral("Untitled")));
}

void TestLibraryLikes::refusedLikeIsUndoneWithAMessage()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("refused"));
    QVERIFY(library);
    choose(library, Kind::Uploads);
    QVERIFY(completeWith(library->tracksModel(), 3));
    QVERIFY(select(library, QStringLiteral("Untitled")) >= 0);
    auto *table = qobject_cast<TrackTableView *>(pane(library)->view());

    m_sandbox.injectFault(sandbox::Fault::withStatus(QStringLiteral("/likes/tracks"), 503));
    table->likeAction()->trigger();
    QVERIFY(table->currentIndex().siblingAtColumn(0).data(TrackListModel::LikedRole).toBool());  // at once
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("did not save your like")),
                             kLoadTimeoutMs);
    QVERIFY(!table->currentIndex().siblingAtColumn(0).data(TrackListModel::LikedRole).toBool());  // undone
    QCOMPARE(table->likeAction()->text(), QStringLiteral("Like"));
    // And SoundCloud indeed has no new like.
    choose(library, Kind::Likes);
    QVERIFY(completeWith(library->tracksModel(), 7));
}

void TestLibraryLikes::followFromAPersonAndATrack()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("follower"));  // follows alice and dave
    QVERIFY(library);
    QVERIFY(completeWith(library->tracksModel(), 7));  // his likes

    // A person's page: Follow, then Following.
    library->browser()->openPerson(QStringLiteral("soundcloud:users:1005"), QStringLiteral("erin"));
    auto *follow = library->findChild<QPushButton *>(QStringLiteral("followPushButton"));
    QVERIFY(follow);
    QTRY_VERIFY_WITH_TIMEOUT(follow->isVisible(), kLoadTimeoutMs);
    QCOMPARE(follow->text(), QStringLiteral("Follow"));
    QTest::mouseClick(follow, Qt::LeftButton);
    QCOMPARE(follow->text(), QStringLiteral("Following"));  // at once
    QTRY_COMPARE_WITH_TIMEOUT(app.window->statusBar()->currentMessage(), QStringLiteral("You follow erin."),
                              kLoadTimeoutMs);
    QCOMPARE(m_sandbox.followingIds(1002), QList<qint64>({1005, 1001, 1004}));
    QTest::mouseClick(follow, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.window->statusBar()->currentMessage(), QStringLiteral("You no longer follow erin."),
                              kLoadTimeoutMs);
    QCOMPARE(m_sandbox.followingIds(1002), QList<qint64>({1001, 1004}));

    // Past the follow limit: named, and the button says Follow again.
    m_sandbox.setFollowLimit(2);
    QTest::mouseClick(follow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("as many people as it allows")),
                             kLoadTimeoutMs);
    QCOMPARE(follow->text(), QStringLiteral("Follow"));
    QCOMPARE(m_sandbox.followingIds(1002), QList<qint64>({1001, 1004}));

    // A track's context menu: unfollow its artist; the Following view shows it.
    choose(library, Kind::Likes);
    QVERIFY(completeWith(library->tracksModel(), 7));
    const int row = select(library, QStringLiteral("Paper Skyline"));  // alice's
    QVERIFY(row >= 0);
    auto *table = qobject_cast<TrackTableView *>(pane(library)->view());
    std::unique_ptr<QMenu> menu = table->contextMenuFor(row);
    auto *unfollow = menu->findChild<QAction *>(QStringLiteral("followArtistAction"));
    QVERIFY(unfollow);
    QCOMPARE(unfollow->text(), QStringLiteral("Unfollow alice"));
    unfollow->trigger();
    menu.reset();  // before its list goes
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.followingIds(1002), QList<qint64>({1004}), kLoadTimeoutMs);
    choose(library, Kind::Followings);
    QVERIFY(completeWith(library->browser()->currentPane()->model(), 1));
    QCOMPARE(titlesShown(pane(library)), QStringList{QStringLiteral("dj-dave")});
    QVERIFY(!follow->isVisible());  // not a person's page
}

WAVESHELF_TEST_MAIN(TestLibraryLikes)
#include "tst_librarylikes.moc"
