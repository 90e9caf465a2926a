#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace waveshelf {

// Reads the settings INI in the data dir and lets environment variables
// override it (WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI,
// WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL, WAVESHELF_DATA_DIR,
// WAVESHELF_DATABASE_URL, WAVESHELF_LANGUAGE).
// The data-folder rules: the folder is created 0700 (each missing level), the
// settings file 0600, both before anything is written; a data folder of
// another user or one that others may change is refused; a settings file of
// another user or one that others may change is ignored (said at warning level
// and in AppConfig::ignoredSettingsFile). Refused values are said the same way
// (AppConfig::refusedValues).
class ConfigLoader final {
public:
    // Command line beats environment beats the platform's app-data folder.
    [[nodiscard]] static QString resolveDataDir(const QString &commandLineDataDir, const QProcessEnvironment &env);

    [[nodiscard]] static AppConfig load(const QString &dataDir, const QProcessEnvironment &env);

    // The language a process started with `arguments` (the program first)
    // speaks: WAVESHELF_LANGUAGE, else ui/language in the settings file of the
    // data folder its --data-dir names (else resolveDataDir's); empty: the
    // system's. Read before anything is translated, so --help speaks it too.
    [[nodiscard]] static QString startLanguage(const QStringList &arguments, const QProcessEnvironment &env);

    // Writes the user-editable values (never the client secret) to the INI file,
    // created 0600 first (a file of another user there is replaced).
    static Result<void> save(const AppConfig &config);

    // Which settings the environment currently overrides (their INI keys).
    [[nodiscard]] static QStringList overriddenKeys(const QProcessEnvironment &env);

    // Creates the data dir (and missing folders above it) with mode 0700, or
    // checks the one there: refused if it is another user's or others may
    // change it; made 0700 if others may only read it. Every chmod is checked.
    static Result<void> ensureDataDir(const QString &dataDir);
};

}  // namespace waveshelf
