#include "config/ConfigLoader.h"

#include "common/LogCategories.h"
#include "common/PrivatePaths.h"
#include "config/ConfigCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
constexpr const char *kCacheLimitIni = "library/cache_limit_mib";
constexpr const char *kAudioOutputIni = "playback/audio_output";
constexpr Key kDatabaseUrl{"database/url", "WAVESHELF_DATABASE_URL", ConfigField::DatabaseUrl};
constexpr Key kLanguage{"ui/language", "WAVESHELF_LANGUAGE", ConfigField::Language};
constexpr const char *kSecretInKeyringIni = "soundcloud/client_secret_in_keyring";
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

QString lookup(const QSettings *ini, const QProcessEnvironment &env, const Key &key, const QString &fallback)
{
    const QString fromEnv = env.value(QLatin1String(key.env)).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString fromIni = ini ? ini->value(QLatin1String(key.ini)).toString().trimmed() : QString();
    return fromIni.isEmpty() ? fallback : fromIni;
}

// A value as it may be shown and logged: a password in it is left out.
QString shownValue(const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    if (url.isValid() && !url.password().isEmpty())
        return url.toDisplayString(QUrl::RemovePassword);
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

// Says that a value breaking ConfigCheck's rule is not used, in
// `config.refusedValues` and at warning level: which value (`shown`, without
// any password), from where, why, and what is used instead.
void refuse(const QProcessEnvironment &env, const Key &key, const QString &shown, const ConfigProblem &problem,
            const QString &instead, AppConfig &config)
{
    const bool fromEnv = !env.value(QLatin1String(key.env)).trimmed().isEmpty();
    const QString source = fromEnv
        ? QLatin1String(key.env)
        : QCoreApplication::translate("ConfigLoader", "%1 in the settings file").arg(QLatin1String(key.ini));
    const QString message = QCoreApplication::translate("ConfigLoader",
                                                        "%1 is not used: “%2”. %3 Waveshelf uses %4 "
                                                        "instead.")
                                .arg(source, shown, problem.message, instead);
    qCWarning(lcConfig).noquote() << message;
    config.refusedValues.append(ConfigProblem{key.field, message});
}

// An endpoint that breaks ConfigCheck's rule (tokens and the client secret
// travel there) falls back to the default.
QUrl lookupUrl(const QSettings *ini, const QProcessEnvironment &env, const Key &key, const QUrl &fallback,
               AppConfig &config)
{
    const QString text = lookup(ini, env, key, fallback.toString());
    const QUrl url = ConfigCheck::endpointUrl(text);
    const std::optional<ConfigProblem> problem = ConfigCheck::endpoint(key.field, url);
    if (!problem)
        return url;
    refuse(env, key, shownValue(text), *problem, fallback.toString(), config);
    return fallback;
}

// A database URL that breaks ConfigCheck's rule is not used: the SQLite file
// in the data folder is. Shown without its options (one may be a password).
QString lookupDatabaseUrl(const QSettings *ini, const QProcessEnvironment &env, AppConfig &config)
{
    const QString text = lookup(ini, env, kDatabaseUrl, QString());
    const std::optional<ConfigProblem> problem = ConfigCheck::databaseUrl(text);
    if (!problem)
        return text;
    refuse(env, kDatabaseUrl, shownValue(QUrl(text).toString(QUrl::RemoveQuery)), *problem,
           QCoreApplication::translate("ConfigLoader", "the database in its data folder"), config);
    return {};
}

// Why the settings file must not be read (another user could send the sign-in
// and the tokens elsewhere with it); empty when it may be read.
QString untrustedSettingsFile(const QString &path)
{
    const PrivatePaths::Inspection found = PrivatePaths::inspect(path);
    const QString shown = QDir::toNativeSeparators(path);
    switch (found.verdict) {
    case PrivatePaths::Verdict::OtherOwner:
        return QCoreApplication::translate("ConfigLoader",
                                           "The settings file %1 is not used: it belongs to another user (%2), who "
                                           "could send your SoundCloud sign-in elsewhere with it. Waveshelf uses its "
                                           "defaults and the environment; saving the settings replaces the file.")
            .arg(shown, found.owner);
    case PrivatePaths::Verdict::WritableByOthers:
        return QCoreApplication::translate("ConfigLoader",
                                           "The settings file %1 is not used: other users of this computer can change "
                                           "it (its permissions are %2), and so send your SoundCloud sign-in "
                                           "elsewhere. Waveshelf uses its defaults and the environment; saving the "
                                           "settings replaces the file.")
            .arg(shown, found.mode);
    case PrivatePaths::Verdict::Private:
    case PrivatePaths::Verdict::Missing:
    case PrivatePaths::Verdict::ReadableByOthers:
        break;
    }
    return {};
}

// Before QSettings writes: the file exists, is the user's, and is 0600, so
// its replacement (QSaveFile keeps the mode) is never readable by others.
Result<void> prepareSettingsFile(const QString &path)
{
    const PrivatePaths::Inspection found = PrivatePaths::inspect(path);
    if (found.verdict == PrivatePaths::Verdict::Private)
        return {};
    if (found.verdict == PrivatePaths::Verdict::OtherOwner && !QFile::remove(path)) {
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConfigLoader",
                                                 "Could not replace the settings file %1, which belongs to another "
                                                 "user.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("removing the settings file failed")};
    }
    if (found.verdict == PrivatePaths::Verdict::Missing || found.verdict == PrivatePaths::Verdict::OtherOwner)
        return PrivatePaths::createFile(path);
    return PrivatePaths::restrict(path);
}

}  // namespace

