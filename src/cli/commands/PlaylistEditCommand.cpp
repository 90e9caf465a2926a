#include "commands/PlaylistEditCommand.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "library/PlaylistEditor.h"
#include "network/PlaylistClient.h"
#include "session/UserContext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace waveshelf::cli {

namespace {

Error notA(const QString &word, const QString &what)
{
    return Error{ErrorKind::InvalidInput, what.arg(word), QStringLiteral("bad urn argument")};
}

}  // namespace

PlaylistEditCommand::PlaylistEditCommand(Action action)
    : m_action(action)
{
}

QString PlaylistEditCommand::name() const
{
    switch (m_action) {
    case Action::Create:
        return QStringLiteral("playlist create");
    case Action::Add:
        return QStringLiteral("playlist add");
    case Action::Remove:
        return QStringLiteral("playlist remove");
    case Action::Rename:
        return QStringLiteral("playlist rename");
    case Action::Delete:
        return QStringLiteral("playlist delete");
    }
    return {};
}

QString PlaylistEditCommand::summary() const
{
    switch (m_action) {
    case Action::Create:
        return tr("Make a private playlist, with these tracks if given.");
    case Action::Add:
        return tr("Add tracks at the end of one of the user's playlists.");
    case Action::Remove:
        return tr("Take tracks out of one of the user's playlists.");
    case Action::Rename:
        return tr("Give one of the user's playlists a new title.");
    case Action::Delete:
        return tr("Delete one of the user's playlists.");
    }
    return {};
}

QString PlaylistEditCommand::details() const
{
    return tr("Each change reads the playlist from SoundCloud first and changes only what was asked; a playlist "
              "with tracks SoundCloud does not list, or one that is not the user's, is left as it is. Tracks are "
              "named by urn (soundcloud:tracks:123), playlists too (soundcloud:playlists:123). With --json, the "
              "playlist afterwards is printed as JSON.");
}

QStringList PlaylistEditCommand::arguments() const
{
    switch (m_action) {
    case Action::Create:
        return {QStringLiteral("TITLE")};
    case Action::Add:
    case Action::Remove:
        return {QStringLiteral("PLAYLIST_URN"), QStringLiteral("TRACK_URN")};
    case Action::Rename:
        return {QStringLiteral("PLAYLIST_URN"), QStringLiteral("TITLE")};
    case Action::Delete:
        return {QStringLiteral("PLAYLIST_URN")};
    }
    return {};
}

QString PlaylistEditCommand::moreArguments() const
{
    switch (m_action) {
    case Action::Create:
    case Action::Add:
    case Action::Remove:
        return QStringLiteral("[TRACK_URN…]");
    case Action::Rename:
    case Action::Delete:
        break;
    }
    return {};
}

void PlaylistEditCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(CommonOptions::json());
}

ExitCode PlaylistEditCommand::run(CommandContext &context)
{
    const QStringList words = context.parser.positionalArguments();
    const bool namesPlaylist = m_action != Action::Create;
    if (namesPlaylist && !PlaylistClient::isPlaylistUrn(words.constFirst()))
        return context.console.error(
            notA(words.constFirst(), tr("\"%1\" is not a playlist urn (soundcloud:playlists:123).")));
    const bool namesTracks = m_action == Action::Create || m_action == Action::Add || m_action == Action::Remove;
    for (const QString &word : words.mid(namesTracks ? 1 : words.size())) {
        if (!PlaylistClient::isTrackUrn(word))
            return context.console.error(notA(word, tr("\"%1\" is not a track urn (soundcloud:tracks:123).")));
    }
    const Result<UserSession> session = SessionOpener::logInFromCommandLine(context);
    if (!session.ok())
        return context.console.error(session.error());
    const auto user = SessionOpener::contextFor(session.value(), context.services);
    const Result<SoundCloudAccount> account = SessionOpener::requireConnection(*user);
    if (!account.ok())
        return context.console.error(account.error());
    PlaylistClient client(user->api());
    PlaylistEditor editor(client, account.value().urn);
    switch (m_action) {
    case Action::Create:
        return create(context, editor, words);
    case Action::Add:
        return change(context, editor, words);
    case Action::Remove:
        return remove(context, editor, words);
    case Action::Rename:
        return rename(context, editor, words);
    case Action::Delete:
        break;
    }
    const Result<PlaylistContents> removed = await<PlaylistContents>(
        [&](QObject *waiter, auto done) { editor.remove(words.constFirst(), waiter, std::move(done)); });
    if (!removed.ok())
        return context.console.error(removed.error());
    print(context, removed.value().playlist,
          tr("Deleted “%1” (%n track(s)).", nullptr, int(removed.value().trackUrns.size()))
              .arg(removed.value().playlist.title),
          QJsonObject{{QStringLiteral("deleted"), true}});
    return ExitCode::Ok;
}

