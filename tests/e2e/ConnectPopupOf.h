#pragma once

namespace waveshelf {
class ConnectPopup;
class LibraryPage;
}  // namespace waveshelf

namespace waveshelf::test {

// The page's open "Connect to SoundCloud" popup (its controller's sign-in
// window, made by the plugin the app loaded), if any.
[[nodiscard]] ConnectPopup *connectPopup(const LibraryPage *page);

}  // namespace waveshelf::test
