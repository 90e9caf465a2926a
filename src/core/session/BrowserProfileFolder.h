#pragma once

#include "common/Result.h"

#include <QString>

namespace waveshelf {

// Where a local user's embedded-browser profile (cookies, local storage, cache)
// lives on disk: profilesDir/user-<id>. Core knows the folder without the
// browser engine, so forgetting a sign-in needs no engine loaded.
class BrowserProfileFolder final {
public:
    [[nodiscard]] static QString path(const QString &profilesDir, qint64 userId);
    // Creates the user's folder (and profilesDir) with mode 0700 from the start,
    // or makes the one there 0700; refuses one of another user. The folder's path.
    [[nodiscard]] static Result<QString> make(const QString &profilesDir, qint64 userId);
    // Deletes the folder and everything in it; true if it is gone (or never existed).
    static bool remove(const QString &profilesDir, qint64 userId);
};

}  // namespace waveshelf
