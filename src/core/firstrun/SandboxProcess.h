#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QProcess;
class QTimer;

namespace waveshelf {

struct AppConfig;

// Where a running sandbox answers, as it reported itself.
struct SandboxEndpoints {
    QUrl baseUrl;
    QString clientId;

    // `config` pointed at this sandbox: its authorize, token and API URLs and
    // its client ID, without a client secret (the sandbox app has none).
    [[nodiscard]] AppConfig applyTo(AppConfig config) const;
    // The settings file's keys of what applyTo() sets (kept out of the file).
    [[nodiscard]] static QStringList iniKeys();
};

// The SoundCloud sandbox (the program waveshelf-sandbox) as a child process, for
// the first-run guide's "Try Waveshelf with the sandbox": started on a free
// loopback port with the redirect URI registered, its address read from the
// one JSON line it prints (--ready-json), and stopped when this object goes
// (or with stop()). It also quits by itself when its standard input closes
// (--exit-with-stdin), so it never outlives the app, even after a crash.
class SandboxProcess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    static constexpr int kStartTimeoutMs = 15'000;
    // After stop(), how long the sandbox has to quit by itself before it is killed.
    static constexpr int kStopGraceMs = 2'000;
    // On destruction (the app quits), how long the thread waits for that before killing.
    static constexpr int kQuitWaitMs = 250;

    // The sandbox is looked for in `searchDirs` only (never on PATH).
    explicit SandboxProcess(QStringList searchDirs = defaultSearchDirs(), QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Beside the running executable, then (for an executable inside the build
    // tree) where the build put the sandbox.
    [[nodiscard]] static QStringList defaultSearchDirs();
    // The sandbox program found, or empty.
    [[nodiscard]] QString program() const;
    // "Not installed", and how to get it, in plain words.
    [[nodiscard]] static QString notFoundMessage();

    // Starts the sandbox (one at a time; a running one is stopped first). `done`
    // gets its endpoints once it listens, or why it could not start.
    void start(const QUrl &redirectUri, QObject *context, std::function<void(Result<SandboxEndpoints>)> done);
    [[nodiscard]] bool isRunning() const;
    // Closes its standard input and returns at once (isRunning() is false from
    // then on): the sandbox quits by itself, or is killed after kStopGraceMs.
    void stop();

signals:
    // The sandbox stopped on its own after it was ready (a crash, killed).
    void stoppedUnexpectedly(const QString &message);

private:
    void onReadyRead();
    void failStart(const Error &error);

    QStringList m_searchDirs;
    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    std::function<void(Result<SandboxEndpoints>)> m_pendingDone;
    QPointer<QObject> m_pendingContext;
    bool m_ready = false;
};

}  // namespace waveshelf
