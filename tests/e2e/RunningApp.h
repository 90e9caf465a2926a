#pragma once

#include "BrowserProfiles.h"
#include "MainWindow.h"
#include "app/AppCore.h"

#include <memory>

namespace waveshelf {
class ConnectPopup;
class LibraryPage;
}  // namespace waveshelf

namespace waveshelf::test {

// The app as main() builds it (AppCore + BrowserProfiles + MainWindow), shown,
// for end-to-end tests; and the login page driven as a person would.
// Members are destroyed in reverse order: window, profiles, core.
struct RunningApp {
    std::unique_ptr<AppCore> core;
    std::unique_ptr<BrowserProfiles> profiles;
    std::unique_ptr<MainWindow> window;

    [[nodiscard]] static RunningApp start(const AppConfig &config);

    // Fill the login page and press its buttons; true once the library shows.
    [[nodiscard]] bool createAccount(const QString &name, const QString &password) const;
    [[nodiscard]] bool logIn(const QString &name, const QString &password) const;
};

// The page's open "Connect to SoundCloud" popup (its controller's sign-in window), if any.
[[nodiscard]] ConnectPopup *connectPopup(const LibraryPage *page);

}  // namespace waveshelf::test
