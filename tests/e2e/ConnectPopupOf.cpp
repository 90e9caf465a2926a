#include "ConnectPopupOf.h"

#include "ConnectPopup.h"
#include "LibraryPage.h"
#include "WebEngineSignInWindow.h"
#include "session/ConnectController.h"

#include <cstring>

namespace waveshelf::test {

ConnectPopup *connectPopup(const LibraryPage *page)
{
    // The window comes from the plugin's own copy of the connect code, so
    // qobject_cast (which compares meta-objects by address) cannot see it as this
    // test's WebEngineSignInWindow: the class name is compared instead. Both
    // copies are built from the same sources, so the layout is the same.
    SignInWindow *window = page->connectController().signInWindow();
    if (!window
        || std::strcmp(window->metaObject()->className(), WebEngineSignInWindow::staticMetaObject.className()) != 0)
        return nullptr;
    return static_cast<WebEngineSignInWindow *>(window)->popup();
}

}  // namespace waveshelf::test
