#pragma once

#include "TestDataDir.h"
#include "accounts/UserSession.h"
#include "soundcloud/Playlist.h"
#include "soundcloud/SoundCloudUser.h"
#include "soundcloud/Track.h"

#include <QList>

#include <memory>

namespace waveshelf {
class AppCore;
class Database;
class Library;
class UserContext;
}  // namespace waveshelf

namespace waveshelf::test {

// Local users (interactive KDF limits) in a real SQLite database, each with a
// UserContext built as the app builds it, whose API is a loopback port nobody
// listens on: SoundCloud is unreachable, so a library shows only its cache.
// For the cache and model tests that need no sandbox, and the benchmark.
class LibraryTestUsers final {
public:
    LibraryTestUsers();
    ~LibraryTestUsers();
    Q_DISABLE_COPY_MOVE(LibraryTestUsers)

    // A new local user and their context (owned here).
    UserContext &add(const QString &name);
    [[nodiscard]] AppCore &core() { return *m_core; }
    [[nodiscard]] Database &database();

    // `count` distinct tracks ("Track 00042 of <tag>"...), some preview and blocked.
    [[nodiscard]] static QList<Track> tracks(int count, const QString &tag = QStringLiteral("likes"));
    [[nodiscard]] static QList<Playlist> playlists(int count);
    [[nodiscard]] static QList<SoundCloudUser> people(int count);

private:
    TestDataDir m_dir;
    std::unique_ptr<AppCore> m_core;
    std::vector<std::unique_ptr<UserContext>> m_users;  // destroyed before the core
};

}  // namespace waveshelf::test
