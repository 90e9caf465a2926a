#include "ConnectedUserFixture.h"

#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "session/ConnectFlow.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QSignalSpy>
#include <QTest>

namespace waveshelf::test {

ConnectedUserFixture::ConnectedUserFixture(sandbox::SandboxHost &sandbox, const QString &localName)
    : m_config(m_dir.config(sandbox.baseUrl()))
{
    m_config.clientId = QStringLiteral("waveshelf-sandbox");
    auto database = Database::open(m_config.databasePath());
    if (!database.ok())
        qFatal("cannot open test database: %s", qPrintable(database.error().detail));
    m_database = std::move(database).value();

    const QString password = QStringLiteral("correct horse battery");
    UserRepository users(*m_database);
    const auto id = users.create(localName, PasswordHasher::hash(password).value());
    if (!id.ok())
        qFatal("cannot create test user");
    auto vault = Vault::create(password, id.value());
    if (!vault.ok() || !users.setVaultMaterial(id.value(), vault.value().second).ok())
        qFatal("cannot create test vault");
    m_session = UserSession{LocalUser{id.value(), localName}, vault.value().first};

    m_store = std::make_unique<ConnectionStore>(*m_database, m_session.vault);
    m_tokenClient = std::make_unique<TokenClient>(m_network, m_config);
    m_tokenSession = std::make_unique<TokenSession>(*m_store, *m_tokenClient);
    m_api = std::make_unique<ApiClient>(m_network, *m_tokenSession, m_config.apiUrl);
}

ConnectedUserFixture::~ConnectedUserFixture() = default;

bool ConnectedUserFixture::connectAs(const QString &sandboxUser, const QString &sandboxPassword)
{
    ConnectFlow flow(m_network, *m_tokenClient, *m_store, m_config.authorizeUrl, m_config.clientId,
                     m_config.redirectUri, m_config.apiUrl);
    QSignalSpy connected(&flow, &ConnectFlow::connected);
    QSignalSpy failed(&flow, &ConnectFlow::failed);
    const QUrl redirect = SandboxSignIn::approve(m_network, flow.request().url, sandboxUser, sandboxPassword);
    if (redirect.isEmpty())
        return false;
    flow.complete(redirect);
    return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 10'000)
        && !connected.isEmpty();
}

void ConnectedUserFixture::fetchMe(QObject *context, MeOutcome &outcome)
{
    m_api->fetchMe(context, [&outcome](Result<SoundCloudAccount> me) {
        outcome.answered = true;
        if (me.ok())
            outcome.account = me.value();
        else
            outcome.error = me.error();
    });
}

bool ConnectedUserFixture::expireLocally()
{
    const auto stored = m_store->load();
    if (!stored.ok() || !stored.value())
        return false;
    TokenSet tokens = stored.value()->tokens;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    return m_store->updateTokens(tokens, stored.value()->version).ok();
}

}  // namespace waveshelf::test
