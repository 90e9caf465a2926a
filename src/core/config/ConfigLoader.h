#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace waveshelf {

// Reads the settings INI in the data dir and lets environment variables
// override it (WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI,
// WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL, WAVESHELF_DATA_DIR).
class ConfigLoader final {
public:
    // Command line beats environment beats the platform's app-data folder.
    [[nodiscard]] static QString resolveDataDir(const QString &commandLineDataDir,
                                                const QProcessEnvironment &env);

    [[nodiscard]] static AppConfig load(const QString &dataDir, const QProcessEnvironment &env);

    // Writes the user-editable values (never the client secret) to the INI file.
    static Result<void> save(const AppConfig &config);

    // Which settings the environment currently overrides (their INI keys).
    [[nodiscard]] static QStringList overriddenKeys(const QProcessEnvironment &env);

    // Creates the data dir readable by its owner only.
    static Result<void> ensureDataDir(const QString &dataDir);
};

}  // namespace waveshelf
