#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace waveshelf {

struct AppConfig;

// The SoundCloud app's client secret in the system keyring (Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager, through QtKeychain),
// one entry per client ID. Never written anywhere else: with no keyring
// service running, every call answers an Unreachable error that says so in
// plain words (and that WAVESHELF_CLIENT_SECRET is the way left).
// Asynchronous by the project's convention: `done` runs once, unless `context`
// is destroyed first. The store itself holds no state and may go away early.
class ClientSecretStore final {
    Q_DECLARE_TR_FUNCTIONS(ClientSecretStore)

public:
    // `service` names Waveshelf's entries in the keyring; tests pass their own.
    explicit ClientSecretStore(QString service = QStringLiteral("io.github.waveshelf"));

    // The stored secret, or an empty string when none is stored for this client ID.
    void read(const QString &clientId, QObject *context, std::function<void(Result<QString>)> done) const;
    // Stores (replaces) the secret; an empty `secret` removes the entry.
    void write(const QString &clientId, const QString &secret, QObject *context,
               std::function<void(Result<void>)> done) const;
    // Removes the entry; removing one that is not there succeeds.
    void remove(const QString &clientId, QObject *context, std::function<void(Result<void>)> done) const;

    // `config` with its client secret: as it is when the environment set one or
    // the settings do not say one is in the keyring; else with the keyring's.
    // Fails when the keyring cannot be asked or no longer holds the secret.
    void applyTo(const AppConfig &config, QObject *context, std::function<void(Result<AppConfig>)> done) const;

    // What applyTo's answer (`answered`, asked with an earlier config) changes
    // in the config `current` at the moment it arrives: only the client secret,
    // and only while `current` still names the same client ID and has no
    // secret of its own (set meanwhile, e.g. from the environment); nullopt:
    // nothing to change.
    [[nodiscard]] static std::optional<AppConfig> withAnsweredSecret(const AppConfig &current,
                                                                     const AppConfig &answered);

    // The sentence for "no keyring service runs here".
    [[nodiscard]] static QString noKeyringMessage();

private:
    [[nodiscard]] QString key(const QString &clientId) const;

    QString m_service;
};

}  // namespace waveshelf
