#include "network/FollowClient.h"

#include "common/LogCategories.h"
#include "network/ApiClient.h"

#include <QRegularExpression>
#include <QUrl>

namespace waveshelf {

FollowClient::FollowClient(ApiClient &api)
    : m_api(api)
{
}

void FollowClient::setFollowing(const QString &userUrn, const QString &name, bool follow, QObject *context,
                                Callback done)
{
    static const QRegularExpression urn(QStringLiteral("^soundcloud:users:[0-9]{1,19}$"));
    if (!urn.match(userUrn).hasMatch()) {
        done(Error{ErrorKind::InvalidInput, tr("This is not a SoundCloud user."), QStringLiteral("not a user urn")});
        return;
    }
    const QUrl url(QStringLiteral("/me/followings/") + userUrn);
    auto answer = [name, follow, done = std::move(done)](Result<QByteArray> body) {
        if (body.ok()) {
            done(Result<void>());
            return;
        }
        const Error &cause = body.error();
        qCInfo(lcApi) << (follow ? "follow" : "unfollow") << "refused:" << cause.detail;
        if (cause.kind == ErrorKind::NotFound) {
            done(Error{ErrorKind::NotFound, tr("SoundCloud no longer has %1's account.").arg(name), cause.detail});
            return;
        }
        if (cause.kind == ErrorKind::AccessDenied && follow) {
            done(Error{ErrorKind::AccessDenied,
                       tr("SoundCloud did not let you follow %1: most likely you follow as many people as it "
                          "allows. Unfollow someone first.")
                               .arg(name)
                           + u' ' + cause.message,
                       cause.detail});
            return;
        }
        const QString what = follow ? tr("SoundCloud did not save that you follow %1.").arg(name)
                                    : tr("SoundCloud did not stop you following %1.").arg(name);
        done(Error{cause.kind, what + u' ' + cause.message, cause.detail, cause.retryAt});
    };
    if (follow)
        m_api.put(url, context, std::move(answer));
    else
        m_api.deleteResource(url, context, std::move(answer));
}

}  // namespace waveshelf
