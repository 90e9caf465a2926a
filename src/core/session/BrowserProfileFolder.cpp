#include "session/BrowserProfileFolder.h"

#include "common/LogCategories.h"
#include "common/PrivatePaths.h"

#include <QCoreApplication>
#include <QDir>

namespace waveshelf {

QString BrowserProfileFolder::path(const QString &profilesDir, qint64 userId)
{
    return QDir(profilesDir).filePath(QStringLiteral("user-%1").arg(userId));
}

Result<QString> BrowserProfileFolder::make(const QString &profilesDir, qint64 userId)
{
    const QString folder = path(profilesDir, userId);
    if (Result<void> made = PrivatePaths::makeDir(folder); !made.ok())
        return made.error();
    for (const QString &level : {profilesDir, folder}) {
        switch (PrivatePaths::inspect(level).verdict) {
        case PrivatePaths::Verdict::Private:
            break;
        case PrivatePaths::Verdict::ReadableByOthers:
        case PrivatePaths::Verdict::WritableByOthers:
            if (Result<void> restricted = PrivatePaths::restrict(level); !restricted.ok())
                return restricted.error();
            break;
        case PrivatePaths::Verdict::OtherOwner:
        case PrivatePaths::Verdict::Missing:
            return Error{ErrorKind::Database,
                         QCoreApplication::translate("BrowserProfileFolder",
                                                     "The browser profile folder %1 is not yours, so Waveshelf does "
                                                     "not keep your SoundCloud sign-in there.")
                             .arg(QDir::toNativeSeparators(level)),
                         QStringLiteral("browser profile folder of another user")};
        }
    }
    return folder;
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
