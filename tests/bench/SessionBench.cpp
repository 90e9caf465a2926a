#include "SessionBench.h"

#include "BenchTable.h"
#include "ConnectedUserFixture.h"

#include <QProcess>

#include <cmath>
#include <cstdio>

#include <unistd.h>

namespace waveshelf::bench {

namespace {

// ConnectedUserFixture's local user and password.
const QString kLocalUser = QStringLiteral("dana");
const QString kLocalPassword = QStringLiteral("correct horse battery");
constexpr int kChildTimeoutMs = 300'000;

Figure measured(const QString &key, const QString &name, const QString &unit, double value)
{
    Figure figure;
    figure.key = key;
    figure.name = name;
    figure.unit = unit;
    figure.waveshelf = value;
    return figure;
}

}  // namespace

SessionBench::SessionBench(test::ConnectedUserFixture &fixture, QString benchProgram, QString pluginDir, bool quick)
    : m_fixture(fixture)
    , m_benchProgram(std::move(benchProgram))
    , m_pluginDir(std::move(pluginDir))
    , m_quick(quick)
{
}

bool SessionBench::runChild(QHash<QString, double> &values) const
{
    const AppConfig &config = m_fixture.config();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), config.dataDir);
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), config.clientId);
    env.insert(QStringLiteral("WAVESHELF_REDIRECT_URI"), config.redirectUri.toString());
    env.insert(QStringLiteral("WAVESHELF_AUTHORIZE_URL"), config.authorizeUrl.toString());
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), config.tokenUrl.toString());
    env.insert(QStringLiteral("WAVESHELF_API_URL"), config.apiUrl.toString());
    env.insert(QStringLiteral("WAVESHELF_PLUGIN_DIR"), m_pluginDir);
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
        env.insert(
            QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"),
            QStringLiteral("--disable-gpu --disable-background-networking --disable-component-update --no-first-run"));
    // The engine's start-up banner and the app's info lines are not figures.
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("qt.webenginecontext.debug=false;waveshelf.*.info=false"));
    if (::geteuid() == 0)  // Chromium's sandbox refuses root
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));

    QStringList arguments{QStringLiteral("--session-child"), kLocalUser};
    if (m_quick)
        arguments.append(QStringLiteral("--quick"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(m_benchProgram, arguments);
    if (!child.waitForStarted())
        return false;
    child.write(kLocalPassword.toUtf8() + '\n');  // never on the command line
    child.closeWriteChannel();
    if (!child.waitForFinished(kChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "figure")
            values.insert(QString::fromUtf8(parts[1]), parts[2].toDouble());
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "waveshelf-bench: the session child failed (exit %d)\n", child.exitCode());
        return false;
    }
    return true;
}

bool SessionBench::run(BenchTable &table)
{
    QHash<QString, double> v;
    const bool ok = runChild(v);
    const auto has = [&v](const char *key) { return v.contains(QString::fromLatin1(key)); };
    const auto at = [&v](const char *key) { return v.value(QString::fromLatin1(key), std::nan("")); };

    if (has("login_to_tracks_ms")) {
        const double budget = at("kdf_ms") + at("round_trip_ms") + 50;
        Figure login = measured(QStringLiteral("login_to_tracks_ms"), QStringLiteral("log in to first tracks"),
                                QStringLiteral("ms"), at("login_to_tracks_ms"));
        login.reference = budget;
        login.goal = QStringLiteral("≤ KDF + round trip + 50 ms");
        login.met = login.waveshelf <= budget;
        login.note = QStringLiteral("KDF %1 ms, round trip %2 ms, the rest %3 ms (click to password checked: %4 ms); "
                                    "reference = KDF + round trip + 50 ms")
                         .arg(at("kdf_ms"), 0, 'f', 1)
                         .arg(at("round_trip_ms"), 0, 'f', 1)
                         .arg(at("login_to_tracks_ms") - at("kdf_ms") - at("round_trip_ms"), 0, 'f', 1)
                         .arg(at("login_phase_ms"), 0, 'f', 1);
        table.add(login);
        table.add(measured(QStringLiteral("kdf_ms"), QStringLiteral("  of which KDF (Argon2id alone)"),
                           QStringLiteral("ms"), at("kdf_ms")));
        table.add(measured(QStringLiteral("round_trip_ms"), QStringLiteral("  of which network (one page, alone)"),
                           QStringLiteral("ms"), at("round_trip_ms")));
        table.add(measured(QStringLiteral("login_rest_ms"), QStringLiteral("  the rest"), QStringLiteral("ms"),
                           at("login_to_tracks_ms") - at("kdf_ms") - at("round_trip_ms")));
    }
    if (has("webengine_before"))
        table.addFlag(QStringLiteral("webengine_before_connect"), QStringLiteral("WebEngine mapped before connecting"),
                      at("webengine_before") != 0, false, QStringLiteral("no"));
    if (has("rss_10k_mib")) {
        Figure rss = measured(QStringLiteral("rss_10k_mib"),
                              QStringLiteral("RSS with 10,000 likes and visible artwork"), QStringLiteral("MiB"),
                              at("rss_10k_mib"));
        rss.goal = QStringLiteral("≤ 80 MiB");
        rss.met = rss.waveshelf <= 80;
        rss.note = QStringLiteral("%1 rows, paged in %2 ms; %3 thumbnails")
                       .arg(at("rows"))
                       .arg(at("paging_ms"), 0, 'f', 0)
                       .arg(at("artwork_images"));
        table.add(rss);
    }
    const auto stall = [&](const char *key, const QString &name) {
        if (!has(key))
            return;
        Figure figure = measured(QString::fromLatin1(key), name, QStringLiteral("ms"), at(key));
        figure.goal = QStringLiteral("≤ 16 ms");
        figure.met = figure.waveshelf <= 16;
        table.add(figure);
    };
    stall("paging_stall_ms", QStringLiteral("longest GUI stall, paging 10,000 likes"));
    stall("scroll_stall_ms", QStringLiteral("longest GUI stall, scrolling 10,000 rows"));
    if (has("idle_cpu_ms")) {
        Figure cpu = measured(QStringLiteral("idle_cpu_ms"), QStringLiteral("CPU while idle, library open"),
                              QStringLiteral("ms"), at("idle_cpu_ms"));
        cpu.goal = QStringLiteral("≤ 10 ms (one tick)");
        cpu.met = cpu.waveshelf <= 10;
        cpu.note = QStringLiteral("over %1 s, utime+stime from /proc/PID/stat").arg(at("idle_seconds"));
        table.add(cpu);
        Figure wakeups = measured(QStringLiteral("idle_wakeups_per_s"),
                                  QStringLiteral("wake-ups per second while idle"), QString(),
                                  at("idle_wakeups_per_s"));
        wakeups.goal = QStringLiteral("≤ 1");
        wakeups.met = wakeups.waveshelf <= 1;
        wakeups.note = QStringLiteral("context switches of all threads");
        table.add(wakeups);
    }
    if (has("rss_after_popup_mib")) {
        Figure popup = measured(QStringLiteral("rss_after_popup_mib"),
                                QStringLiteral("RSS after the connect popup (opened, closed)"), QStringLiteral("MiB"),
                                at("rss_after_popup_mib"));
        popup.reference = at("rss_10k_mib");
        popup.note = QStringLiteral("reference: the same process before the popup; WebEngine mapped after: %1")
                         .arg(at("webengine_after") != 0 ? QStringLiteral("yes") : QStringLiteral("no"));
        table.add(popup);
    }
    return ok;
}

}  // namespace waveshelf::bench
