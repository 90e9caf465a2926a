#include "LibraryTestUsers.h"

#include "LoopbackPort.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "session/UserContext.h"
#include "storage/UserRepository.h"

namespace waveshelf::test {

LibraryTestUsers::LibraryTestUsers()
{
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(LoopbackPort::free()));
    AppConfig config = m_dir.config(nowhere);
    config.clientId = QStringLiteral("waveshelf-test");
    config.kdfLimits = KdfLimits::interactive();
    auto core = AppCore::open(config);
    if (!core.ok())
        qFatal("cannot open test database: %s", qPrintable(core.error().detail));
    m_core = std::move(core).value();
}

LibraryTestUsers::~LibraryTestUsers()
{
    m_users.clear();
}

Database &LibraryTestUsers::database()
{
    return m_core->database();
}

UserContext &LibraryTestUsers::add(const QString &name)
{
    const QString password = QStringLiteral("correct horse battery");
    UserRepository &users = m_core->users();
    const auto id = users.create(name, PasswordHasher::hash(password, KdfLimits::interactive()).value());
    if (!id.ok())
        qFatal("cannot create test user");
    auto vault = Vault::create(password, id.value(), KdfLimits::interactive());
    if (!vault.ok() || !users.setVaultMaterial(id.value(), vault.value().second).ok())
        qFatal("cannot create test vault");
    m_users.push_back(m_core->createUserContext(UserSession{LocalUser{id.value(), name}, vault.value().first}));
    return *m_users.back();
}

QList<Track> LibraryTestUsers::tracks(int count, const QString &tag)
{
    static const char *const genres[] = {"Ambient", "Techno", "Jazz", "Hip-hop & Rap", "Folk", "Drum & Bass"};
    QList<Track> out;
    out.reserve(count);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'600'000'000'000, Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Track t;
        t.urn = QStringLiteral("soundcloud:tracks:%1").arg(900'000 + i);
        t.title = QStringLiteral("Track %1 of %2").arg(i, 5, 10, QLatin1Char('0')).arg(tag);
        t.artist = QStringLiteral("Artist %1").arg(i % 97);
        t.artistUrn = QStringLiteral("soundcloud:users:%1").arg(1000 + i % 97);
        t.durationMs = 60'000 + qint64(i % 300) * 1000;
        t.genre = QLatin1String(genres[i % 6]);
        t.access = i % 50 == 7 ? QStringLiteral("blocked")
            : i % 20 == 3      ? QStringLiteral("preview")
                               : QStringLiteral("playable");
        t.permalinkUrl = QUrl(QStringLiteral("https://soundcloud.com/artist-%1/track-%2").arg(i % 97).arg(i));
        t.artworkUrl = QUrl(QStringLiteral("https://i1.sndcdn.com/artworks-%1-large.jpg").arg(i));
        t.createdAt = start.addSecs(qint64(i) * 3600);
        t.addedAt = start.addSecs(qint64(i) * 7200);
        t.playbackCount = qint64(i) * 37;
        t.likesCount = i % 1000;
        t.liked = true;
        out.append(t);
    }
    return out;
}

QList<Playlist> LibraryTestUsers::playlists(int count)
{
    QList<Playlist> out;
    for (int i = 0; i < count; ++i) {
        Playlist p;
        p.urn = QStringLiteral("soundcloud:playlists:%1").arg(700'000 + i);
        p.title = QStringLiteral("Playlist %1").arg(i);
        p.owner = QStringLiteral("owner%1").arg(i % 5);
        p.ownerUrn = QStringLiteral("soundcloud:users:%1").arg(i % 5);
        p.trackCount = i + 1;
        p.durationMs = qint64(i + 1) * 180'000;
        p.playlistType = QStringLiteral("playlist");
        p.createdAt = QDateTime::fromMSecsSinceEpoch(1'500'000'000'000 + qint64(i) * 1000, Qt::UTC);
        out.append(p);
    }
    return out;
}

QList<SoundCloudUser> LibraryTestUsers::people(int count)
{
    QList<SoundCloudUser> out;
    for (int i = 0; i < count; ++i) {
        SoundCloudUser u;
        u.urn = QStringLiteral("soundcloud:users:%1").arg(5000 + i);
        u.username = QStringLiteral("person%1").arg(i);
        u.fullName = QStringLiteral("Person Number %1").arg(i);
        u.city = i % 2 ? QStringLiteral("Oslo") : QString();
        u.trackCount = i;
        u.playlistCount = i / 2;
        u.followersCount = i * 10;
        out.append(u);
    }
    return out;
}

}  // namespace waveshelf::test
