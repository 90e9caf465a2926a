#pragma once

#include "accounts/KdfLimits.h"
#include "config/ConfigProblem.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf {

// Where Waveshelf talks to and where it keeps its files. Plain values; see
// ConfigLoader for where they come from.
struct AppConfig {
    QString clientId;
    QString clientSecret;  // optional; from the environment or the system keyring, never the settings file
    // The settings file says a client secret for clientId is in the system
    // keyring (ClientSecretStore); only then is the keyring asked.
    bool clientSecretInKeyring = false;
    QUrl redirectUri;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl apiUrl;
    QString dataDir;
    // A shared PostgreSQL store, "postgresql://user@host[:port]/database[?option=value...]"
    // (no password: libpq reads PGPASSWORD or ~/.pgpass / PGPASSFILE); empty:
    // the SQLite file in the data dir.
    QString databaseUrl;
    // Argon2id cost of new password hashes and key wraps (and the target of an
    // old user's upgrade at login). Only WAVESHELF_KDF_LIMITS=interactive
    // lowers it, for test suites; never below libsodium's interactive limits.
    KdfLimits kdfLimits = KdfLimits::recommended();
    // The most each local user's offline library cache may take (MiB; INI
    // library/cache_limit_mib); beyond it the least recently used lists go.
    int libraryCacheLimitMiB = 100;
    // The language of the user interface, "de", "fr", "es", "en" (INI
    // ui/language, WAVESHELF_LANGUAGE); empty: the system's (Translations).
    // Read at start (ConfigLoader::startLanguage), so a change applies at the next one.
    QString language;
    // The audio output to play on, a QAudioDevice id (INI playback/audio_output);
    // empty: the system's default. Applies from the next login.
    QString audioOutput;
    // What ConfigLoader read but did not use, each a sentence for the user
    // (translated) naming the value, where it came from, why, and what is used
    // instead. Shown in the settings dialog and logged at warning level.
    QList<ConfigProblem> refusedValues;
    // Why the settings file was ignored (another user's, or others may change
    // it); empty when it was read or is absent.
    QString ignoredSettingsFile;
    // Pointed at a sandbox the first-run guide started (SandboxEndpoints::applyTo;
    // never from the settings file or the environment): such a session never
    // replaces or removes a connection made with a service on another computer.
    bool sandboxSession = false;

    static QUrl defaultRedirectUri();
    static QUrl soundCloudAuthorizeUrl();
    static QUrl soundCloudTokenUrl();
    static QUrl soundCloudApiUrl();

    // True when every endpoint is SoundCloud's own.
    [[nodiscard]] bool talksToSoundCloud() const;
    [[nodiscard]] bool hasClientId() const { return !clientId.isEmpty(); }
    [[nodiscard]] QString databasePath() const;
    // What Database::open is given: databaseUrl when set, else databasePath().
    [[nodiscard]] QString databaseLocation() const;
    [[nodiscard]] QString settingsPath() const;
    [[nodiscard]] QString browserProfilesDir() const;
};

}  // namespace waveshelf
