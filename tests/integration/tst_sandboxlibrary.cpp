// The sandbox's listener library over loopback: the 10,000-likes user, the
// feed's activities, recently played (never paged), followings (offset paging),
// playlists of up to 300 tracks, other users' pages, search, and the OAuth check
// on every new route.

#include "ListenerSeed.h"
#include "SandboxTestCase.h"
#include "SeedText.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

namespace {

const QString kAllAccess = QStringLiteral("&access=playable,preview,blocked");

QStringList valuesOf(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toString());
    return values;
}

}  // namespace

class TestSandboxLibrary final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void newRoutesNeedOAuth();
    void lenaLikesTenThousandTracks();
    void feedIsActivitiesWithCursors();
    void recentlyPlayedIsNeverPaged();
    void followingsPageByOffset();
    void playlistTracksArePaged();
    void otherUsersPages();
    void searchIsCaseInsensitiveAndPaged();
    void requestCountersCountNewRoutes();
};

void TestSandboxLibrary::newRoutesNeedOAuth()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const QStringList paths{QStringLiteral("/me/feed/tracks"),
                            QStringLiteral("/me/recently-played/tracks"),
                            QStringLiteral("/me/likes/playlists"),
                            QStringLiteral("/me/followings"),
                            QStringLiteral("/playlists/soundcloud:playlists:700010/tracks"),
                            QStringLiteral("/users/soundcloud:users:1002"),
                            QStringLiteral("/users/soundcloud:users:1002/tracks"),
                            QStringLiteral("/users/soundcloud:users:1002/playlists"),
                            QStringLiteral("/tracks?q=rain"),
                            QStringLiteral("/users?q=nova"),
                            QStringLiteral("/playlists?q=road")};
    for (const QString &path : paths) {
        QCOMPARE(m_app.get(url(path)).status, 401);
        QCOMPARE(m_app.get(url(path), QByteArrayLiteral("Bearer ") + tokens.access.toUtf8()).status, 401);
        QVERIFY2(api(path, tokens.access).status == 200, qPrintable(path));
    }
    const QUrl like = url(QStringLiteral("/likes/tracks/soundcloud:tracks:520001"));
    QCOMPARE(m_app.send("POST", like).status, 401);
    QCOMPARE(m_app.send("DELETE", like, QByteArrayLiteral("Bearer ") + tokens.access.toUtf8()).status, 401);
}

void TestSandboxLibrary::lenaLikesTenThousandTracks()
{
    const Tokens tokens = connectUser(QStringLiteral("lena"));
    int pages = 0;
    const QJsonArray likes = walk(QStringLiteral("/me/likes/tracks?linked_partitioning=true&limit=200") + kAllAccess,
                                  tokens.access, &pages);
    QCOMPARE(likes.size(), ListenerSeed::kLenaLikeCount);
    QCOMPARE(pages, ListenerSeed::kLenaLikeCount / 200);
    const QStringList urns = valuesOf(likes, QStringLiteral("urn"));
    const QStringList titles = valuesOf(likes, QStringLiteral("title"));
    QCOMPARE(QSet<QString>(urns.cbegin(), urns.cend()).size(), ListenerSeed::kLenaLikeCount);
    QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()).size(), ListenerSeed::kLenaLikeCount);
    QSet<qint64> artists;
    int previews = 0;
    int blocked = 0;
    for (const QJsonValue &value : likes) {
        const QJsonObject track = value.toObject();
        artists.insert(track.value(QStringLiteral("user_id")).toInteger());
        previews += track.value(QStringLiteral("access")).toString() == QLatin1String("preview") ? 1 : 0;
        blocked += track.value(QStringLiteral("access")).toString() == QLatin1String("blocked") ? 1 : 0;
        QVERIFY(track.value(QStringLiteral("user_favorite")).toBool());
    }
    QCOMPARE(artists.size(), ListenerSeed::kArtistCount);
    QVERIFY(previews > 500);
    QVERIFY(blocked > 50);
    QCOMPARE(titles.constFirst(), likes.at(0).toObject().value(QStringLiteral("title")).toString());
    QVERIFY(titles.constFirst().endsWith(SeedText::uniqueWord(0)));

    // Without `access`, likes still list blocked tracks (SoundCloud's default there).
    QCOMPARE(walk(QStringLiteral("/me/likes/tracks?linked_partitioning=true&limit=200"), tokens.access).size(),
             ListenerSeed::kLenaLikeCount);
}

