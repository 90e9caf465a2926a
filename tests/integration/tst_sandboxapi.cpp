// The sandbox's API, driven over loopback by a real QNetworkAccessManager: the OAuth
// scheme, token lifetime, /me, pagination, the demo users' libraries and images.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

class TestSandboxApi final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void apiRequiresOAuthScheme_data();
    void apiRequiresOAuthScheme();
    void expiredAccessTokenIsRejected();
    void tokenLifetimeIsConfigurable();
    void meDescribesTheUser();
    void paginationWalksAllTracks();
    void defaultAccessHidesBlockedTracks();
    void limitIsCappedAndDefaults();
    void invalidCursorIsRefused();
    void bobHasLikesAndPlaylists();
    void carolHasAnEmptyLibrary();
    void imagesArePng();
};

void TestSandboxApi::apiRequiresOAuthScheme_data()
{
    QTest::addColumn<QString>("scheme");  // null: no Authorization header
    QTest::addColumn<bool>("realToken");
    QTest::addColumn<int>("status");

    QTest::newRow("OAuth") << QStringLiteral("OAuth") << true << 200;
    QTest::newRow("Bearer") << QStringLiteral("Bearer") << true << 401;
    QTest::newRow("no header") << QString() << true << 401;
    QTest::newRow("made-up token") << QStringLiteral("OAuth") << false << 401;
}

void TestSandboxApi::apiRequiresOAuthScheme()
{
    QFETCH(QString, scheme);
    QFETCH(bool, realToken);
    QFETCH(int, status);

    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const QString token = realToken ? tokens.access : QStringLiteral("2-123-madeup");
    const QByteArray header = scheme.isNull() ? QByteArray() : (scheme + u' ' + token).toUtf8();
    const QStringList paths{QStringLiteral("/me"), QStringLiteral("/me/tracks"), QStringLiteral("/me/likes/tracks"),
                            QStringLiteral("/me/playlists")};
    for (const QString &path : paths) {
        const HttpResult result = m_app.get(url(path), header);
        QCOMPARE(result.status, status);
        if (status == 401) {
            const QJsonObject expected{{QStringLiteral("code"), 401},
                                       {QStringLiteral("message"), QString()},
                                       {QStringLiteral("status"), QStringLiteral("401 - Unauthorized")},
                                       {QStringLiteral("errors"), QJsonArray()},
                                       {QStringLiteral("error"), QJsonValue::Null}};
            QCOMPARE(result.json(), expected);
        }
    }
}

void TestSandboxApi::expiredAccessTokenIsRejected()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 200);
    m_host->expireAllAccessTokens();
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 401);
    // Expiry is not revocation: the refresh token still works.
    const HttpResult refreshed = refresh(m_app, tokens.refresh);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(api(QStringLiteral("/me"), refreshed.json().value(QStringLiteral("access_token")).toString()).status, 200);
}

void TestSandboxApi::tokenLifetimeIsConfigurable()
{
    m_host->setAccessTokenLifetime(1);
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    QCOMPARE(refresh(m_app, tokens.refresh).json().value(QStringLiteral("expires_in")).toInt(), 1);
    m_host->setAccessTokenLifetime(120);
    const Tokens longer = connectUser(QStringLiteral("alice"));
    QCOMPARE(api(QStringLiteral("/me"), longer.access).status, 200);
    QCOMPARE(refresh(m_app, longer.refresh).json().value(QStringLiteral("expires_in")).toInt(), 120);
    // A one-second token is dead after a second.
    QTRY_COMPARE_WITH_TIMEOUT(api(QStringLiteral("/me"), tokens.access).status, 401, 3000);
}

