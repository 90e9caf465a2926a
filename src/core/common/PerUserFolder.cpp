#include "common/PerUserFolder.h"

#include "common/PrivatePaths.h"

#include <QDir>

namespace waveshelf {

QString PerUserFolder::path(const QString &root, qint64 userId)
{
    return QDir(root).filePath(QStringLiteral("user-%1").arg(userId));
}

Result<QString> PerUserFolder::make(const QString &root, qint64 userId, const QString &notYours)
{
    const QString folder = path(root, userId);
    if (Result<void> made = PrivatePaths::makeDir(folder); !made.ok())
        return made.error();
    for (const QString &level : {root, folder}) {
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
            return Error{ErrorKind::Database, notYours.arg(QDir::toNativeSeparators(level)),
                         QStringLiteral("per-user folder of another user")};
        }
    }
    return folder;
}

bool PerUserFolder::remove(const QString &root, qint64 userId)
{
    QDir folder(path(root, userId));
    return !folder.exists() || folder.removeRecursively();
}

}  // namespace waveshelf
