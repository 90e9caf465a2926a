#include "StartupBench.h"

#include "BenchTable.h"
#include "FirstWindowProbe.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace waveshelf::bench {

namespace {

constexpr int kStartTimeoutMs = 60'000;

// A data dir as a returning user leaves it: the database with one local user.
bool makeReturningUserDir(const QString &dir)
{
    AppConfig config;
    config.dataDir = dir;
    auto core = AppCore::open(config);
    if (!core.ok())
        return false;
    const QString password = QStringLiteral("returning-user-password");
    const auto hash = PasswordHasher::hash(password);
    const auto id = hash.ok() ? core.value()->users().create(QStringLiteral("returning"), hash.value())
                              : Result<qint64>(hash.error());
    if (!id.ok())
        return false;
    const auto vault = Vault::create(password, id.value());
    return vault.ok() && core.value()->users().setVaultMaterial(id.value(), vault.value().second).ok();
}

}  // namespace

StartupBench::StartupBench(QString waveshelf, QString bareWindow, int runs)
    : m_waveshelf(std::move(waveshelf))
    , m_bareWindow(std::move(bareWindow))
    , m_runs(runs)
{
}

bool StartupBench::startOnce(const QString &program, const QStringList &arguments, Sample &sample) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(FirstWindowProbe::kEnvironmentVariable), QStringLiteral("1"));
    // A returning user has a SoundCloud app configured: the login window, not the first-run guide.
    if (env.value(QStringLiteral("WAVESHELF_CLIENT_ID")).isEmpty())
        env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("waveshelf-bench"));
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());

    static const QRegularExpression pattern(QStringLiteral("^first-window ms=([0-9.]+) rss_kib=([0-9]+)"));
    QElapsedTimer wall;
    wall.start();
    process.start(program, arguments);
    QByteArray output;
    QRegularExpressionMatch match;
    while (!match.hasMatch() && wall.elapsed() < kStartTimeoutMs) {
        if (!process.waitForReadyRead(kStartTimeoutMs))
            break;
        output += process.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            match = pattern.match(QString::fromUtf8(line));
            if (match.hasMatch())
                break;
        }
    }
    sample.wallMs = double(wall.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(10'000))
        process.kill();
    if (!match.hasMatch()) {
        std::fprintf(stderr, "waveshelf-bench: %s did not report its first window\n", qPrintable(program));
        return false;
    }
    sample.childMs = match.captured(1).toDouble();
    sample.rssMiB = match.captured(2).toDouble() / 1024.0;
    return true;
}

bool StartupBench::run(BenchTable &table)
{
    QTemporaryDir dataDir;
    if (!dataDir.isValid() || !makeReturningUserDir(dataDir.path())) {
        std::fprintf(stderr, "waveshelf-bench: cannot prepare a data dir\n");
        return false;
    }
    const QStringList appArguments{QStringLiteral("--data-dir"), dataDir.path()};
    QList<double> ours[3];
    QList<double> bare[3];
    Sample sample;
    // One unmeasured start of each fills the page cache for both alike.
    if (!startOnce(m_waveshelf, appArguments, sample) || !startOnce(m_bareWindow, {}, sample))
        return false;
    for (int run = 0; run < m_runs; ++run) {
        if (!startOnce(m_waveshelf, appArguments, sample))
            return false;
        ours[0].append(sample.childMs);
        ours[1].append(sample.wallMs);
        ours[2].append(sample.rssMiB);
        if (!startOnce(m_bareWindow, {}, sample))
            return false;
        bare[0].append(sample.childMs);
        bare[1].append(sample.wallMs);
        bare[2].append(sample.rssMiB);
    }

    const auto add = [&](int index, const QString &key, const QString &name, const QString &unit, double goal) {
        Figure figure;
        figure.key = key;
        figure.name = name;
        figure.unit = unit;
        figure.waveshelf = BenchTable::median(ours[index]);
        figure.reference = BenchTable::median(bare[index]);
        figure.goal = QStringLiteral("≤ %1 × bare").arg(goal);
        figure.met = figure.waveshelf <= goal * figure.reference;
        table.add(figure);
    };
    add(0, QStringLiteral("startup_ms"), QStringLiteral("start to first window (process view)"), QStringLiteral("ms"),
        1.3);
    add(1, QStringLiteral("startup_wall_ms"), QStringLiteral("start to first window (wall, from exec)"),
        QStringLiteral("ms"), 1.3);
    add(2, QStringLiteral("startup_rss_mib"), QStringLiteral("RSS at first window"), QStringLiteral("MiB"), 1.5);
    return true;
}

}  // namespace waveshelf::bench
