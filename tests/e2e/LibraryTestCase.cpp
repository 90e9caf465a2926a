#include "LibraryTestCase.h"

#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "LibrarySidebar.h"
#include "ListPane.h"
#include "MainWindow.h"
#include "models/LibraryListModel.h"
#include "models/TrackFilterProxy.h"

#include <QAbstractItemView>
#include <QTest>

using namespace waveshelf;

namespace mainwindowtest {

LibraryPage *LibraryTestCase::connectBob(App &app, const QString &localName)
{
    if (!app.createAccount(localName, localName + QStringLiteral("-secret")))
        return nullptr;
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    LibraryPage *library = app.window->libraryPage();
    if (!library || !library->isConnected())
        return nullptr;
    // The popup had the focus: the window gets it back, for keys and shortcuts.
    app.window->activateWindow();
    if (!QTest::qWaitForWindowActive(app.window.get()))
        return nullptr;
    return completeWith(library->tracksModel(), 7) ? library : nullptr;
}

void LibraryTestCase::choose(LibraryPage *library, LibraryList::Kind kind)
{
    auto *sidebar = library->findChild<LibrarySidebar *>(QStringLiteral("librarySidebar"));
    QVERIFY(sidebar);
    const int row = int(LibrarySidebar::kinds().indexOf(kind));
    QVERIFY(row >= 0);
    const QRect rect = sidebar->visualRect(sidebar->model()->index(row, 0));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(library->browser()->place().kind, kind);
}

bool LibraryTestCase::loaded(LibraryListModel *model, int rows)
{
    return model && QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() >= rows; }, kLoadTimeoutMs);
}

bool LibraryTestCase::completeWith(LibraryListModel *model, int rows)
{
    return model && QTest::qWaitFor([&] { return model->isComplete() && model->rowCount() == rows; }, kLoadTimeoutMs);
}

ListPane *LibraryTestCase::pane(LibraryPage *library)
{
    return library->browser()->currentPane();
}

QStringList LibraryTestCase::titlesShown(ListPane *pane)
{
    QStringList titles;
    const QAbstractItemModel *shown = pane->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        titles.append(shown->index(row, 0).data().toString());
    return titles;
}

}  // namespace mainwindowtest
