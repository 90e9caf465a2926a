#pragma once

#include <QString>

namespace waveshelf {

// Where a local user's embedded-browser profile (cookies, local storage, cache)
// lives on disk: profilesDir/user-<id>. Core knows the folder without the
// browser engine, so forgetting a sign-in needs no engine loaded.
class BrowserProfileFolder final {
public:
    [[nodiscard]] static QString path(const QString &profilesDir, qint64 userId);
    // Deletes the folder and everything in it; true if it is gone (or never existed).
    static bool remove(const QString &profilesDir, qint64 userId);
};

}  // namespace waveshelf
