#include "config/ConfigLoader.h"

#include "common/LogCategories.h"
#include "config/ConfigCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace waveshelf {

namespace {

struct Key {
    const char *ini;
    const char *env;
    ConfigField field;
};

constexpr Key kClientId{"soundcloud/client_id", "WAVESHELF_CLIENT_ID", ConfigField::ClientId};
constexpr Key kRedirectUri{"soundcloud/redirect_uri", "WAVESHELF_REDIRECT_URI", ConfigField::RedirectUri};
constexpr Key kAuthorizeUrl{"soundcloud/authorize_url", "WAVESHELF_AUTHORIZE_URL", ConfigField::AuthorizeUrl};
constexpr Key kTokenUrl{"soundcloud/token_url", "WAVESHELF_TOKEN_URL", ConfigField::TokenUrl};
constexpr Key kApiUrl{"soundcloud/api_url", "WAVESHELF_API_URL", ConfigField::ApiUrl};
constexpr const char *kClientSecretEnv = "WAVESHELF_CLIENT_SECRET";
constexpr const char *kDataDirEnv = "WAVESHELF_DATA_DIR";
constexpr const char *kKdfLimitsEnv = "WAVESHELF_KDF_LIMITS";

KdfLimits kdfLimitsFrom(const QProcessEnvironment &env)
{
    const QString wanted = env.value(QLatin1String(kKdfLimitsEnv)).trimmed().toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("moderate"))
        return KdfLimits::recommended();
    if (wanted == QLatin1String("interactive")) {
        qCWarning(lcConfig) << kKdfLimitsEnv << "asks for libsodium's interactive key-derivation limits:"
                            << "new passwords are cheaper to guess (meant for test suites)";
        return KdfLimits::interactive();
    }
    qCWarning(lcConfig) << kKdfLimitsEnv << "must be interactive or moderate; using moderate";
    return KdfLimits::recommended();
}

QString lookup(const QSettings &ini, const QProcessEnvironment &env, const Key &key,
               const QString &fallback)
{
    const QString fromEnv = env.value(QLatin1String(key.env)).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString fromIni = ini.value(QLatin1String(key.ini)).toString().trimmed();
    return fromIni.isEmpty() ? fallback : fromIni;
}

// An endpoint that breaks ConfigCheck's rule (tokens and the client secret
// travel there) falls back to the default.
QUrl lookupUrl(const QSettings &ini, const QProcessEnvironment &env, const Key &key, const QUrl &fallback)
{
    const QUrl url = ConfigCheck::endpointUrl(lookup(ini, env, key, fallback.toString()));
    if (const std::optional<ConfigProblem> problem = ConfigCheck::endpoint(key.field, url)) {
        qCWarning(lcConfig).noquote() << key.ini << "is not used:" << problem->message << "Using the default.";
        return fallback;
    }
    return url;
}

}  // namespace

QString ConfigLoader::resolveDataDir(const QString &commandLineDataDir,
                                     const QProcessEnvironment &env)
{
    if (!commandLineDataDir.isEmpty())
        return QDir(commandLineDataDir).absolutePath();
    const QString fromEnv = env.value(QLatin1String(kDataDirEnv));
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

AppConfig ConfigLoader::load(const QString &dataDir, const QProcessEnvironment &env)
{
    AppConfig config;
    config.dataDir = dataDir;
    const QSettings ini(config.settingsPath(), QSettings::IniFormat);
    config.clientId = lookup(ini, env, kClientId, QString());
    config.clientSecret = env.value(QLatin1String(kClientSecretEnv));
    config.kdfLimits = kdfLimitsFrom(env);
    config.redirectUri = lookupUrl(ini, env, kRedirectUri, AppConfig::defaultRedirectUri());
    config.authorizeUrl = lookupUrl(ini, env, kAuthorizeUrl, AppConfig::soundCloudAuthorizeUrl());
    config.tokenUrl = lookupUrl(ini, env, kTokenUrl, AppConfig::soundCloudTokenUrl());
    config.apiUrl = lookupUrl(ini, env, kApiUrl, AppConfig::soundCloudApiUrl());
    return config;
}

Result<void> ConfigLoader::save(const AppConfig &config)
{
    if (auto made = ensureDataDir(config.dataDir); !made.ok())
        return made;
    QSettings ini(config.settingsPath(), QSettings::IniFormat);
    ini.setValue(QLatin1String(kClientId.ini), config.clientId);
    ini.setValue(QLatin1String(kRedirectUri.ini), config.redirectUri.toString());
    ini.setValue(QLatin1String(kAuthorizeUrl.ini), config.authorizeUrl.toString());
    ini.setValue(QLatin1String(kTokenUrl.ini), config.tokenUrl.toString());
    ini.setValue(QLatin1String(kApiUrl.ini), config.apiUrl.toString());
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConfigLoader", "Could not save the settings to %1.")
                         .arg(QDir::toNativeSeparators(config.settingsPath())),
                     QStringLiteral("QSettings status %1").arg(int(ini.status()))};
    }
    QFile::setPermissions(config.settingsPath(), QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

QStringList ConfigLoader::overriddenKeys(const QProcessEnvironment &env)
{
    QStringList keys;
    for (const Key &key : {kClientId, kRedirectUri, kAuthorizeUrl, kTokenUrl, kApiUrl}) {
        if (!env.value(QLatin1String(key.env)).trimmed().isEmpty())
            keys << QLatin1String(key.ini);
    }
    return keys;
}

Result<void> ConfigLoader::ensureDataDir(const QString &dataDir)
{
    QDir dir(dataDir);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConfigLoader", "Could not create the data folder %1.")
                         .arg(QDir::toNativeSeparators(dataDir)),
                     {}};
    }
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

}  // namespace waveshelf
