#include "ConnectedUserFixture.h"

#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "network/ApiClient.h"
#include "session/ConnectFlow.h"
#include "session/UserContext.h"
#include "storage/ConnectionStore.h"
#include "storage/UserRepository.h"

#include <QSignalSpy>
#include <QTest>

namespace waveshelf::test {

ConnectedUserFixture::ConnectedUserFixture(sandbox::SandboxHost &sandbox, const QString &localName, KdfLimits kdfLimits)
    : m_config(m_dir.config(sandbox.baseUrl()))
{
    m_config.clientId = QStringLiteral("waveshelf-sandbox");
    m_config.kdfLimits = kdfLimits;
    auto core = AppCore::open(m_config);
    if (!core.ok())
        qFatal("cannot open test database: %s", qPrintable(core.error().detail));
    m_core = std::move(core).value();

    const QString password = localPassword();
    UserRepository &users = m_core->users();
    const auto id = users.create(localName, PasswordHasher::hash(password, kdfLimits).value());
    if (!id.ok())
        qFatal("cannot create test user");
    auto vault = Vault::create(password, id.value(), kdfLimits);
    if (!vault.ok() || !users.setVaultMaterial(id.value(), vault.value().second).ok())
        qFatal("cannot create test vault");
    m_session = UserSession{LocalUser{id.value(), localName}, vault.value().first};
    m_user = m_core->createUserContext(m_session);
}

ConnectedUserFixture::~ConnectedUserFixture() = default;

QNetworkAccessManager &ConnectedUserFixture::network()
{
    return m_core->network();
}

Database &ConnectedUserFixture::database()
{
    return m_core->database();
}

ConnectionStore &ConnectedUserFixture::store()
{
    return m_user->connections();
}

TokenClient &ConnectedUserFixture::tokenClient()
{
    return m_user->tokenClient();
}

TokenSession &ConnectedUserFixture::tokenSession()
{
    return m_user->tokens();
}

ApiClient &ConnectedUserFixture::api()
{
    return m_user->api();
}

bool ConnectedUserFixture::connectAs(const QString &sandboxUser, const QString &sandboxPassword)
{
    ConnectFlow flow(network(), tokenClient(), store(), m_config.authorizeUrl, m_config.clientId, m_config.redirectUri,
                     m_config.apiUrl);
    QSignalSpy connected(&flow, &ConnectFlow::connected);
    QSignalSpy failed(&flow, &ConnectFlow::failed);
    const QUrl redirect = SandboxSignIn::approve(network(), flow.request().url, sandboxUser, sandboxPassword);
    if (redirect.isEmpty())
        return false;
    flow.complete(redirect);
    return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 10'000) && !connected.isEmpty();
}

void ConnectedUserFixture::fetchMe(QObject *context, MeOutcome &outcome)
{
    api().fetchMe(context, [&outcome](Result<SoundCloudAccount> me) {
        outcome.answered = true;
        if (me.ok())
            outcome.account = me.value();
        else
            outcome.error = me.error();
    });
}

bool ConnectedUserFixture::expireLocally()
{
    const auto stored = store().load();
    if (!stored.ok() || !stored.value())
        return false;
    TokenSet tokens = stored.value()->tokens;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    return store().updateTokens(tokens, stored.value()->version).ok();
}

}  // namespace waveshelf::test
