#pragma once

#include "common/Result.h"

#include <QString>

namespace waveshelf {

// Where a local user's artwork cache (a QNetworkDiskCache) lives:
// <root>/user-<id>, owner only. The root is under the system's cache location
// (defaultRoot()); core knows the folder so that removing a user (app or
// command line) removes their cache without the GUI.
class ArtworkCacheFolder final {
public:
    // <QStandardPaths::CacheLocation>/artwork.
    [[nodiscard]] static QString defaultRoot();
    [[nodiscard]] static QString path(const QString &root, qint64 userId);
    // Creates the folder with mode 0700 (or makes it so); refuses one of another user.
    [[nodiscard]] static Result<QString> make(const QString &root, qint64 userId);
    // Deletes the user's cached artwork; true if it is gone (or never existed).
    static bool remove(const QString &root, qint64 userId);
};

}  // namespace waveshelf
