#include "firstrun/SandboxProcess.h"

#include "common/LogCategories.h"
#include "config/AppConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <utility>

namespace waveshelf {

namespace {

const QString kProgramName = QStringLiteral("waveshelf-sandbox");

}  // namespace

AppConfig SandboxEndpoints::applyTo(AppConfig config) const
{
    const QString root = baseUrl.toString(QUrl::StripTrailingSlash);
    config.clientId = clientId;
    config.clientSecret.clear();
    config.authorizeUrl = QUrl(root + QStringLiteral("/authorize"));
    config.tokenUrl = QUrl(root + QStringLiteral("/oauth/token"));
    config.apiUrl = QUrl(root);
    config.sandboxSession = true;
    return config;
}

QStringList SandboxEndpoints::iniKeys()
{
    return {QStringLiteral("soundcloud/client_id"), QStringLiteral("soundcloud/authorize_url"),
            QStringLiteral("soundcloud/token_url"), QStringLiteral("soundcloud/api_url")};
}

SandboxProcess::SandboxProcess(QStringList searchDirs, QObject *parent)
    : QObject(parent)
    , m_searchDirs(std::move(searchDirs))
{
}

SandboxProcess::~SandboxProcess()
{
    stop();
    // Those still stopping get a short wait on this thread, then are killed.
    const QList<QProcess *> stopping = findChildren<QProcess *>(QString(), Qt::FindDirectChildrenOnly);
    for (QProcess *process : stopping) {
        if (process->state() != QProcess::NotRunning && !process->waitForFinished(kQuitWaitMs)) {
            process->kill();
            process->waitForFinished(kQuitWaitMs);
        }
    }
}

QStringList SandboxProcess::defaultSearchDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs{appDir};
    // Only an executable inside the build tree looks there (never an installed one).
    const QString buildDir = QDir::cleanPath(QStringLiteral(WAVESHELF_BUILD_DIR));
    if (QDir::cleanPath(appDir).startsWith(buildDir + QLatin1Char('/')))
        dirs << QStringLiteral(WAVESHELF_SANDBOX_BUILD_DIR);
    return dirs;
}

QString SandboxProcess::program() const
{
    for (const QString &dir : m_searchDirs) {
        const QFileInfo candidate(QDir(dir).filePath(kProgramName));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    // Never from PATH: a program of that name elsewhere would be handed the
    // redirect and whatever the session sends it.
    return {};
}

QString SandboxProcess::notFoundMessage()
{
    return tr("Waveshelf could not find the SoundCloud sandbox (the program waveshelf-sandbox), which is not part of "
              "the Waveshelf package. Install the package waveshelf-sandbox, or build Waveshelf from its source code "
              "(scripts/run.sh), where the sandbox is built beside the app.");
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SandboxProcess::start(const QUrl &redirectUri, QObject *context,
                           std::function<void(Result<SandboxEndpoints>)> done)
{
    Q_ASSERT(context);
    stop();
    m_pendingDone = std::move(done);
    m_pendingContext = context;
    m_ready = false;
    const QString path = program();
    if (path.isEmpty()) {
        failStart(Error{ErrorKind::NotFound, notFoundMessage(), QStringLiteral("waveshelf-sandbox not found")});
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WAVESHELF_CLIENT_SECRET"));
    m_process->setProcessEnvironment(env);
    m_process->setProgram(path);
    m_process->setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--ready-json"),
                             QStringLiteral("--exit-with-stdin"), QStringLiteral("--redirect-uri"),
                             redirectUri.toString()});
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onReadyRead);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            failStart(Error{ErrorKind::NotFound,
                            tr("The SoundCloud sandbox could not be started: %1").arg(m_process->errorString()),
                            QStringLiteral("waveshelf-sandbox failed to start")});
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString said =
            QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
        qCInfo(lcConfig) << "the sandbox stopped, exit code" << code;
        if (!m_ready) {
            failStart(Error{ErrorKind::Unreachable,
                            tr("The SoundCloud sandbox stopped before it was ready (%1).")
                                .arg(said.isEmpty() ? tr("exit code %1").arg(code) : said),
                            QStringLiteral("waveshelf-sandbox exited early")});
        } else {
            m_ready = false;
            emit stoppedUnexpectedly(tr("The SoundCloud sandbox stopped (exit code %1). Quit and start Waveshelf "
                                        "again to try it once more.")
                                         .arg(code));
        }
    });
    m_startTimer = new QTimer(m_process);
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        failStart(
            Error{ErrorKind::Unreachable,
                  tr("The SoundCloud sandbox did not start within %n second(s).", nullptr, kStartTimeoutMs / 1000),
                  QStringLiteral("waveshelf-sandbox start timed out")});
        stop();
    });
    qCInfo(lcConfig).noquote() << "starting the SoundCloud sandbox" << path;
    m_process->start();
    m_startTimer->start(kStartTimeoutMs);
}

void SandboxProcess::onReadyRead()
{
    if (m_ready) {
        m_process->readAllStandardOutput();  // nothing more is expected
        return;
    }
    if (!m_process->canReadLine())
        return;
    const QJsonObject ready = QJsonDocument::fromJson(m_process->readLine()).object();
    SandboxEndpoints endpoints{QUrl(ready.value(QStringLiteral("base_url")).toString()),
                               ready.value(QStringLiteral("client_id")).toString()};
    if (!endpoints.baseUrl.isValid() || endpoints.baseUrl.port() <= 0 || endpoints.clientId.isEmpty()) {
        failStart(Error{ErrorKind::Protocol,
                        tr("The SoundCloud sandbox did not say where it listens: it may be from another version of "
                           "Waveshelf."),
                        QStringLiteral("unreadable --ready-json line")});
        stop();
        return;
    }
    m_ready = true;
    m_startTimer->stop();
    qCInfo(lcConfig).noquote() << "the SoundCloud sandbox listens at" << endpoints.baseUrl.toString();
    auto done = std::exchange(m_pendingDone, nullptr);
    if (done && m_pendingContext)
        done(endpoints);
}

void SandboxProcess::failStart(const Error &error)
{
    qCWarning(lcConfig).noquote() << error.detail;
    if (m_startTimer)
        m_startTimer->stop();
    auto done = std::exchange(m_pendingDone, nullptr);
    if (done && m_pendingContext)
        done(error);
}

void SandboxProcess::stop()
{
    m_pendingDone = nullptr;  // a start cut short answers nothing
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    if (QTimer *timer = std::exchange(m_startTimer, nullptr))
        timer->stop();
    process->disconnect(this);  // what it does from here on is no news
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // --exit-with-stdin: it quits by itself; the GUI thread does not wait for that.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(kStopGraceMs, process, [process] {
        qCWarning(lcConfig) << "the sandbox did not quit when asked; killed";
        process->kill();
    });
    process->closeWriteChannel();
}

}  // namespace waveshelf