void TestSandboxLibrary::feedIsActivitiesWithCursors()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const HttpResult first = api(QStringLiteral("/me/feed/tracks?linked_partitioning=true&limit=50") + kAllAccess,
                                 tokens.access);
    QCOMPARE(first.status, 200);
    const QUrlQuery next(QUrl(first.json().value(QStringLiteral("next_href")).toString()));
    QVERIFY(next.hasQueryItem(QStringLiteral("cursor")));
    QVERIFY(!next.hasQueryItem(QStringLiteral("offset")));

    const QJsonArray feed = walk(QStringLiteral("/me/feed/tracks?linked_partitioning=true&limit=50") + kAllAccess,
                                 tokens.access);
    QCOMPARE(feed.size(), ListenerSeed::kFeedMax);
    QSet<QString> types;
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &value : feed) {
        const QJsonObject activity = value.toObject();
        types.insert(activity.value(QStringLiteral("type")).toString());
        const QJsonObject origin = activity.value(QStringLiteral("origin")).toObject();
        QCOMPARE(origin.value(QStringLiteral("kind")).toString(), QStringLiteral("track"));
        QVERIFY(origin.value(QStringLiteral("urn")).toString().startsWith(QStringLiteral("soundcloud:tracks:")));
        const QString at = activity.value(QStringLiteral("created_at")).toString();
        QVERIFY2(at <= previous, qPrintable(at));  // "yyyy/MM/dd HH:mm:ss +0000" sorts as text
        previous = at;
    }
    QCOMPARE(types, (QSet<QString>{QStringLiteral("track"), QStringLiteral("track-repost")}));
    QVERIFY(
        walk(QStringLiteral("/me/feed/tracks?linked_partitioning=true"), connectUser(QStringLiteral("carol")).access)
            .isEmpty());
}

void TestSandboxLibrary::recentlyPlayedIsNeverPaged()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const HttpResult page = api(QStringLiteral("/me/recently-played/tracks?linked_partitioning=true&limit=5"),
                                tokens.access);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value(QStringLiteral("collection")).toArray().size(), ListenerSeed::kRecentlyPlayedMax);
    QVERIFY(!page.json().contains(QStringLiteral("next_href")));
    QCOMPARE(api(QStringLiteral("/me/recently-played/tracks"), connectUser(QStringLiteral("bob")).access)
                 .json()
                 .value(QStringLiteral("collection"))
                 .toArray()
                 .size(),
             3);
}

void TestSandboxLibrary::followingsPageByOffset()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const HttpResult first = api(QStringLiteral("/me/followings?linked_partitioning=true&limit=20"), tokens.access);
    const QUrlQuery next(QUrl(first.json().value(QStringLiteral("next_href")).toString()));
    QCOMPARE(next.queryItemValue(QStringLiteral("offset")), QStringLiteral("20"));
    int pages = 0;
    const QJsonArray users = walk(QStringLiteral("/me/followings?linked_partitioning=true&limit=20"), tokens.access,
                                  &pages);
    QCOMPARE(users.size(), 63);
    QCOMPARE(pages, 4);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("dj-dave"));
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(api(QStringLiteral("/me/followings?linked_partitioning=true&offset=x"), tokens.access).status, 400);
}

void TestSandboxLibrary::playlistTracksArePaged()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const QJsonArray mine = walk(QStringLiteral("/me/playlists?linked_partitioning=true&show_tracks=false"),
                                 tokens.access);
    QList<int> sizes;
    for (const QJsonValue &playlist : mine)
        sizes.append(playlist.toObject().value(QStringLiteral("track_count")).toInt());
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<int>{1, 5, 7, 25, 120, 300}));

    int pages = 0;
    const QJsonArray tracks = walk(
        QStringLiteral("/playlists/soundcloud:playlists:700010/tracks?linked_partitioning=true&limit=50") + kAllAccess,
        tokens.access, &pages);
    QCOMPARE(tracks.size(), 300);
    QCOMPARE(pages, 6);
    QCOMPARE(
        walk(QStringLiteral("/playlists/soundcloud:playlists:700014/tracks?linked_partitioning=true"), tokens.access)
            .size(),
        1);
    QCOMPARE(api(QStringLiteral("/playlists/soundcloud:playlists:1/tracks"), tokens.access).status, 404);

    const QJsonArray liked = walk(QStringLiteral("/me/likes/playlists?linked_partitioning=true&limit=5"),
                                  tokens.access);
    QCOMPARE(liked.size(), 12);
    QCOMPARE(liked.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Road Trip"));
}