QString ConfigLoader::resolveDataDir(const QString &commandLineDataDir, const QProcessEnvironment &env)
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
    config.ignoredSettingsFile = untrustedSettingsFile(config.settingsPath());
    if (!config.ignoredSettingsFile.isEmpty())
        qCWarning(lcConfig).noquote() << config.ignoredSettingsFile;
    const QSettings file(config.settingsPath(), QSettings::IniFormat);
    const QSettings *ini = config.ignoredSettingsFile.isEmpty() ? &file : nullptr;
    config.clientId = lookup(ini, env, kClientId, QString());
    config.clientSecret = env.value(QLatin1String(kClientSecretEnv));
    config.clientSecretInKeyring = ini && ini->value(QLatin1String(kSecretInKeyringIni)).toBool();
    config.kdfLimits = kdfLimitsFrom(env);
    config.redirectUri = lookupUrl(ini, env, kRedirectUri, AppConfig::defaultRedirectUri(), config);
    config.authorizeUrl = lookupUrl(ini, env, kAuthorizeUrl, AppConfig::soundCloudAuthorizeUrl(), config);
    config.tokenUrl = lookupUrl(ini, env, kTokenUrl, AppConfig::soundCloudTokenUrl(), config);
    config.apiUrl = lookupUrl(ini, env, kApiUrl, AppConfig::soundCloudApiUrl(), config);
    bool isNumber = false;
    const int cacheLimit = ini ? ini->value(QLatin1String(kCacheLimitIni)).toInt(&isNumber) : 0;
    if (isNumber && cacheLimit >= 0)
        config.libraryCacheLimitMiB = cacheLimit;
    config.databaseUrl = lookupDatabaseUrl(ini, env, config);
    config.language = lookup(ini, env, kLanguage, QString()).toLower();
    config.audioOutput = ini ? ini->value(QLatin1String(kAudioOutputIni)).toString() : QString();
    return config;
}

QString ConfigLoader::startLanguage(const QStringList &arguments, const QProcessEnvironment &env)
{
    const QString fromEnv = env.value(QLatin1String(kLanguage.env)).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv.toLower();
    // The app's and the CLI's --data-dir, wherever it stands (before "--").
    const QString option = QStringLiteral("--data-dir");
    QString dataDirArgument;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            dataDirArgument = arguments.at(++i);
        else if (argument.startsWith(option + u'='))
            dataDirArgument = argument.mid(option.size() + 1);
    }
    AppConfig paths;
    paths.dataDir = resolveDataDir(dataDirArgument, env);
    if (!untrustedSettingsFile(paths.settingsPath()).isEmpty())  // load() says why, later
        return {};
    const QSettings ini(paths.settingsPath(), QSettings::IniFormat);
    return ini.value(QLatin1String(kLanguage.ini)).toString().trimmed().toLower();
}

