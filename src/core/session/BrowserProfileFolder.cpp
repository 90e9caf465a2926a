#include "session/BrowserProfileFolder.h"

#include "common/LogCategories.h"
#include "common/PerUserFolder.h"

#include <QCoreApplication>

namespace waveshelf {

QString BrowserProfileFolder::path(const QString &profilesDir, qint64 userId)
{
    return PerUserFolder::path(profilesDir, userId);
}

Result<QString> BrowserProfileFolder::make(const QString &profilesDir, qint64 userId)
{
    return PerUserFolder::make(profilesDir, userId,
                               QCoreApplication::translate("BrowserProfileFolder",
                                                           "The browser profile folder %1 is not yours, so Waveshelf "
                                                           "does not keep your SoundCloud sign-in there."));
}

bool BrowserProfileFolder::remove(const QString &profilesDir, qint64 userId)
{
    if (!PerUserFolder::remove(profilesDir, userId)) {
        qCWarning(lcAuth) << "Could not remove the browser profile folder of local user" << userId;
        return false;
    }
    qCInfo(lcAuth) << "Browser data removed for local user" << userId;
    return true;
}

}  // namespace waveshelf
