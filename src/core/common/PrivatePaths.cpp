#include "common/PrivatePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace waveshelf {

namespace {

constexpr QFile::Permissions kFolderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kFileMode = QFile::ReadOwner | QFile::WriteOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

}  // namespace

PrivatePaths::Inspection PrivatePaths::inspect(const QString &path)
{
    Inspection result;
#ifdef Q_OS_UNIX
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return result;
    result.mode = QStringLiteral("%1").arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    const QString ownerName = QFileInfo(path).owner();
    result.owner = ownerName.isEmpty() ? QString::number(info.st_uid) : ownerName;
    if (info.st_uid != ::geteuid())
        result.verdict = Verdict::OtherOwner;
    else if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        result.verdict = Verdict::WritableByOthers;
    else if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        result.verdict = Verdict::ReadableByOthers;
    else
        result.verdict = Verdict::Private;
#else
    const QFileInfo info(path);
    if (info.exists()) {
        result.verdict = Verdict::Private;
        result.owner = info.owner();
    }
#endif
    return result;
}

Result<void> PrivatePaths::makeDir(const QString &path)
{
    QStringList missing;
    QString level = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo::exists(level)) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).path();
        if (parent == level)
            break;
        level = parent;
    }
    for (const QString &folder : missing) {
        // mkdir(2) with the mode: the umask can only take permissions away.
        if (QDir().mkdir(folder, kFolderMode))
            continue;
        const int error = errno;
        if (QFileInfo(folder).isDir())
            continue;
        return Error{
            ErrorKind::Database, tr("Could not create the folder %1.").arg(shown(folder)),
            QStringLiteral("mkdir %1 failed: %2").arg(shown(folder), QString::fromLocal8Bit(std::strerror(error)))};
    }
    return {};
}

Result<void> PrivatePaths::createFile(const QString &path)
{
    QFile file(path);
    // O_CREAT | O_EXCL with mode 0600.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode)) {
        return Error{ErrorKind::Database, tr("Could not create the file %1.").arg(shown(path)),
                     QStringLiteral("creating %1 failed: %2").arg(shown(path), file.errorString())};
    }
    return {};
}

Result<void> PrivatePaths::restrict(const QString &path)
{
    const bool isFolder = QFileInfo(path).isDir();
    if (QFile::setPermissions(path, isFolder ? kFolderMode : kFileMode))
        return {};
    const int error = errno;
    return Error{ErrorKind::Database,
                 isFolder ? tr("Could not make the folder %1 private to you.").arg(shown(path))
                          : tr("Could not make the file %1 private to you.").arg(shown(path)),
                 QStringLiteral("chmod %1 %2 failed: %3")
                     .arg(isFolder ? QStringLiteral("0700") : QStringLiteral("0600"), shown(path),
                          QString::fromLocal8Bit(std::strerror(error)))};
}

}  // namespace waveshelf
