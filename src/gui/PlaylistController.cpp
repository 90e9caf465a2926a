#include "PlaylistController.h"

#include "UndoBar.h"
#include "common/LogCategories.h"
#include "network/ApiClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace waveshelf {

namespace {

QStringList urnsOf(const QList<Track> &tracks)
{
    QStringList urns;
    for (const Track &track : tracks) {
        if (!track.urn.isEmpty() && !urns.contains(track.urn))
            urns.append(track.urn);
    }
    return urns;
}

}  // namespace

PlaylistController::PlaylistController(ApiClient &api, UndoBar &undoBar, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_client(api)
    , m_undoBar(undoBar)
    , m_dialogParent(dialogParent)
{
}

PlaylistController::~PlaylistController() = default;

void PlaylistController::setAccount(const QString &accountUrn)
{
    m_accountUrn = accountUrn;
    m_editor = std::make_unique<PlaylistEditor>(m_client, accountUrn);
    m_own.clear();
    m_loaded = false;
    loadOwn();
}

void PlaylistController::loadOwn()
{
    m_loadContext = std::make_unique<QObject>();
    m_loading = true;
    m_loadFailed = false;
    auto cursor = std::make_shared<PageCursor<Playlist>>(m_api, &ApiJson::parsePlaylistPage, &PlaylistPage::playlists);
    cursor->restart(m_api.listUrl(QStringLiteral("/me/playlists")));
    cursor->collect(0, m_loadContext.get(), [this, cursor](Result<QList<Playlist>> all) {
        m_loading = false;
        if (!all.ok()) {
            qCInfo(lcGui) << "own playlists not read:" << all.error().detail;
            m_loadFailed = true;
            return;
        }
        m_own.clear();
        m_loaded = true;
        for (const Playlist &playlist : std::as_const(all.value())) {
            if (playlist.ownerUrn == m_accountUrn)
                m_own.append(playlist);
        }
    });
}

void PlaylistController::changed()
{
    loadOwn();  // titles and counts as they are now
    emit playlistsChanged();
}

void PlaylistController::fillMenu(QMenu *menu, const QList<Track> &tracks)
{
    if (!m_editor || urnsOf(tracks).isEmpty())
        return;
    QAction *create = menu->addAction(tr("New playlist…"));
    create->setObjectName(QStringLiteral("newPlaylistAction"));
    connect(create, &QAction::triggered, this, [this, tracks] { createWith(tracks); });
    menu->addSeparator();
    // While a reload runs, the list read before stays on offer.
    if (!m_loaded) {
        QAction *note = menu->addAction(m_loading ? tr("Reading your playlists…")
                                                  : tr("Your playlists could not be read; try again later."));
        note->setEnabled(false);
        if (m_loadFailed)
            loadOwn();  // for the next time the menu opens
        return;
    }
    for (const Playlist &playlist : std::as_const(m_own)) {
        // A title may hold "&": shown as it is, not as a mnemonic.
        QAction *add = menu->addAction(QString(playlist.title).replace(u'&', QLatin1String("&&")));
        add->setData(playlist.urn);
        add->setToolTip(tr("%n track(s)", nullptr, playlist.trackCount));
        connect(add, &QAction::triggered, this, [this, playlist, tracks] { addTo(playlist, tracks); });
    }
}

void PlaylistController::addTo(const Playlist &playlist, const QList<Track> &tracks)
{
    if (!m_editor)
        return;
    const QStringList urns = urnsOf(tracks);
    emit statusMessage(tr("Adding to “%1”…").arg(playlist.title));
    m_editor->add(playlist.urn, urns, this, [this, title = playlist.title](Result<PlaylistChange> change) {
        if (!change.ok()) {
            emit failed(change.error());
            return;
        }
        const PlaylistChange &done = change.value();
        if (done.added == 0) {
            emit statusMessage(done.alreadyIn == 1 ? tr("“%1” has this track already.").arg(title)
                                                   : tr("“%1” has these tracks already.").arg(title));
            return;
        }
        changed();
        offerUndoOfAdd(done);
    });
}

void PlaylistController::offerUndoOfAdd(const PlaylistChange &change)
{
    m_undoBar.offer(PlaylistEditor::addedText(change), [this, change] {
        if (!m_editor)
            return;
        // Only if nobody changed it since: else the write is refused and says so.
        m_editor->replace(change.playlist.urn, change.after, change.before, this,
                          [this, title = change.playlist.title](Result<PlaylistChange> undone) {
                              if (!undone.ok()) {
                                  emit failed(undone.error());
                                  return;
                              }
                              changed();
                              emit statusMessage(tr("“%1” is as it was.").arg(title));
                          });
    });
}

void PlaylistController::replaceTracks(const QString &playlistUrn, const QStringList &shown,
                                       const QStringList &intended)
{
    if (!m_editor)
        return;
    m_editor->replace(playlistUrn, shown, intended, this, [this](Result<PlaylistChange> change) {
        if (!change.ok()) {
            emit failed(change.error());
            return;
        }
        changed();
        offerUndoOfReplace(change.value());
    });
}

void PlaylistController::offerUndoOfReplace(const PlaylistChange &change)
{
    const int removed = int(change.before.size() - change.after.size());
    const QString text = removed > 0 ? tr("Removed %n track(s) from “%1”.", nullptr, removed).arg(change.playlist.title)
                                     : tr("Moved tracks in “%1”.").arg(change.playlist.title);
    m_undoBar.offer(text, [this, change] {
        if (!m_editor)
            return;
        m_editor->replace(change.playlist.urn, change.after, change.before, this,
                          [this, title = change.playlist.title](Result<PlaylistChange> undone) {
                              if (!undone.ok()) {
                                  emit failed(undone.error());
                                  return;
                              }
                              changed();
                              emit statusMessage(tr("“%1” is as it was.").arg(title));
                          });
    });
}

void PlaylistController::rename(const Playlist &playlist)
{
    if (!m_editor)
        return;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("renamePlaylistDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Playlist"));
    dialog->setLabelText(tr("New title of “%1”:").arg(playlist.title));
    dialog->setOkButtonText(tr("Rename"));
    dialog->setTextValue(playlist.title);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, playlist](const QString &title) { renameTo(playlist, title, true); });
    dialog->open();
}

