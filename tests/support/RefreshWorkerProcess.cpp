#include "RefreshWorkerProcess.h"

#include "ConnectedUserFixture.h"

namespace waveshelf::test {

std::unique_ptr<QProcess> startRefreshWorker(const QString &program, ConnectedUserFixture &user, const QUrl &service,
                                             const QString &localUser, const QString &localPassword, int requests,
                                             bool waitForGo, QProcess::ProcessChannelMode channels)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    QStringList arguments{
        QStringLiteral("--data-dir"), user.config().dataDir,    QStringLiteral("--user"),      localUser,
        QStringLiteral("--service"),  service.toString(),       QStringLiteral("--client-id"), user.config().clientId,
        QStringLiteral("--requests"), QString::number(requests)};
    if (waitForGo)
        arguments << QStringLiteral("--wait-for-go");
    process->setArguments(arguments);
    process->setProcessChannelMode(channels);
    // The same database: a shared PostgreSQL one is named as the app is told it
    // (its password, if any, comes from PGPASSFILE / PGPASSWORD, inherited).
    if (!user.config().databaseUrl.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WAVESHELF_DATABASE_URL"), user.config().databaseUrl);
        process->setProcessEnvironment(env);
    }
    process->start();
    process->write((localPassword + QLatin1Char('\n')).toUtf8());
    return process;
}

}  // namespace waveshelf::test
