// waveshelf-sandbox: runs the SoundCloud simulator on 127.0.0.1 for a demo.

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

using waveshelf::sandbox::SandboxOptions;
using waveshelf::sandbox::SandboxServer;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printUsage(const QUrl &base, const SandboxOptions &options)
{
    const QString root = base.toString();
    out() << "SoundCloud sandbox listening on " << root << "\n\n"
          << "Point Waveshelf at it with:\n"
          << "  export WAVESHELF_CLIENT_ID=" << options.clientId << '\n'
          << "  export WAVESHELF_AUTHORIZE_URL=" << root << "/authorize\n"
          << "  export WAVESHELF_TOKEN_URL=" << root << "/oauth/token\n"
          << "  export WAVESHELF_API_URL=" << root << '\n';
    if (!options.clientSecret.isEmpty())
        out() << "  (the sandbox app has a client secret; set WAVESHELF_CLIENT_SECRET)\n";
    out() << "\nRegistered redirect URIs:\n";
    for (const QUrl &uri : options.redirectUris)
        out() << "  " << uri.toString() << '\n';
    out() << "\nSandbox sign-in accounts (username / password):\n"
          << "  alice / alice-password   1,234 tracks, 300 likes, 6 playlists, 63 followings, a feed\n"
          << "  bob   / bob-password     3 tracks, likes, 2 playlists\n"
          << "  carol / carol-password   an empty library\n"
          << "  erin  / erin-password    10,000 tracks of her own\n"
          << "  lena  / lena-password    a listener: 10,000 liked tracks, 150 followings, a feed\n"
          << "\nPress Ctrl+C to stop.\n";
    out().flush();
}

// For a program that starts the sandbox (Waveshelf's first-run guide): one JSON
// line with what it needs to point at the sandbox, and nothing else on stdout.
void printReadyLine(const QUrl &base, const SandboxOptions &options)
{
    QJsonArray redirects;
    for (const QUrl &uri : options.redirectUris)
        redirects.append(uri.toString());
    const QJsonObject ready{{QStringLiteral("base_url"), base.toString()},
                            {QStringLiteral("client_id"), options.clientId},
                            {QStringLiteral("redirect_uris"), redirects}};
    out() << QJsonDocument(ready).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
}

// Quits when standard input reaches its end: the program that started the
// sandbox closed it or is gone, so the sandbox never outlives it.
void quitWhenStdinCloses(QCoreApplication &app)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            notifier->setEnabled(false);
            QCoreApplication::quit();
        }
    });
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waveshelf-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAVESHELF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local SoundCloud simulator (sign-in page, OAuth token endpoint, /me "
                       "API) for trying Waveshelf without a SoundCloud app."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (default 8766; 0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8766"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            QStringLiteral("Access token lifetime in seconds (default 3600)."),
                                            QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"), QStringLiteral("The client_id of the sandbox app (default waveshelf-sandbox)."),
        QStringLiteral("id"), QStringLiteral("waveshelf-sandbox"));
    const QCommandLineOption redirectOption(QStringLiteral("redirect-uri"),
                                            QStringLiteral("A registered redirect URI; repeat for more "
                                                           "(default http://127.0.0.1:8765/callback)."),
                                            QStringLiteral("uri"));
    const QCommandLineOption readyJsonOption(
        QStringLiteral("ready-json"),
        QStringLiteral("Once listening, print one JSON line {base_url, client_id, redirect_uris} instead of the "
                       "instructions."));
    const QCommandLineOption stdinOption(QStringLiteral("exit-with-stdin"),
                                         QStringLiteral("Quit when standard input is closed (for a parent program)."));
    parser.addOptions({portOption, lifetimeOption, clientIdOption, redirectOption, readyJsonOption, stdinOption});
    parser.process(app);

    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err() << "Invalid --port: " << parser.value(portOption) << '\n';
        return 2;
    }
    options.port = static_cast<quint16>(port);
    options.accessTokenLifetimeSeconds = parser.value(lifetimeOption).toInt(&ok);
    if (!ok || options.accessTokenLifetimeSeconds < 1) {
        err() << "Invalid --token-lifetime: " << parser.value(lifetimeOption) << '\n';
        return 2;
    }
    options.clientId = parser.value(clientIdOption);
    const QStringList redirects = parser.values(redirectOption);
    if (!redirects.isEmpty()) {
        options.redirectUris.clear();
        for (const QString &text : redirects) {
            const QUrl uri(text, QUrl::StrictMode);
            if (!uri.isValid() || uri.scheme().isEmpty()) {
                err() << "Invalid --redirect-uri: " << text << '\n';
                return 2;
            }
            options.redirectUris.append(uri);
        }
    }

    SandboxServer server(options);
    if (!server.listen()) {
        err() << "Cannot listen on 127.0.0.1:" << options.port << '\n';
        return 1;
    }
    if (parser.isSet(readyJsonOption))
        printReadyLine(server.baseUrl(), options);
    else
        printUsage(server.baseUrl(), options);
    if (parser.isSet(stdinOption))
        quitWhenStdinCloses(app);
    return QCoreApplication::exec();
}
