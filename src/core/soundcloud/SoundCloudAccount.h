#pragma once

#include <QString>

namespace waveshelf {

// The SoundCloud account a local user connected (from /me).
struct SoundCloudAccount {
    QString urn;  // e.g. "soundcloud:users:123"
    QString username;

    friend bool operator==(const SoundCloudAccount &a, const SoundCloudAccount &b)
    {
        return a.urn == b.urn && a.username == b.username;
    }
};

}  // namespace waveshelf
