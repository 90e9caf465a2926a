#include "session/BrowserProfileFolder.h"

#include "common/LogCategories.h"

#include <QDir>

namespace waveshelf {

QString BrowserProfileFolder::path(const QString &profilesDir, qint64 userId)
{
    return QDir(profilesDir).filePath(QStringLiteral("user-%1").arg(userId));
}

bool BrowserProfileFolder::remove(const QString &profilesDir, qint64 userId)
{
    QDir folder(path(profilesDir, userId));
    if (folder.exists() && !folder.removeRecursively()) {
        qCWarning(lcAuth) << "Could not remove the browser profile folder of local user" << userId;
        return false;
    }
    qCInfo(lcAuth) << "Browser data removed for local user" << userId;
    return true;
}

}  // namespace waveshelf
