#include "session/ArtworkCacheFolder.h"

#include "common/LogCategories.h"
#include "common/PerUserFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace waveshelf {

QString ArtworkCacheFolder::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("artwork"));
}

QString ArtworkCacheFolder::rootFor(const QString &databaseLocation, const QString &base)
{
    const QByteArray digest = QCryptographicHash::hash(databaseLocation.toUtf8(), QCryptographicHash::Sha256);
    return QDir(base).filePath(QStringLiteral("db-") + QString::fromLatin1(digest.toHex().left(16)));
}

QString ArtworkCacheFolder::path(const QString &root, qint64 userId)
{
    return PerUserFolder::path(root, userId);
}

Result<QString> ArtworkCacheFolder::make(const QString &root, qint64 userId)
{
    // Only beside a root that rootFor() named: another root's parent is not ours to clean.
    const QFileInfo rootInfo(QDir::cleanPath(root));
    const QString base = rootInfo.path();
    if (rootInfo.fileName().startsWith(QLatin1String("db-")) && QFileInfo(PerUserFolder::path(base, userId)).isDir()) {
        // Keyed by the user id alone, from before: whose it was is not known.
        PerUserFolder::remove(base, userId);
        qCInfo(lcArtwork) << "Removed an artwork cache folder from before caches were per database";
    }
    return PerUserFolder::make(root, userId,
                               QCoreApplication::translate("ArtworkCacheFolder",
                                                           "The artwork cache folder %1 is not yours, so Waveshelf "
                                                           "does not keep your artwork there."));
}

bool ArtworkCacheFolder::remove(const QString &root, qint64 userId)
{
    if (!PerUserFolder::remove(root, userId)) {
        qCWarning(lcArtwork) << "Could not remove the artwork cache of local user" << userId;
        return false;
    }
    qCInfo(lcArtwork) << "Artwork cache removed for local user" << userId;
    return true;
}

}  // namespace waveshelf
