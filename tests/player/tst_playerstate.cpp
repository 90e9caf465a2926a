// The player's saved state on a real database (SQLite, and PostgreSQL in the
// _postgres run): a round trip through a new store on the same database (a
// restart), a row no other local user can open, the codec refusing what is not
// its format, and the row going with its user.

#include "LibraryTestUsers.h"
#include "PlayerState.h"
#include "PlayerStateStore.h"
#include "ResultSpy.h"
#include "TestSuite.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "session/UserContext.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

namespace {

std::shared_ptr<const Vault> vaultOf(const UserContext &user)
{
    auto vault = Vault::create(QStringLiteral("player state"), user.user().id, KdfLimits::interactive());
    return vault.ok() ? vault.value().first : nullptr;
}

PlayerState sample(int tracks)
{
    PlayerState state;
    state.tracks = LibraryTestUsers::tracks(tracks, QStringLiteral("queue"));
    state.currentIndex = tracks / 2;
    state.positionMs = 61'234;
    state.volume = 0.35F;
    state.muted = true;
    state.shuffle = true;
    state.repeat = 2;
    return state;
}

Result<std::optional<PlayerState>> loadFrom(PlayerStateStore &store)
{
    test::ResultSpy<std::optional<PlayerState>> spy;
    store.load(spy.context(), spy.callback());
    if (!spy.wait(10'000))
        return Error{ErrorKind::Unreachable, QStringLiteral("no answer")};
    return spy.last();
}

qint64 rows(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM player_state")) && query.next() ? query.value(0).toLongLong()
                                                                                           : -1;
}

}  // namespace

class TestPlayerState final : public QObject {
    Q_OBJECT

private slots:
    void roundTripThroughARestart();
    void nothingSavedIsEmpty();
    void anotherUserCannotOpenIt();
    void codecRefusesOtherFormats();
    void rowGoesWithTheUser();
};

void TestPlayerState::roundTripThroughARestart()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    const auto vault = vaultOf(dana);
    QVERIFY(vault);
    const PlayerState saved = sample(1'200);
    {
        PlayerStateStore store(users.database(), vault);
        test::ResultSpy<void> spy;
        store.save(sample(3), spy.context(), spy.callback());
        store.save(saved, spy.context(), spy.callback());  // in order: the later one wins
        QTRY_COMPARE(spy.count(), 2);
        QVERIFY(spy.last().ok());
    }
    PlayerStateStore again(users.database(), vault);  // a restart: new objects, same database
    const auto loaded = loadFrom(again);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    QVERIFY(loaded.value().has_value());
    const PlayerState &state = *loaded.value();
    QCOMPARE(state.tracks, saved.tracks);
    QCOMPARE(state.currentIndex, 600);
    QCOMPARE(state.positionMs, 61'234);
    QCOMPARE(state.volume, 0.35F);
    QVERIFY(state.muted);
    QVERIFY(state.shuffle);
    QCOMPARE(state.repeat, 2);
    QCOMPARE(rows(users.database()), 1);

    // saveNow writes on the caller's thread, replacing the row.
    PlayerState small = sample(2);
    small.currentIndex = 1;
    QVERIFY(again.saveNow(small).ok());
    QCOMPARE(loadFrom(again).value()->tracks.size(), 2);
    QCOMPARE(rows(users.database()), 1);
}

void TestPlayerState::nothingSavedIsEmpty()
{
    LibraryTestUsers users;
    PlayerStateStore store(users.database(), vaultOf(users.add(QStringLiteral("dana"))));
    const auto loaded = loadFrom(store);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().has_value());
}

void TestPlayerState::anotherUserCannotOpenIt()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    UserContext &erik = users.add(QStringLiteral("erik"));
    PlayerStateStore danas(users.database(), vaultOf(dana));
    PlayerStateStore eriks(users.database(), vaultOf(erik));
    QVERIFY(danas.saveNow(sample(10)).ok());
    // Erik has nothing saved: he never sees dana's queue.
    QVERIFY(!loadFrom(eriks).value().has_value());
    // Dana's sealed row copied under erik's id does not open for him.
    QSqlQuery copy(users.database().connection());
    QVERIFY2(copy.exec(QStringLiteral("INSERT INTO player_state (user_id, state_enc, saved_ms) "
                                      "SELECT %1, state_enc, saved_ms FROM player_state WHERE user_id = %2")
                           .arg(erik.user().id)
                           .arg(dana.user().id)),
             qPrintable(copy.lastError().text()));
    const auto stolen = loadFrom(eriks);
    QVERIFY(!stolen.ok());
    QCOMPARE(stolen.error().kind, ErrorKind::Crypto);
    QCOMPARE(loadFrom(danas).value()->tracks.size(), 10);
}

void TestPlayerState::codecRefusesOtherFormats()
{
    const PlayerState state = sample(5);
    QByteArray bytes = state.encode();
    QCOMPARE(PlayerState::decode(bytes).value().tracks, state.tracks);
    QVERIFY(!PlayerState::decode(QByteArrayLiteral("not a state")).ok());
    QVERIFY(!PlayerState::decode(bytes.left(bytes.size() / 2)).ok());
    bytes[4] = char(PlayerState::kFormatVersion + 1);  // after the 4-byte magic
    QCOMPARE(PlayerState::decode(bytes).error().kind, ErrorKind::Protocol);
    // An index outside the queue is brought back into it.
    PlayerState odd = sample(3);
    odd.currentIndex = 7;
    QCOMPARE(PlayerState::decode(odd.encode()).value().currentIndex, 0);
}

void TestPlayerState::rowGoesWithTheUser()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    {
        PlayerStateStore store(users.database(), vaultOf(dana));
        QVERIFY(store.saveNow(sample(4)).ok());
    }
    QCOMPARE(rows(users.database()), 1);
    QVERIFY(users.core().users().remove(dana.user().id).ok());
    QCOMPARE(rows(users.database()), 0);  // ON DELETE CASCADE
}

WAVESHELF_TEST_GUILESS_MAIN(TestPlayerState)
#include "tst_playerstate.moc"