void PlaylistController::renameTo(const Playlist &playlist, const QString &title, bool undoable)
{
    if (!m_editor || title.trimmed() == playlist.title)
        return;
    m_editor->rename(playlist.urn, title, this, [this, playlist, undoable](Result<Playlist> renamed) {
        if (!renamed.ok()) {
            emit failed(renamed.error());
            return;
        }
        changed();
        const QString text = tr("Renamed “%1” to “%2”.").arg(playlist.title, renamed.value().title);
        if (!undoable) {
            emit statusMessage(text);
            return;
        }
        const Playlist now = renamed.value();
        m_undoBar.offer(text, [this, now, old = playlist.title] { renameTo(now, old, false); });
    });
}

void PlaylistController::remove(const Playlist &playlist)
{
    if (!m_editor)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Playlist"),
                                tr("Delete “%1”? Its tracks stay on SoundCloud; the playlist, its link and its "
                                   "likes go.")
                                    .arg(playlist.title),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("deletePlaylistBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, playlist] { deleteNow(playlist); });
    box->open();
}

void PlaylistController::deleteNow(const Playlist &playlist)
{
    m_editor->remove(playlist.urn, this, [this](Result<PlaylistContents> removed) {
        if (!removed.ok()) {
            emit failed(removed.error());
            return;
        }
        changed();
        const PlaylistContents gone = removed.value();
        m_undoBar.offer(tr("Deleted “%1”.").arg(gone.playlist.title), [this, gone] {
            if (!m_editor)
                return;
            // Back under a new link, with the same title and tracks.
            m_editor->create(gone.playlist.title, gone.trackUrns, this, [this](Result<Playlist> again) {
                if (!again.ok()) {
                    emit failed(again.error());
                    return;
                }
                changed();
                emit statusMessage(tr("“%1” is back, with a new link.").arg(again.value().title));
            });
        });
    });
}

void PlaylistController::createWith(const QList<Track> &tracks)
{
    if (!m_editor)
        return;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("newPlaylistDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Playlist"));
    dialog->setLabelText(tr("Title of the new playlist (private; you can share it on SoundCloud):"));
    dialog->setOkButtonText(tr("Create"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, tracks](const QString &title) { create(title, tracks); });
    dialog->open();
}

void PlaylistController::create(const QString &title, const QList<Track> &tracks)
{
    if (!m_editor)
        return;
    emit statusMessage(tr("Creating “%1”…").arg(title.trimmed()));
    m_editor->create(title, urnsOf(tracks), this, [this](Result<Playlist> created) {
        if (!created.ok()) {
            emit failed(created.error());
            return;
        }
        const Playlist playlist = created.value();
        changed();
        m_undoBar.offer(tr("Created “%1” with %n track(s).", nullptr, playlist.trackCount).arg(playlist.title),
                        [this, playlist] {
                            if (!m_editor)
                                return;
                            m_editor->remove(playlist.urn, this, [this, playlist](Result<PlaylistContents> removed) {
                                if (!removed.ok()) {
                                    emit failed(removed.error());
                                    return;
                                }
                                changed();
                                emit statusMessage(tr("Deleted “%1”.").arg(playlist.title));
                            });
                        });
    });
}

}  // namespace waveshelf
