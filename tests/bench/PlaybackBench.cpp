#include "PlaybackBench.h"

#include "BenchTable.h"
#include "ConnectedUserFixture.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "ProcStats.h"
#include "QtMediaBackend.h"
#include "ResultSpy.h"
#include "StreamResolver.h"

#include <QAudioOutput>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

namespace waveshelf::bench {

namespace {

constexpr int kSeeksPerRun = 3;
constexpr qint64 kSeekBackMs = 600;  // back into the segment that plays (segments of about 1 s)

bool failed(const char *what)
{
    std::fprintf(stderr, "waveshelf-bench: playback: %s\n", what);
    return false;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

Track benchTrack(int run)
{
    Track track;
    const qint64 id = 510001 + run % 3;  // bob's tracks: anyone may stream them
    track.urn = QStringLiteral("soundcloud:tracks:%1").arg(id);
    track.title = QStringLiteral("Track %1").arg(id);
    track.access = QStringLiteral("playable");
    return track;
}

// GET `url` on `network`; the body, or empty on failure.
QByteArray get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const QByteArray body = done && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

// What a player fetches before it can decode: the media playlist, then its first segment.
double firstSegmentMs(const QUrl &cdnUrl)
{
    QNetworkAccessManager network;  // its own connections, as the media framework has
    QElapsedTimer clock;
    clock.start();
    const QByteArray playlist = get(network, cdnUrl);
    QUrl first;
    for (const QByteArray &line : playlist.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#')) {
            first = cdnUrl.resolved(QUrl(QString::fromLatin1(line.trimmed())));
            break;
        }
    }
    if (first.isEmpty() || get(network, first).isEmpty())
        return std::nan("");
    return msSince(clock);
}

// When `reached()` first holds, in ms on `clock`, checked every millisecond; NaN after
// `timeoutMs`. For positions: QMediaPlayer emits positionChanged only every 100 ms, while
// its position() asks the pipeline what has played, so reading it every millisecond times
// the first audible sample (GStreamer's sink clock) to about 1 ms, not one report interval.
double msUntil(const std::function<bool()> &reached, const QElapsedTimer &clock, int timeoutMs)
{
    double at = -1;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (reached()) {
            at = msSince(clock);
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return at >= 0 ? at : std::nan("");
}

// The QMediaPlayer a PlayerController made at its first play (0 until then).
std::function<qint64()> livePosition(const PlayerController &player)
{
    return [&player] {
        const auto *media = player.findChild<QMediaPlayer *>();
        return media ? media->position() : 0;
    };
}

// A bare QMediaPlayer on the CDN URL: until its position advances.
double decoderStartMs(const QUrl &cdnUrl)
{
    QMediaPlayer player;
    QAudioOutput output;
    player.setAudioOutput(&output);
    QElapsedTimer clock;
    clock.start();
    player.setSource(cdnUrl);
    player.play();
    const double advanced = msUntil([&player] { return player.position() > 0; }, clock, 10'000);
    player.stop();
    return advanced;
}

Figure figure(const char *key, const QString &name, const QString &unit, double value)
{
    Figure f;
    f.key = QLatin1String(key);
    f.name = name;
    f.unit = unit;
    f.waveshelf = value;
    return f;
}

}  // namespace

PlaybackBench::PlaybackBench(test::ConnectedUserFixture &fixture, int runs, int idleSeconds)
    : m_fixture(fixture)
    , m_runs(runs)
    , m_idleSeconds(idleSeconds)
{
}

void PlaybackBench::setHeadlessAudio()
{
    // As WAVESHELF_HEADLESS_AUDIO_ENV in tests/player/CMakeLists.txt.
    const QList<std::pair<const char *, QByteArray>> environment{
        {"QT_MEDIA_BACKEND", "gstreamer"},
        {"PULSE_SERVER", "unix:/nonexistent/waveshelf-bench"},
        {"GST_PLUGIN_FEATURE_RANK",
         "pulsesink:NONE,alsasink:NONE,openalsink:NONE,oss4sink:NONE,osssink:NONE,"
         "jackaudiosink:NONE,pipewiresink:NONE"}};
    for (const auto &[name, value] : environment) {
        if (!qEnvironmentVariableIsSet(name))
            qputenv(name, value);
    }
}

bool PlaybackBench::run(BenchTable &table)
{
    StreamResolver resolver(m_fixture.network(), m_fixture.tokenSession(), m_fixture.config().apiUrl);
    QList<double> resolutions, segments, decoders, firstSamples, seeks, cpus;
    // The session's first play, as a user's first double-click after logging in:
    // the media framework (GStreamer's registry and plugins) is loaded then.
    double coldFirstSample = -1;
    double playMemoryMib = -1;
    {
        PlayQueue queue;
        PlayerController player(resolver, queue, std::make_unique<QtMediaBackend>());
        const qint64 residentBefore = ProcStats::residentKib();
        QElapsedTimer clock;
        clock.start();
        player.playFrom({benchTrack(m_runs)}, 0);
        const auto position = livePosition(player);
        coldFirstSample = msUntil([&] { return position() > 0; }, clock, 10'000);
        if (std::isnan(coldFirstSample))
            return failed("the first track did not play");
        playMemoryMib = double(ProcStats::residentKib() - residentBefore) / 1024.0;
        player.stop();
    }
    for (int run = 0; run < m_runs; ++run) {
        const Track track = benchTrack(run);
        test::ResultSpy<ResolvedStream> resolved;
        QElapsedTimer clock;
        clock.start();
        resolver.resolve(track, resolved.context(), resolved.callback());
        if (!resolved.wait(10'000) || !resolved.last().ok())
            return failed("the stream was not resolved");
        resolutions.append(msSince(clock));
        const QUrl cdnUrl = resolved.last().value().cdnUrl;
        segments.append(firstSegmentMs(cdnUrl));
        decoders.append(decoderStartMs(cdnUrl));

        // The whole way, as a double-click plays: resolution, opening, first sample.
        PlayQueue queue;
        PlayerController player(resolver, queue, std::make_unique<QtMediaBackend>());
        clock.restart();
        player.playFrom({track}, 0);
        const auto position = livePosition(player);
        const double firstSample = msUntil([&] { return position() > 0; }, clock, 10'000);
        if (std::isnan(firstSample))
            return failed("the track did not play");
        firstSamples.append(firstSample);

        // Seeking back into the segment that plays: until audio from there has played
        // (the position passes the target and stays short of where the seek began; right
        // after the seek it reads the target itself).
        for (int seek = 0; seek < kSeeksPerRun; ++seek) {
            const qint64 wanted = 1'500 + seek * 1'500;
            if (!QTest::qWaitFor([&] { return player.position() > wanted; }, 10'000))
                return failed("the track stopped playing");
            const qint64 from = position();
            const qint64 target = from - kSeekBackMs;
            clock.restart();
            player.seek(target);
            seeks.append(msUntil([&] { return position() > target && position() < from; }, clock, 5'000));
        }

        // The process's CPU while the track plays (the in-process sandbox serving its segments included).
        const double cpuBefore = ProcStats::cpuMs();
        clock.restart();
        QEventLoop idle;
        QTimer::singleShot(m_idleSeconds * 1'000, &idle, &QEventLoop::quit);
        idle.exec();
        const double cpuMs = ProcStats::cpuMs() - cpuBefore;
        if (player.state() != PlayerController::State::Playing)
            return failed("the track stopped while idle");
        cpus.append(cpuMs * 100.0 / msSince(clock));
        player.stop();
    }

    Figure first = figure("playback_first_sample_ms", QStringLiteral("Play → first audible sample (loopback)"),
                          QStringLiteral("ms"), BenchTable::median(firstSamples));
    first.reference = 265;
    first.goal = QStringLiteral("≤ 250 ms");
    first.met = first.waveshelf <= 250;
    first.note = QStringLiteral("reference: Spotify's median, 2010; until the pipeline's position passes 0 (read "
                                "every 1 ms)");
    table.add(first);
    Figure cold = figure("playback_cold_first_sample_ms",
                         QStringLiteral("… the session's first play (media framework loaded then)"),
                         QStringLiteral("ms"), coldFirstSample);
    cold.goal = QStringLiteral("≤ 250 ms");
    cold.met = cold.waveshelf <= 250;
    cold.note = QStringLiteral("once per session; the figures above and below are of later plays");
    table.add(cold);
    Figure memory = figure("playback_first_play_rss_mib", QStringLiteral("… resident memory the first play adds"),
                           QStringLiteral("MiB"), playMemoryMib);
    memory.note = QStringLiteral("Qt Multimedia, GStreamer and its plugins; AAC decoder: %1")
                      .arg(ProcStats::maps("libgstfaad.so")        ? QStringLiteral("faad")
                               : ProcStats::maps("libgstlibav.so") ? QStringLiteral("gst-libav (FFmpeg)")
                                                                   : QStringLiteral("other"));
    table.add(memory);
    Figure resolution = figure("playback_resolution_ms", QStringLiteral("… stream resolution (StreamResolver)"),
                               QStringLiteral("ms"), BenchTable::median(resolutions));
    resolution.note = QStringLiteral("/streams, then the redirect to the CDN");
    table.add(resolution);
    Figure segment = figure("playback_first_segment_ms", QStringLiteral("… first segment (CDN playlist + GET)"),
                            QStringLiteral("ms"), BenchTable::median(segments));
    segment.note = QStringLiteral("new connections, as the media framework opens");
    table.add(segment);
    Figure decoder = figure("playback_decoder_start_ms",
                            QStringLiteral("… decoder start (QMediaPlayer until the position advances)"),
                            QStringLiteral("ms"), BenchTable::median(decoders));
    decoder.note = QStringLiteral("its own playlist and segment GETs included");
    table.add(decoder);
    Figure seek = figure("playback_seek_ms", QStringLiteral("Seek within the playing segment"), QStringLiteral("ms"),
                         BenchTable::median(seeks));
    seek.goal = QStringLiteral("≤ 100 ms");
    seek.met = seek.waveshelf <= 100;
    double worst = 0;
    for (const double value : seeks)
        worst = std::isnan(value) || std::isnan(worst) ? std::nan("") : qMax(worst, value);
    seek.note = QStringLiteral("%1 s back, until audio from there has played (read every 1 ms); worst of %2: %3 ms")
                    .arg(double(kSeekBackMs) / 1000.0)
                    .arg(seeks.size())
                    .arg(worst, 0, 'f', 0);
    table.add(seek);
    Figure cpu = figure("playback_cpu_percent", QStringLiteral("CPU while playing (% of one core)"),
                        QStringLiteral("%"), BenchTable::median(cpus));
    cpu.goal = QStringLiteral("< 3 %");
    cpu.met = cpu.waveshelf < 3;
    cpu.note = QStringLiteral("%1 s of playback; the in-process sandbox serving it included").arg(m_idleSeconds);
    table.add(cpu);
    return true;
}

}  // namespace waveshelf::bench
