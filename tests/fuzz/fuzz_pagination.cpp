// TrackListModel following pages whose bodies, statuses and next_href come
// from the fuzzer, through the real ApiClient, TokenSession (with its refresh
// lease), ConnectionStore and vault, over a FakeApiNetwork instead of sockets.
// Input: the API's answers in order, "STATUS CONTENT-TYPE\nBODY" each,
// separated by lines "===" (see FuzzResponse.h). A 401 among them makes the
// client refresh (the fake token endpoint answers) and replay.
// Checks, beyond "no crash, no sanitizer report":
//  - the model settles (no endless paging) and obeys QAbstractItemModel's rules
//    (QAbstractItemModelTester, fatal mode);
//  - it shows exactly the tracks of the 2xx pages that parse;
//  - no request leaves for a foreign host, every API call carries the access
//    token issued last, every refresh the refresh token issued last (FakeApiNetwork);
//  - no log line, at any level, holds a token, the client secret or the password.

#include "FakeApiNetwork.h"
#include "FuzzResponse.h"
#include "LogGuard.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "config/AppConfig.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace waveshelf;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_pagination: %s\n", what);
        std::abort();
    }
}

// What stays from one input to the next: the database with one local user
// and their vault (Argon2 is slow: done once), and the fake network.
struct Rig {
    AppConfig config;
    QString password = QStringLiteral("fuzz local password");
    std::unique_ptr<Database> database;
    std::unique_ptr<ConnectionStore> store;
    std::unique_ptr<fuzz::FakeApiNetwork> network;
};

Rig *rig = nullptr;

void setUp()
{
    rig = new Rig;
    rig->config.clientId = QStringLiteral("fuzz-client");
    rig->config.clientSecret = fuzz::FakeApiNetwork::freshToken(QStringLiteral("client-secret"));
    rig->config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:8765/callback"));
    rig->config.authorizeUrl = QUrl(QStringLiteral("https://secure.soundcloud.test/authorize"));
    rig->config.tokenUrl = QUrl(QStringLiteral("https://secure.soundcloud.test/oauth/token"));
    rig->config.apiUrl = QUrl(QStringLiteral("https://api.soundcloud.test"));

    auto database = Database::open(QStringLiteral(":memory:"));
    check(database.ok(), "cannot open an in-memory database");
    rig->database = std::move(database).value();
    UserRepository users(*rig->database);
    const auto hash = PasswordHasher::hash(rig->password);
    check(hash.ok(), "cannot hash the local password");
    const auto id = users.create(QStringLiteral("fuzz"), hash.value());
    check(id.ok(), "cannot create the local user");
    auto vault = Vault::create(rig->password, id.value());
    check(vault.ok() && users.setVaultMaterial(id.value(), vault.value().second).ok(), "cannot create the vault");
    rig->store = std::make_unique<ConnectionStore>(*rig->database, vault.value().first,
                                                   ServiceIdentity::of(rig->config));
    rig->network = std::make_unique<fuzz::FakeApiNetwork>(rig->config.apiUrl, rig->config.tokenUrl,
                                                          rig->config.clientSecret);
    QObject::connect(rig->network.get(), &fuzz::FakeApiNetwork::secretIssued, rig->network.get(),
                     &fuzz::LogGuard::alsoForbid);
}

// Reads every cell in every role, as views and delegates do.
void readAll(const TrackListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole), int(TrackListModel::UrnRole),
                  int(TrackListModel::PlayableRole), int(TrackListModel::DurationMsRole)})
                (void)model.data(index, role);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = {(*argc > 0 ? (*argv)[0] : nullptr), nullptr};
    new QCoreApplication(appArgc, appArgv);  // lives as long as the process
    fuzz::LogGuard::install();
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<fuzz::FuzzResponse> pages = fuzz::FuzzResponse::parseAll(fuzz::FuzzResponse::bytes(data, size));

    // A fresh, valid connection for every input.
    TokenSet tokens;
    tokens.accessToken = fuzz::FakeApiNetwork::freshToken(QStringLiteral("access"));
    tokens.refreshToken = fuzz::FakeApiNetwork::freshToken(QStringLiteral("refresh"));
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    check(
        rig->store->save(SoundCloudAccount{QStringLiteral("soundcloud:users:1"), QStringLiteral("fuzz")}, tokens).ok(),
        "cannot store the connection");
    fuzz::LogGuard::forbid({rig->config.clientSecret.toUtf8(), rig->password.toUtf8()});
    rig->network->reset(pages, tokens.accessToken, tokens.refreshToken);

    {
        TokenClient tokenClient(*rig->network, rig->config);
        TokenSession session(*rig->store, tokenClient);
        ApiClient api(*rig->network, session, rig->config.apiUrl);
        TrackListModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        model.load(api.listUrl(QStringLiteral("/me/tracks")));
        // Each answer takes a few turns of the event loop (its body is read on
        // the thread pool); a model that keeps asking after the answers ran
        // out gets "connection refused".
        const qsizetype maxTurns = 64 + 16 * pages.size();
        for (qsizetype turn = 0;; ++turn) {
            check(turn < maxTurns, "the model did not settle");
            QCoreApplication::processEvents();
            if (rig->network->repliesInFlight() > 0)
                continue;
            if (model.isLoading()) {
                // The answer is being read on the thread pool (or a retry
                // waits on a timer): sleep until it is posted back.
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                continue;
            }
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        check(model.rowCount() == rig->network->expectedRows(), "rows differ from the tracks of the pages");
        readAll(model);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
