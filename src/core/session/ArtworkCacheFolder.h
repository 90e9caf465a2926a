#pragma once

#include "common/Result.h"

#include <QString>

namespace waveshelf {

// Where a local user's artwork cache (a QNetworkDiskCache) lives:
// <root>/user-<id>, owner only, where the root belongs to one database (a
// data folder's, or a shared PostgreSQL database): rootFor(). Two data folders
// each with a user 1 never share or remove each other's cache. Core knows the
// folder so that a Disconnect, a password change or removing the user (app or
// command line) deletes the cache (plain URLs of what the user looked at)
// without the GUI.
class ArtworkCacheFolder final {
public:
    // <QStandardPaths::CacheLocation>/artwork.
    [[nodiscard]] static QString defaultRoot();
    // <base>/db-<16 hex digits of SHA-256 of the database location>.
    [[nodiscard]] static QString rootFor(const QString &databaseLocation, const QString &base = defaultRoot());
    [[nodiscard]] static QString path(const QString &root, qint64 userId);
    // Creates the folder with mode 0700 (or makes it so); refuses one of another
    // user. The folder this user had before caches were per database
    // (<base>/user-<id>, beside a root that rootFor() named) is deleted.
    [[nodiscard]] static Result<QString> make(const QString &root, qint64 userId);
    // Deletes the user's cached artwork; true if it is gone (or never existed).
    static bool remove(const QString &root, qint64 userId);
};

}  // namespace waveshelf
