// waveshelf-bench: every speed and memory figure of Waveshelf in one run,
// side by side with its reference, as a table (and JSON with --json FILE).
// See README.md, "Speed and memory". Figures only: nothing here asserts on time.
//
//   waveshelf-bench [--quick] [--json FILE] [--library-only | --playback-only]
//
// Playback runs headless: GStreamer's fakesink in real time, through the player
// tests' environment (PlaybackBench::setHeadlessAudio) where it is not set.
//
// `--session-child USER [--quick]` is the in-app part, run by the bench itself
// in a process of its own (SessionChild).

#include "BenchTable.h"
#include "ConnectedUserFixture.h"
#include "JsonModelBench.h"
#include "LibraryCacheBench.h"
#include "MediaFramework.h"
#include "PlaybackBench.h"
#include "SandboxHost.h"
#include "SessionBench.h"
#include "SessionChild.h"
#include "StartupBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace waveshelf;

namespace {

// What QtWebEngine needs before QApplication exists (the session child opens
// the popup plugin), as main() sets it.
void shareOpenGLContexts()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}
Q_CONSTRUCTOR_FUNCTION(shareOpenGLContexts)

int sessionChild(const QString &user, bool quick)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    bench::SessionChild child(user, password, quick);
    return child.run();
}

}  // namespace

// Plays the sandbox's audio against the user `fixture` connected: the playback figures.
bool playback(test::ConnectedUserFixture &fixture, bool quick, bench::BenchTable &table)
{
    std::fprintf(stderr, "waveshelf-bench: playback (first sample, seek, CPU)...\n");
    return bench::PlaybackBench(fixture, quick ? 1 : 5, quick ? 3 : 5).run(table);
}

int main(int argc, char *argv[])
{
    bench::PlaybackBench::setHeadlessAudio();
    MediaFramework::prepare();  // as the app's main()
    const bool headless = !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Waveshelf's speed and memory figures, with their references."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("A short setting (3 start-ups, 1 run, 3 s idle)."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to <file>."), QStringLiteral("file"));
    const QCommandLineOption childOption(QStringLiteral("session-child"),
                                         QStringLiteral("Internal: the in-app part, for the local <user>."),
                                         QStringLiteral("user"));
    const QCommandLineOption libraryOption(QStringLiteral("library-only"),
                                           QStringLiteral("Only the offline library's figures (cache, filter)."));
    const QCommandLineOption playbackOption(QStringLiteral("playback-only"),
                                            QStringLiteral("Only the playback figures (first sample, seek, CPU)."));
    parser.addOptions({quickOption, jsonOption, childOption, libraryOption, playbackOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    if (parser.isSet(childOption))
        return sessionChild(parser.value(childOption), quick);

    const int startups = quick ? 3 : 9;
    const int runs = quick ? 1 : 5;
    bench::BenchTable table;
    bool ok = true;

    if (parser.isSet(libraryOption)) {
        const bool measured = bench::LibraryCacheBench(runs).run(table);
        std::fputs(qPrintable(table.text()), stdout);
        return measured ? 0 : 1;
    }
    const bool playbackOnly = parser.isSet(playbackOption);
    if (!playbackOnly) {
        std::fprintf(stderr, "waveshelf-bench: start-up, %d runs each...\n", startups);
        ok &= bench::StartupBench(QStringLiteral(WAVESHELF_EXECUTABLE), QStringLiteral(BARE_WINDOW_EXECUTABLE),
                                  startups)
                  .run(table);
    }

    sandbox::SandboxHost sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "waveshelf-bench: the sandbox did not start\n");
        return 1;
    }
    // The local user costs what the app's users cost (moderate Argon2id limits).
    test::ConnectedUserFixture fixture(sandbox, QStringLiteral("dana"), KdfLimits::recommended());
    if (!fixture.connectAs(QStringLiteral("lena"), QStringLiteral("lena-password"))) {
        std::fprintf(stderr, "waveshelf-bench: cannot connect to the sandbox\n");
        return 1;
    }
    if (playbackOnly) {
        const bool measured = playback(fixture, quick, table);
        std::fputs(qPrintable(table.text()), stdout);
        return measured ? 0 : 1;
    }
    std::fprintf(stderr, "waveshelf-bench: JSON to model...\n");
    ok &= bench::JsonModelBench(fixture.tokenSession(), fixture.config().apiUrl, runs).run(table);
    std::fprintf(stderr, "waveshelf-bench: offline library cache, filter...\n");
    ok &= bench::LibraryCacheBench(runs).run(table);
    ok &= playback(fixture, quick, table);
    std::fprintf(stderr, "waveshelf-bench: log in, 10,000 likes, idle, popup...\n");
    ok &= bench::SessionBench(fixture, QCoreApplication::applicationFilePath(), QStringLiteral(PLUGIN_DIR), quick)
              .run(table);

    const QString text = table.text();
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
    if (parser.isSet(jsonOption)) {
        const QJsonObject setting{{QStringLiteral("quick"), quick},
                                  {QStringLiteral("startupRuns"), startups},
                                  {QStringLiteral("platform"), QGuiApplication::platformName()},
                                  {QStringLiteral("cpus"), QThread::idealThreadCount()},
                                  {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                  {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                  {QStringLiteral("build"), QStringLiteral(BUILD_TYPE)}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(table.json(setting)).toJson()) < 0) {
            std::fprintf(stderr, "waveshelf-bench: cannot write %s\n", qPrintable(parser.value(jsonOption)));
            return 1;
        }
    }
    return ok ? 0 : 1;
}
