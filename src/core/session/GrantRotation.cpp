#include "session/GrantRotation.h"

#include "accounts/Vault.h"
#include "common/LogCategories.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"

#include <QPointer>
#include <QTimer>

#include <utility>

namespace waveshelf {

// One renewal: the session that refreshes, on its own store and token client
// (destroyed in that order: the session first, the store last).
struct GrantRotation::Attempt {
    std::unique_ptr<ConnectionStore> store;
    std::unique_ptr<TokenClient> client;
    std::unique_ptr<TokenSession> session;
    QPointer<QObject> context;
    std::function<void(GrantRenewal)> done;

    void deliver(GrantRenewal outcome) const
    {
        if (context && done)
            done(outcome);
    }
};

GrantRotation::GrantRotation(Database &database, QNetworkAccessManager &network, AppConfig config, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network)
    , m_config(std::move(config))
{
}

GrantRotation::~GrantRotation() = default;  // a refresh on its way still stores its answer

void GrantRotation::renew(std::shared_ptr<const Vault> vault, QObject *context, std::function<void(GrantRenewal)> done)
{
    Q_ASSERT(context);
    const auto delivery = [context = QPointer<QObject>(context), &done](GrantRenewal outcome) {
        if (context && done)
            done(outcome);
    };
    if (m_attempt) {
        qCWarning(lcAuth) << "a grant renewal is already running; this one is left for the next use";
        delivery(GrantRenewal::AtNextUse);
        return;
    }
    auto store = std::make_unique<ConnectionStore>(m_database, std::move(vault), ServiceIdentity::of(m_config),
                                                   m_config.sandboxSession);
    const auto stored = store->load();
    if (!stored.ok() && stored.error().kind == ErrorKind::NotFound) {
        delivery(GrantRenewal::NoConnection);
        return;
    }
    if (!stored.ok()) {
        qCInfo(lcAuth) << "the grant is renewed at its next use:" << stored.error().detail;
        delivery(GrantRenewal::AtNextUse);
        return;
    }
    if (!stored.value()) {
        delivery(GrantRenewal::NoConnection);
        return;
    }
    const QString current = stored.value()->tokens.accessToken;
    m_attempt = std::make_unique<Attempt>();
    m_attempt->context = context;
    m_attempt->done = std::move(done);
    m_attempt->client = std::make_unique<TokenClient>(m_network, m_config);
    m_attempt->session = std::make_unique<TokenSession>(*store, *m_attempt->client);
    m_attempt->store = std::move(store);
    qCInfo(lcAuth) << "renewing the SoundCloud grant (one refresh)";
    // Passing the current token as rejected makes the session refresh (or take
    // a pair another process refreshed meanwhile); it never hands it back.
    m_attempt->session->accessToken(
        this,
        [this, current](const Result<QString> &token) {
            if (token.ok() && token.value() != current) {
                qCInfo(lcAuth) << "the SoundCloud grant was renewed";
                finish(GrantRenewal::Renewed);
            } else {
                qCInfo(lcAuth) << "the grant is renewed at its next use:"
                               << (token.ok() ? QStringLiteral("the same token came back") : token.error().detail);
                finish(GrantRenewal::AtNextUse);
            }
        },
        current);
}

void GrantRotation::finish(GrantRenewal outcome)
{
    // Called from inside the session: it goes once that call has returned.
    m_finished = std::move(m_attempt);
    QTimer::singleShot(0, this, [this] { m_finished.reset(); });
    m_finished->deliver(outcome);
}

}  // namespace waveshelf
