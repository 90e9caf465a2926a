#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf {

// Another SoundCloud user as a list shows them (followings, search results).
struct SoundCloudUser {
    QString urn;  // "soundcloud:users:7"
    QString username;
    QString fullName;
    QString city;
    QUrl avatarUrl;  // "-large" URL, or empty
    QUrl permalinkUrl;
    int trackCount = 0;
    int playlistCount = 0;
    int followersCount = 0;

    friend bool operator==(const SoundCloudUser &a, const SoundCloudUser &b)
    {
        return a.urn == b.urn && a.username == b.username && a.fullName == b.fullName && a.city == b.city
            && a.avatarUrl == b.avatarUrl && a.permalinkUrl == b.permalinkUrl && a.trackCount == b.trackCount
            && a.playlistCount == b.playlistCount && a.followersCount == b.followersCount;
    }
    friend bool operator!=(const SoundCloudUser &a, const SoundCloudUser &b) { return !(a == b); }
};

// One page of a list of users (nextHref empty when done).
struct UserPage {
    QList<SoundCloudUser> users;
    QUrl nextHref;
};

}  // namespace waveshelf