void TestSandboxLibrary::otherUsersPages()
{
    const Tokens tokens = connectUser(QStringLiteral("lena"));
    const HttpResult bob = api(QStringLiteral("/users/soundcloud:users:1002"), tokens.access);
    QCOMPARE(bob.json().value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(walk(QStringLiteral("/users/soundcloud:users:1002/tracks?linked_partitioning=true"), tokens.access).size(),
             3);
    QCOMPARE(
        walk(QStringLiteral("/users/soundcloud:users:1002/playlists?linked_partitioning=true"), tokens.access).size(),
        2);
    const QJsonArray artistTracks = walk(
        QStringLiteral("/users/soundcloud:users:2001/tracks?linked_partitioning=true&limit=7") + kAllAccess,
        tokens.access);
    QCOMPARE(artistTracks.size(), ListenerSeed::kTracksPerArtist);
    QCOMPARE(api(QStringLiteral("/users/soundcloud:users:999999"), tokens.access).status, 404);
    QCOMPARE(api(QStringLiteral("/users/nonsense/tracks"), tokens.access).status, 404);
}

void TestSandboxLibrary::searchIsCaseInsensitiveAndPaged()
{
    const Tokens tokens = connectUser(QStringLiteral("lena"));
    // A made-up word in one of lena's liked tracks, typed in capitals.
    const QString word = SeedText::uniqueWord(4321);
    const QJsonArray exact = walk(QStringLiteral("/tracks?linked_partitioning=true&q=") + word.toUpper(),
                                  tokens.access);
    QVERIFY(!exact.isEmpty());
    for (const QJsonValue &track : exact)
        QVERIFY(track.toObject().value(QStringLiteral("title")).toString().contains(word, Qt::CaseInsensitive));

    // By genre, paged by offset.
    const HttpResult techno = api(QStringLiteral("/tracks?linked_partitioning=true&limit=30&q=tEcHnO"), tokens.access);
    QVERIFY(QUrl(techno.json().value(QStringLiteral("next_href")).toString())
                .query()
                .contains(QStringLiteral("offset=30")));
    const QJsonArray allTechno = walk(QStringLiteral("/tracks?linked_partitioning=true&limit=200&q=techno"),
                                      tokens.access);
    QVERIFY(allTechno.size() > 200);
    for (const QJsonValue &track : allTechno) {
        const QJsonObject object = track.toObject();
        QVERIFY(
            object.value(QStringLiteral("genre")).toString() == QLatin1String("Techno")
            || object.value(QStringLiteral("title")).toString().contains(QLatin1String("techno"), Qt::CaseInsensitive));
    }

    const QJsonArray novas = walk(QStringLiteral("/users?linked_partitioning=true&limit=3&q=NOVA"), tokens.access);
    QCOMPARE(novas.size(), ListenerSeed::kArtistCount / 20);
    for (const QString &name : valuesOf(novas, QStringLiteral("username")))
        QVERIFY(name.startsWith(QLatin1String("nova-")));

    int pages = 0;
    const QJsonArray sessions = walk(QStringLiteral("/playlists?linked_partitioning=true&limit=50&show_tracks=false"
                                                    "&q=sessions"),
                                     tokens.access, &pages);
    QCOMPARE(sessions.size(), ListenerSeed::kArtistCount);
    QCOMPARE(pages, 4);
    QVERIFY(walk(QStringLiteral("/tracks?linked_partitioning=true&q=no-such-words-anywhere"), tokens.access).isEmpty());
}

void TestSandboxLibrary::requestCountersCountNewRoutes()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    m_host->resetCounters();
    QVERIFY(!walk(QStringLiteral("/me/followings?linked_partitioning=true&limit=50"), tokens.access).isEmpty());
    QCOMPARE(m_host->requestCount(QStringLiteral("/me/followings")), 2);
    QCOMPARE(api(QStringLiteral("/users/soundcloud:users:1002"), tokens.access).status, 200);
    QCOMPARE(m_host->requestCount(QStringLiteral("/users/soundcloud:users:1002")), 1);
    QCOMPARE(m_host->apiRequestCount(), 3);
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxLibrary)
#include "tst_sandboxlibrary.moc"
