#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace waveshelf {

class ApiClient;

// Follows and unfollows people for the connected account (PUT / DELETE
// /me/followings/{urn}) through the user's ApiClient. Following someone
// followed already, or unfollowing someone not followed, is no error. A 422
// (SoundCloud will not: most often the account follows as many people as it
// may) says so in plain words; other refusals keep their kind.
class FollowClient final {
    Q_DECLARE_TR_FUNCTIONS(FollowClient)

public:
    using Callback = std::function<void(Result<void>)>;

    explicit FollowClient(ApiClient &api);

    // userUrn: "soundcloud:users:123" (anything else: InvalidInput, nothing sent);
    // name: how the person is called in messages.
    void setFollowing(const QString &userUrn, const QString &name, bool follow, QObject *context, Callback done);

private:
    ApiClient &m_api;
};

}  // namespace waveshelf
