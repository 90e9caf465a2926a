#include "secrets/ClientSecretStore.h"

#include "common/Delivery.h"
#include "common/LogCategories.h"
#include "config/AppConfig.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace waveshelf {

namespace {

// A failed keyring job as an Error. The detail names QtKeychain's code and
// text, which never hold the secret.
Error keyringError(const QKeychain::Job &job, const QString &doing)
{
    const QString detail = QStringLiteral("%1: QtKeychain error %2 (%3)")
                               .arg(doing)
                               .arg(static_cast<int>(job.error()))
                               .arg(job.errorString());
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{ErrorKind::Unreachable, ClientSecretStore::noKeyringMessage(), detail};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorKind::AccessDenied,
                     ClientSecretStore::tr("The system keyring did not let Waveshelf use the client secret (access "
                                           "was denied). You can set it in the environment variable "
                                           "WAVESHELF_CLIENT_SECRET instead."),
                     detail};
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Without a session bus or a Secret Service on it, QtKeychain says OtherError
    // with D-Bus's text: that too is "no keyring here" for the user.
    return Error{ErrorKind::Unreachable, ClientSecretStore::noKeyringMessage(), detail};
}

template <typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);  // deletes itself once finished
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plain-text copy
    job->setKey(key);
    return job;
}

}  // namespace

ClientSecretStore::ClientSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString ClientSecretStore::noKeyringMessage()
{
    return tr("No keyring service is running on this computer (such as GNOME Keyring or KWallet), so Waveshelf "
              "cannot keep a client secret. If your SoundCloud app needs one, set the environment variable "
              "WAVESHELF_CLIENT_SECRET before starting Waveshelf; it is never written to disk.");
}

QString ClientSecretStore::key(const QString &clientId) const
{
    return QStringLiteral("soundcloud-client-secret/") + clientId;
}

void ClientSecretStore::read(const QString &clientId, QObject *context, std::function<void(Result<QString>)> done) const
{
    const Delivery<QString> deliver(context, std::move(done));
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key(clientId));
    QObject::connect(job, &QKeychain::Job::finished, job, [job, deliver] {
        if (job->error() == QKeychain::EntryNotFound) {
            deliver(QString());
            return;
        }
        if (job->error() != QKeychain::NoError) {
            const Error error = keyringError(*job, QStringLiteral("reading the client secret"));
            qCInfo(lcConfig).noquote() << error.detail;
            deliver(error);
            return;
        }
        deliver(job->textData());
    });
    job->start();
}

void ClientSecretStore::applyTo(const AppConfig &config, QObject *context,
                                std::function<void(Result<AppConfig>)> done) const
{
    const Delivery<AppConfig> deliver(context, std::move(done));
    if (!config.clientSecret.isEmpty() || !config.clientSecretInKeyring || !config.hasClientId()) {
        deliver(config);
        return;
    }
    read(config.clientId, context, [config, deliver](Result<QString> secret) {
        if (!secret.ok()) {
            deliver(secret.error());
            return;
        }
        if (secret.value().isEmpty()) {
            deliver(Error{ErrorKind::NotFound,
                          tr("Waveshelf's settings say your SoundCloud app's client secret is in the system "
                             "keyring, but it is not there any more. Set the environment variable "
                             "WAVESHELF_CLIENT_SECRET, or enter the secret again in the first-run guide (clear the "
                             "client ID in File → Settings… to see it again)."),
                          QStringLiteral("no keyring entry for the client ID")});
            return;
        }
        AppConfig withSecret = config;
        withSecret.clientSecret = secret.value();
        deliver(withSecret);
    });
}

std::optional<AppConfig> ClientSecretStore::withAnsweredSecret(const AppConfig &current, const AppConfig &answered)
{
    if (answered.clientSecret.isEmpty() || current.clientId != answered.clientId || !current.clientSecret.isEmpty())
        return std::nullopt;
    AppConfig joined = current;
    joined.clientSecret = answered.clientSecret;
    return joined;
}

void ClientSecretStore::write(const QString &clientId, const QString &secret, QObject *context,
                              std::function<void(Result<void>)> done) const
{
    if (secret.isEmpty()) {
        remove(clientId, context, std::move(done));
        return;
    }
    const Delivery<void> deliver(context, std::move(done));
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key(clientId));
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, deliver] {
        if (job->error() != QKeychain::NoError) {
            const Error error = keyringError(*job, QStringLiteral("storing the client secret"));
            qCWarning(lcConfig).noquote() << error.detail;
            deliver(error);
            return;
        }
        qCInfo(lcConfig) << "client secret stored in the system keyring";
        deliver({});
    });
    job->start();
}

void ClientSecretStore::remove(const QString &clientId, QObject *context, std::function<void(Result<void>)> done) const
{
    const Delivery<void> deliver(context, std::move(done));
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key(clientId));
    QObject::connect(job, &QKeychain::Job::finished, job, [job, deliver] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            const Error error = keyringError(*job, QStringLiteral("removing the client secret"));
            qCWarning(lcConfig).noquote() << error.detail;
            deliver(error);
            return;
        }
        deliver({});
    });
    job->start();
}

}  // namespace waveshelf
