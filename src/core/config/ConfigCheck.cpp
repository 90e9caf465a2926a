#include "config/ConfigCheck.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace waveshelf {

QUrl ConfigCheck::endpointUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

std::optional<ConfigProblem> ConfigCheck::endpoint(ConfigField field, const QUrl &url)
{
    const QString name = fieldName(field);
    if (url.isEmpty())
        return ConfigProblem{field, tr("Please enter the %1.").arg(name)};
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ConfigProblem{field, tr("The %1 must be a web address that starts with https:// or http://.").arg(name)};
    if (url.host().isEmpty()) {
        return ConfigProblem{
            field,
            tr("The %1 needs a server name after %2://, as in https://secure.soundcloud.com.").arg(name, scheme)};
    }
    if (!url.userInfo().isEmpty()) {
        return ConfigProblem{field,
                             tr("The %1 cannot contain a user name or password (the part before “@”).").arg(name)};
    }
    if (scheme == QLatin1String("http") && !isThisComputer(url.host())) {
        // Tokens and the client secret travel there: unencrypted only on this computer.
        return ConfigProblem{field,
                             tr("The %1 must start with https:// (plain http:// is only allowed for this "
                                "computer, such as 127.0.0.1).")
                                 .arg(name)};
    }
    if (field == ConfigField::RedirectUri && url.hasFragment())
        return ConfigProblem{field, tr("The %1 cannot contain a “#” part.").arg(name)};
    return std::nullopt;
}

std::optional<ConfigProblem> ConfigCheck::clientId(const QString &trimmedClientId)
{
    if (trimmedClientId.contains(QRegularExpression(QStringLiteral("\\s"))))
        return ConfigProblem{ConfigField::ClientId, tr("The client ID cannot contain spaces.")};
    return std::nullopt;
}

std::optional<ConfigProblem> ConfigCheck::databaseUrl(const QString &trimmedUrl)
{
    if (trimmedUrl.isEmpty())
        return std::nullopt;  // the SQLite file in the data folder
    const QUrl url(trimmedUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        || url.host().isEmpty() || url.path().size() < 2 || url.path().indexOf(QLatin1Char('/'), 1) >= 0) {
        return ConfigProblem{ConfigField::DatabaseUrl,
                             tr("The database URL must look like postgresql://user@server/database (or be empty "
                                "for the database in the data folder).")};
    }
    static const QRegularExpression plainOption(QStringLiteral("^[A-Za-z0-9_.,:/+=-]*$"));
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    bool passwordOption = false;
    for (const auto &item : items) {
        // password, sslpassword (the client key's passphrase): no secret in the URL.
        passwordOption = passwordOption || item.first.contains(QLatin1String("password"), Qt::CaseInsensitive);
        if (!plainOption.match(item.first).hasMatch() || !plainOption.match(item.second).hasMatch()) {
            return ConfigProblem{ConfigField::DatabaseUrl,
                                 tr("The database URL’s options (after “?”) may only contain letters, digits and "
                                    "_ . , : / + = -.")};
        }
    }
    if (!url.password().isEmpty() || passwordOption) {
        return ConfigProblem{ConfigField::DatabaseUrl,
                             tr("The database URL cannot contain a password. Put the password in ~/.pgpass "
                                "(or PGPASSWORD), where PostgreSQL's own tools read it.")};
    }
    return std::nullopt;
}

bool ConfigCheck::isThisComputer(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QString ConfigCheck::fieldName(ConfigField field)
{
    switch (field) {
    case ConfigField::ClientId:
        return tr("Client ID");
    case ConfigField::RedirectUri:
        return tr("Redirect URI");
    case ConfigField::AuthorizeUrl:
        return tr("Authorize URL");
    case ConfigField::TokenUrl:
        return tr("Token URL");
    case ConfigField::ApiUrl:
        return tr("API URL");
    case ConfigField::DatabaseUrl:
        return tr("Database URL");
    case ConfigField::Language:
        return tr("Language");
    }
    Q_UNREACHABLE();
}

}  // namespace waveshelf
