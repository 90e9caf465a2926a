#include "config/AppConfig.h"

#include <QDir>

namespace waveshelf {

QUrl AppConfig::defaultRedirectUri()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8765/callback"));
}

QUrl AppConfig::soundCloudAuthorizeUrl()
{
    return QUrl(QStringLiteral("https://secure.soundcloud.com/authorize"));
}

QUrl AppConfig::soundCloudTokenUrl()
{
    return QUrl(QStringLiteral("https://secure.soundcloud.com/oauth/token"));
}

QUrl AppConfig::soundCloudApiUrl()
{
    return QUrl(QStringLiteral("https://api.soundcloud.com"));
}

bool AppConfig::talksToSoundCloud() const
{
    return authorizeUrl == soundCloudAuthorizeUrl() && tokenUrl == soundCloudTokenUrl()
        && apiUrl.adjusted(QUrl::StripTrailingSlash) == soundCloudApiUrl();
}

QString AppConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("waveshelf.sqlite"));
}

QString AppConfig::databaseLocation() const
{
    return databaseUrl.isEmpty() ? databasePath() : databaseUrl;
}

QString AppConfig::settingsPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("waveshelf.ini"));
}

QString AppConfig::browserProfilesDir() const
{
    return QDir(dataDir).filePath(QStringLiteral("browser-profiles"));
}

}  // namespace waveshelf
