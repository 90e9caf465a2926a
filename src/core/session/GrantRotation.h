#pragma once

#include "auth/GrantRenewal.h"
#include "config/AppConfig.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace waveshelf {

class Database;
class Vault;

// Renews a local user's SoundCloud grant once, now: one refresh through the
// connection's refresh lease, like any refresh (TokenSession), so that the
// refresh token stored until now is spent, and dead at SoundCloud. A password
// change runs it with the vault of the old password before it seals the tokens
// under the new one (PasswordChange), so that a copy of the database from
// before the change holds only a dead pair.
//
// Tokens go only to the service of the current configuration (ConnectionStore):
// a connection made with another one is not renewed (AtNextUse). A failure
// that does not end the connection (offline, 5xx, 429) gives AtNextUse; a
// refresh token SoundCloud no longer accepts ends the connection anyway
// (AtNextUse too: a reconnect makes a new grant). One renewal at a time; a
// call while one runs gives AtNextUse at once.
class GrantRotation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantRotation)

public:
    GrantRotation(Database &database, QNetworkAccessManager &network, AppConfig config, QObject *parent = nullptr);
    ~GrantRotation() override;

    // `done` runs unless `context` is destroyed first (a refresh already sent
    // still stores its answer: see TokenSession).
    void renew(std::shared_ptr<const Vault> vault, QObject *context, std::function<void(GrantRenewal)> done);

private:
    struct Attempt;
    void finish(GrantRenewal outcome);

    Database &m_database;
    QNetworkAccessManager &m_network;
    AppConfig m_config;
    std::unique_ptr<Attempt> m_attempt;
    std::unique_ptr<Attempt> m_finished;  // until the call that finished it returns
};

}  // namespace waveshelf
