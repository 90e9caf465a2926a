#pragma once

// The base of the tst_library* tests: MainWindowTestCase (the sandbox, the
// running app, connecting through the popup) and what a person does in the
// library browser: choose a view in the sidebar, wait for a list to load.

#include "MainWindowTestCase.h"
#include "soundcloud/LibraryList.h"

namespace waveshelf {
class LibraryBrowser;
class LibraryListModel;
class LibraryPage;
class ListPane;
}  // namespace waveshelf

namespace mainwindowtest {

class LibraryTestCase : public MainWindowTestCase {
    Q_OBJECT

protected:
    static constexpr int kLoadTimeoutMs = 10'000;

    // A new local user connected to the sandbox's bob, his Likes loaded (7 tracks).
    static waveshelf::LibraryPage *connectBob(App &app, const QString &localName);
    // Clicks the view's row in the sidebar, as a person does.
    static void choose(waveshelf::LibraryPage *library, waveshelf::LibraryList::Kind kind);
    // True once `model` has stopped loading with at least `rows` rows.
    [[nodiscard]] static bool loaded(waveshelf::LibraryListModel *model, int rows = 1);
    // True once `model` is complete (every page, refresh done) and has `rows` rows.
    [[nodiscard]] static bool completeWith(waveshelf::LibraryListModel *model, int rows);
    [[nodiscard]] static waveshelf::ListPane *pane(waveshelf::LibraryPage *library);
    // The rows' titles as the current view shows them (sorted, filtered).
    [[nodiscard]] static QStringList titlesShown(waveshelf::ListPane *pane);
};

}  // namespace mainwindowtest
