#include "SignInPluginLoader.h"

#include "common/LogCategories.h"
#include "session/SignInWindowProvider.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>
#include <QProcessEnvironment>

namespace waveshelf {

namespace {

bool isInside(const QString &path, const QString &folder)
{
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    const QString canonicalPath = QFileInfo(path).canonicalFilePath();
    return !canonicalFolder.isEmpty()
        && (canonicalPath == canonicalFolder || canonicalPath.startsWith(canonicalFolder + QLatin1Char('/')));
}

}  // namespace

QString SignInPluginLoader::fileName()
{
    return QStringLiteral(WAVESHELF_PLUGIN_FILE);
}

QStringList SignInPluginLoader::searchDirs(const QProcessEnvironment &env)
{
    const QString fromEnv = env.value(QStringLiteral("WAVESHELF_PLUGIN_DIR"));
    if (!fromEnv.isEmpty())
        return {fromEnv};
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs{QDir::cleanPath(appDir + QLatin1Char('/') + QStringLiteral(WAVESHELF_PLUGIN_DIR_FROM_BIN))};
    if (isInside(appDir, QStringLiteral(WAVESHELF_BUILD_DIR)))
        dirs.append(QStringLiteral(WAVESHELF_BUILD_PLUGIN_DIR));
    return dirs;
}

Result<SignInWindowProvider *> SignInPluginLoader::load(const QStringList &dirs)
{
    QString path;
    for (const QString &dir : dirs) {
        const QString candidate = QDir(dir).filePath(fileName());
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        qCWarning(lcAuth).noquote() << "The sign-in window plugin" << fileName() << "is in none of"
                                    << dirs.join(QStringLiteral(", "));
        return packagingError(QStringLiteral("sign-in window plugin not found"));
    }

    QPluginLoader loader(path);
    // Its metadata is read without loading the library: one built for another
    // interface (another Waveshelf version, or no plugin of ours) is never loaded.
    const QString iid = loader.metaData().value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(WAVESHELF_SIGNINWINDOWPROVIDER_IID)) {
        qCWarning(lcAuth).noquote() << "The sign-in window plugin" << path << "has the interface"
                                    << (iid.isEmpty() ? QStringLiteral("(none)") : iid) << "instead of"
                                    << WAVESHELF_SIGNINWINDOWPROVIDER_IID << loader.errorString();
        return packagingError(QStringLiteral("sign-in window plugin has another interface"));
    }
    QObject *instance = loader.instance();  // the library stays loaded for the rest of the run
    auto *provider = qobject_cast<SignInWindowProvider *>(instance);
    if (!provider) {
        qCWarning(lcAuth).noquote() << "The sign-in window plugin" << path
                                    << "could not be loaded:" << loader.errorString();
        return packagingError(QStringLiteral("sign-in window plugin failed to load"));
    }
    qCInfo(lcAuth).noquote() << "Sign-in window plugin loaded from" << path;
    return provider;
}

Error SignInPluginLoader::packagingError(const QString &detail)
{
    return Error{ErrorKind::NotFound,
                 tr("Waveshelf's sign-in window could not be loaded (its browser engine part is missing or "
                    "broken: a packaging problem). Sign in with your web browser instead."),
                 detail};
}

}  // namespace waveshelf