void TestSandboxApi::meDescribesTheUser()
{
    const HttpResult me = api(QStringLiteral("/me"), connectUser(QStringLiteral("alice")).access);
    QCOMPARE(me.status, 200);
    const QJsonObject user = me.json();
    QCOMPARE(user.value(QStringLiteral("urn")).toString(), QStringLiteral("soundcloud:users:1001"));
    QCOMPARE(user.value(QStringLiteral("id")).toInt(), 1001);
    QCOMPARE(user.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(user.value(QStringLiteral("full_name")).toString(), QStringLiteral("Alice Sandbox"));
    QCOMPARE(user.value(QStringLiteral("track_count")).toInt(), 1234);
    QVERIFY(!user.value(QStringLiteral("permalink")).toString().isEmpty());
    QVERIFY(user.value(QStringLiteral("avatar_url")).toString().startsWith(m_host->baseUrl().toString()));
    QVERIFY(user.contains(QStringLiteral("followers_count")));
}

void TestSandboxApi::paginationWalksAllTracks()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    QUrl next = url(QStringLiteral("/me/tracks?limit=200&linked_partitioning=true"
                                   "&access=playable,preview,blocked"));
    QSet<QString> urns;
    int pages = 0;
    int items = 0;
    bool sawNullGenre = false;
    bool sawEmptyGenre = false;
    int blocked = 0;
    while (next.isValid() && pages < 20) {
        const HttpResult page = m_app.get(next, QByteArrayLiteral("OAuth ") + token.toUtf8());
        QCOMPARE(page.status, 200);
        ++pages;
        const QJsonObject body = page.json();
        const QJsonArray collection = body.value(QStringLiteral("collection")).toArray();
        QVERIFY(collection.size() <= 200);
        for (const QJsonValue &value : collection) {
            const QJsonObject track = value.toObject();
            const QString urn = track.value(QStringLiteral("urn")).toString();
            QVERIFY2(urn.startsWith(QStringLiteral("soundcloud:tracks:")), qPrintable(urn));
            QVERIFY2(!urns.contains(urn), qPrintable(urn));
            urns.insert(urn);
            ++items;
            QVERIFY(track.value(QStringLiteral("duration")).toInt() > 0);
            QCOMPARE(track.value(QStringLiteral("user")).toObject().value(QStringLiteral("urn")).toString(),
                     QStringLiteral("soundcloud:users:1001"));
            sawNullGenre = sawNullGenre || track.value(QStringLiteral("genre")).isNull();
            sawEmptyGenre = sawEmptyGenre || track.value(QStringLiteral("genre")) == QString();
            blocked += track.value(QStringLiteral("access")).toString() == QStringLiteral("blocked");
        }
        const QJsonValue href = body.value(QStringLiteral("next_href"));
        QVERIFY(body.contains(QStringLiteral("next_href")));
        if (href.isNull()) {
            next = QUrl();
        } else {
            const QString text = href.toString();
            QVERIFY2(text.startsWith(m_host->baseUrl().toString() + QStringLiteral("/me/tracks?")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("limit=200")));
            QVERIFY(text.contains(QStringLiteral("linked_partitioning=true")));
            QCOMPARE(collection.size(), 200);
            next = QUrl(text, QUrl::StrictMode);
        }
    }
    QCOMPARE(pages, 7);
    QCOMPARE(items, 1234);
    QCOMPARE(urns.size(), 1234);
    QVERIFY(sawNullGenre);
    QVERIFY(sawEmptyGenre);
    QVERIFY(blocked > 0);
}

void TestSandboxApi::defaultAccessHidesBlockedTracks()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    QUrl next = url(QStringLiteral("/me/tracks?limit=200&linked_partitioning=true"));
    int items = 0;
    for (int pages = 0; next.isValid() && pages < 20; ++pages) {
        const QJsonObject body = m_app.get(next, QByteArrayLiteral("OAuth ") + token.toUtf8()).json();
        const QJsonArray collection = body.value(QStringLiteral("collection")).toArray();
        for (const QJsonValue &value : collection) {
            ++items;
            QVERIFY(value.toObject().value(QStringLiteral("access")).toString() != QStringLiteral("blocked"));
        }
        const QJsonValue href = body.value(QStringLiteral("next_href"));
        next = href.isNull() ? QUrl() : QUrl(href.toString(), QUrl::StrictMode);
    }
    QVERIFY(items > 1000);
    QVERIFY(items < 1234);
}

void TestSandboxApi::limitIsCappedAndDefaults()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    const HttpResult capped = api(QStringLiteral("/me/tracks?limit=500&linked_partitioning=true"), token);
    QCOMPARE(capped.json().value(QStringLiteral("collection")).toArray().size(), 200);
    QVERIFY(capped.json().value(QStringLiteral("next_href")).toString().contains(QStringLiteral("limit=200")));

    const HttpResult defaulted = api(QStringLiteral("/me/tracks?linked_partitioning=true"), token);
    QCOMPARE(defaulted.json().value(QStringLiteral("collection")).toArray().size(), 50);
    QVERIFY(defaulted.json().value(QStringLiteral("next_href")).toString().contains(QStringLiteral("limit=50")));

    const HttpResult zero = api(QStringLiteral("/me/tracks?limit=0&linked_partitioning=true"), token);
    QCOMPARE(zero.json().value(QStringLiteral("collection")).toArray().size(), 50);

    // Without linked_partitioning: the deprecated bare array.
    const HttpResult bare = api(QStringLiteral("/me/tracks?limit=10"), token);
    QCOMPARE(bare.status, 200);
    QVERIFY(QJsonDocument::fromJson(bare.body).isArray());
    QCOMPARE(bare.array().size(), 10);
}