ExitCode PlaylistEditCommand::create(CommandContext &context, PlaylistEditor &editor, const QStringList &words)
{
    const Result<Playlist> created = await<Playlist>(
        [&](QObject *waiter, auto done) { editor.create(words.constFirst(), words.mid(1), waiter, std::move(done)); });
    if (!created.ok())
        return context.console.error(created.error());
    print(context, created.value(),
          tr("Created “%1” (%2) with %n track(s).", nullptr, created.value().trackCount)
              .arg(created.value().title, created.value().urn),
          {});
    return ExitCode::Ok;
}

ExitCode PlaylistEditCommand::change(CommandContext &context, PlaylistEditor &editor, const QStringList &words)
{
    const Result<PlaylistChange> added = await<PlaylistChange>(
        [&](QObject *waiter, auto done) { editor.add(words.constFirst(), words.mid(1), waiter, std::move(done)); });
    if (!added.ok())
        return context.console.error(added.error());
    print(context, added.value().playlist, PlaylistEditor::addedText(added.value()),
          QJsonObject{{QStringLiteral("added"), added.value().added},
                      {QStringLiteral("already_in"), added.value().alreadyIn}});
    return ExitCode::Ok;
}

ExitCode PlaylistEditCommand::remove(CommandContext &context, PlaylistEditor &editor, const QStringList &words)
{
    // What the command "shows" is what it reads now; the write checks it is still so.
    PlaylistClient &client = editor.client();
    const Result<PlaylistContents> shown = await<PlaylistContents>(
        [&](QObject *waiter, auto done) { client.read(words.constFirst(), waiter, std::move(done)); });
    if (!shown.ok())
        return context.console.error(shown.error());
    QStringList intended = shown.value().trackUrns;
    for (const QString &urn : words.mid(1))
        intended.removeAll(urn);
    const int removed = int(shown.value().trackUrns.size() - intended.size());
    if (removed == 0) {
        return context.console.error(Error{ErrorKind::NotFound,
                                           tr("“%1” holds none of these tracks.").arg(shown.value().playlist.title),
                                           QStringLiteral("nothing to remove")});
    }
    const Result<PlaylistChange> written = await<PlaylistChange>([&](QObject *waiter, auto done) {
        editor.replace(words.constFirst(), shown.value().trackUrns, intended, waiter, std::move(done));
    });
    if (!written.ok())
        return context.console.error(written.error());
    print(context, written.value().playlist,
          tr("Took %n track(s) out of “%1”.", nullptr, removed).arg(written.value().playlist.title),
          QJsonObject{{QStringLiteral("removed"), removed}});
    return ExitCode::Ok;
}

ExitCode PlaylistEditCommand::rename(CommandContext &context, PlaylistEditor &editor, const QStringList &words)
{
    const Result<Playlist> renamed = await<Playlist>(
        [&](QObject *waiter, auto done) { editor.rename(words.constFirst(), words.at(1), waiter, std::move(done)); });
    if (!renamed.ok())
        return context.console.error(renamed.error());
    print(context, renamed.value(), tr("Renamed the playlist to “%1”.").arg(renamed.value().title), {});
    return ExitCode::Ok;
}

void PlaylistEditCommand::print(CommandContext &context, const Playlist &playlist, const QString &text,
                                const QJsonObject &extra)
{
    if (!context.parser.isSet(QStringLiteral("json"))) {
        context.console.out(text);
        return;
    }
    QJsonObject json = extra;
    json.insert(QStringLiteral("urn"), playlist.urn);
    json.insert(QStringLiteral("title"), playlist.title);
    json.insert(QStringLiteral("track_count"), playlist.trackCount);
    context.console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

}  // namespace waveshelf::cli
