#include "network/RemoteUrl.h"

#include "config/ConfigCheck.h"

namespace waveshelf {

bool RemoteUrl::isAcceptable(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && ConfigCheck::isThisComputer(url.host());
}

}  // namespace waveshelf