void TestSandboxApi::invalidCursorIsRefused()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    const HttpResult result = api(QStringLiteral("/me/tracks?linked_partitioning=true&cursor=not-ours"), token);
    QCOMPARE(result.status, 400);
}

void TestSandboxApi::bobHasLikesAndPlaylists()
{
    const QString token = connectUser(QStringLiteral("bob")).access;
    const HttpResult me = api(QStringLiteral("/me"), token);
    QCOMPARE(me.json().value(QStringLiteral("track_count")).toInt(), 3);
    QCOMPARE(me.json().value(QStringLiteral("playlist_count")).toInt(), 2);

    const QJsonArray tracks = api(QStringLiteral("/me/tracks?linked_partitioning=true"), token)
                                  .json()
                                  .value(QStringLiteral("collection"))
                                  .toArray();
    QCOMPARE(tracks.size(), 3);

    const QJsonObject likes = api(QStringLiteral("/me/likes/tracks?linked_partitioning=true"), token).json();
    const QJsonArray liked = likes.value(QStringLiteral("collection")).toArray();
    QVERIFY(liked.size() >= 3);
    QVERIFY(likes.value(QStringLiteral("next_href")).isNull());
    int blocked = 0;
    for (const QJsonValue &value : liked) {
        const QJsonObject track = value.toObject();
        QVERIFY(track.value(QStringLiteral("user")).toObject().value(QStringLiteral("urn")).toString()
                != QStringLiteral("soundcloud:users:1002"));
        blocked += track.value(QStringLiteral("access")).toString() == QStringLiteral("blocked");
    }
    QVERIFY(blocked > 0);
    const QJsonArray playable = api(QStringLiteral("/me/likes/tracks?linked_partitioning=true&access=playable"), token)
                                    .json()
                                    .value(QStringLiteral("collection"))
                                    .toArray();
    QVERIFY(playable.size() < liked.size());
    for (const QJsonValue &value : playable)
        QCOMPARE(value.toObject().value(QStringLiteral("access")).toString(), QStringLiteral("playable"));

    const QJsonArray playlists = api(QStringLiteral("/me/playlists?linked_partitioning=true"), token)
                                     .json()
                                     .value(QStringLiteral("collection"))
                                     .toArray();
    QCOMPARE(playlists.size(), 2);
    for (const QJsonValue &value : playlists) {
        const QJsonObject playlist = value.toObject();
        QVERIFY(playlist.value(QStringLiteral("urn")).toString().startsWith(QStringLiteral("soundcloud:playlists:")));
        QCOMPARE(playlist.value(QStringLiteral("tracks")).toArray().size(),
                 playlist.value(QStringLiteral("track_count")).toInt());
    }
    const QJsonArray withoutTracks = api(QStringLiteral("/me/playlists?linked_partitioning=true&show_tracks=false"),
                                         token)
                                         .json()
                                         .value(QStringLiteral("collection"))
                                         .toArray();
    QVERIFY(!withoutTracks.first().toObject().contains(QStringLiteral("tracks")));
}

void TestSandboxApi::carolHasAnEmptyLibrary()
{
    const QString token = connectUser(QStringLiteral("carol")).access;
    QCOMPARE(api(QStringLiteral("/me"), token).json().value(QStringLiteral("track_count")).toInt(), 0);
    const QStringList paths{QStringLiteral("/me/tracks"), QStringLiteral("/me/likes/tracks"),
                            QStringLiteral("/me/playlists")};
    for (const QString &path : paths) {
        const QJsonObject body = api(path + QStringLiteral("?linked_partitioning=true"), token).json();
        QVERIFY(body.value(QStringLiteral("collection")).isArray());
        QCOMPARE(body.value(QStringLiteral("collection")).toArray().size(), 0);
        QVERIFY(body.value(QStringLiteral("next_href")).isNull());
    }
}

void TestSandboxApi::imagesArePng()
{
    const QString token = connectUser(QStringLiteral("bob")).access;
    const QString avatar = api(QStringLiteral("/me"), token).json().value(QStringLiteral("avatar_url")).toString();
    const HttpResult image = m_app.get(QUrl(avatar, QUrl::StrictMode));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArrayLiteral("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