Result<void> ConfigLoader::save(const AppConfig &config)
{
    if (auto made = ensureDataDir(config.dataDir); !made.ok())
        return made;
    if (auto prepared = prepareSettingsFile(config.settingsPath()); !prepared.ok())
        return prepared;
    QSettings ini(config.settingsPath(), QSettings::IniFormat);
    ini.setValue(QLatin1String(kClientId.ini), config.clientId);
    ini.setValue(QLatin1String(kRedirectUri.ini), config.redirectUri.toString());
    ini.setValue(QLatin1String(kAuthorizeUrl.ini), config.authorizeUrl.toString());
    ini.setValue(QLatin1String(kTokenUrl.ini), config.tokenUrl.toString());
    ini.setValue(QLatin1String(kApiUrl.ini), config.apiUrl.toString());
    ini.setValue(QLatin1String(kCacheLimitIni), config.libraryCacheLimitMiB);
    // Never a password (ConfigCheck refuses one); empty: the SQLite file.
    if (ConfigCheck::databaseUrl(config.databaseUrl))
        ini.remove(QLatin1String(kDatabaseUrl.ini));
    else
        ini.setValue(QLatin1String(kDatabaseUrl.ini), config.databaseUrl);
    if (config.language.isEmpty())  // the system's
        ini.remove(QLatin1String(kLanguage.ini));
    else
        ini.setValue(QLatin1String(kLanguage.ini), config.language);
    if (config.audioOutput.isEmpty())  // the system's default
        ini.remove(QLatin1String(kAudioOutputIni));
    else
        ini.setValue(QLatin1String(kAudioOutputIni), config.audioOutput);
    ini.setValue(QLatin1String(kSecretInKeyringIni), config.clientSecretInKeyring);  // a flag, never the secret
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConfigLoader", "Could not save the settings to %1.")
                         .arg(QDir::toNativeSeparators(config.settingsPath())),
                     QStringLiteral("QSettings status %1").arg(int(ini.status()))};
    }
    if (PrivatePaths::inspect(config.settingsPath()).verdict != PrivatePaths::Verdict::Private)
        return PrivatePaths::restrict(config.settingsPath());
    return {};
}

QStringList ConfigLoader::overriddenKeys(const QProcessEnvironment &env)
{
    QStringList keys;
    for (const Key &key : {kClientId, kRedirectUri, kAuthorizeUrl, kTokenUrl, kApiUrl, kDatabaseUrl, kLanguage}) {
        if (!env.value(QLatin1String(key.env)).trimmed().isEmpty())
            keys << QLatin1String(key.ini);
    }
    return keys;
}

Result<void> ConfigLoader::ensureDataDir(const QString &dataDir)
{
    const QString shown = QDir::toNativeSeparators(dataDir);
    const Error notMade{ErrorKind::Database,
                        QCoreApplication::translate("ConfigLoader", "Could not create the data folder %1.").arg(shown),
                        {}};
    if (!QFileInfo::exists(dataDir)) {
        if (Result<void> made = PrivatePaths::makeDir(dataDir); !made.ok())
            return Error{notMade.kind, notMade.message, made.error().detail};
    }
    if (!QFileInfo(dataDir).isDir())
        return Error{notMade.kind, notMade.message, QStringLiteral("not a folder")};
    const PrivatePaths::Inspection found = PrivatePaths::inspect(dataDir);
    switch (found.verdict) {
    case PrivatePaths::Verdict::Private:
        return {};
    case PrivatePaths::Verdict::OtherOwner:
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConfigLoader",
                                                 "Waveshelf does not use the data folder %1: it belongs to another "
                                                 "user (%2), who could change its settings and send your SoundCloud "
                                                 "sign-in elsewhere. Use a folder of your own (--data-dir or "
                                                 "WAVESHELF_DATA_DIR).")
                         .arg(shown, found.owner),
                     QStringLiteral("data folder owned by another user")};
    case PrivatePaths::Verdict::WritableByOthers:
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConfigLoader",
                                                 "Waveshelf does not use the data folder %1: other users of this "
                                                 "computer can change what is in it (its permissions are %2), and so "
                                                 "send your SoundCloud sign-in elsewhere. Make it yours alone (chmod "
                                                 "700) or use another folder (--data-dir or WAVESHELF_DATA_DIR).")
                         .arg(shown, found.mode),
                     QStringLiteral("data folder writable by group or others")};
    case PrivatePaths::Verdict::ReadableByOthers:
        return PrivatePaths::restrict(dataDir);
    case PrivatePaths::Verdict::Missing:
        break;
    }
    return notMade;
}

}  // namespace waveshelf
