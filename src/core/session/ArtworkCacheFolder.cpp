#include "session/ArtworkCacheFolder.h"

#include "common/LogCategories.h"
#include "common/PerUserFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace waveshelf {

QString ArtworkCacheFolder::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("artwork"));
}

QString ArtworkCacheFolder::path(const QString &root, qint64 userId)
{
    return PerUserFolder::path(root, userId);
}

Result<QString> ArtworkCacheFolder::make(const QString &root, qint64 userId)
{
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
