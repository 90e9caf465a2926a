#include "auth/ServiceIdentity.h"

#include "config/AppConfig.h"
#include "config/ConfigCheck.h"

#include <QUrl>

namespace waveshelf {

namespace {

// Scheme and host in lower case, the port always written out, no path: two
// spellings of one origin compare equal, two ports of one host do not.
QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

QString normalised(const QUrl &url)
{
    if (!url.isValid())
        return {};
    QUrl copy = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash | QUrl::RemoveFragment);
    copy.setScheme(copy.scheme().toLower());
    copy.setHost(copy.host().toLower());
    if (copy.port() == (copy.scheme() == QLatin1String("https") ? 443 : 80))
        copy.setPort(-1);
    return copy.toString(QUrl::FullyEncoded);
}

}  // namespace

ServiceIdentity ServiceIdentity::of(const AppConfig &config)
{
    return ServiceIdentity{normalised(config.tokenUrl), originOf(config.apiUrl), config.clientId.trimmed()};
}

QString ServiceIdentity::displayHost() const
{
    const QUrl origin(apiOrigin);
    if (!origin.isValid() || origin.host().isEmpty())
        return apiOrigin;
    const int defaultPort = origin.scheme() == QLatin1String("https") ? 443 : 80;
    return origin.port(defaultPort) == defaultPort ? origin.host()
                                                   : QStringLiteral("%1:%2").arg(origin.host()).arg(origin.port());
}

bool ServiceIdentity::isOnThisComputer() const
{
    const QUrl origin(apiOrigin);
    return origin.isValid() && ConfigCheck::isThisComputer(origin.host());
}

}  // namespace waveshelf
