#pragma once

#include "MainWindow.h"
#include "app/AppCore.h"

#include <memory>

namespace waveshelf {
class LibraryPage;
}  // namespace waveshelf

namespace waveshelf::test {

// The app as main() builds it (AppCore + MainWindow, whose sign-in windows
// come from the plugin loaded on demand), shown, for end-to-end tests; and the
// login page driven as a person would. Links no QtWebEngine.
// Members are destroyed in reverse order: window, core.
struct RunningApp {
    std::unique_ptr<AppCore> core;
    std::unique_ptr<MainWindow> window;

    [[nodiscard]] static RunningApp start(const AppConfig &config);

    // Fill the login page and press its buttons; true once the library shows.
    [[nodiscard]] bool createAccount(const QString &name, const QString &password) const;
    [[nodiscard]] bool logIn(const QString &name, const QString &password) const;
};

// The text of the library page's message bar, empty while it is hidden.
[[nodiscard]] QString messageText(const LibraryPage *library);

}  // namespace waveshelf::test
