#include "UserPlayback.h"

#include "MediaBackend.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerStateStore.h"
#include "StreamResolver.h"
#include "common/LogCategories.h"

namespace waveshelf {

UserPlayback::UserPlayback(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &apiBase, Database &db,
                           std::shared_ptr<const Vault> vault, std::unique_ptr<MediaBackend> media, QObject *parent)
    : QObject(parent)
    , m_resolver(new StreamResolver(network, tokens, apiBase, this))
    , m_queue(new PlayQueue(this))
    , m_player(new PlayerController(*m_resolver, *m_queue, std::move(media), this))
    , m_store(new PlayerStateStore(db, std::move(vault), this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &UserPlayback::saveLater);
    // What the user changed: saved a moment later (positions alone are saved with those and at the end).
    connect(m_queue, &PlayQueue::rowsInserted, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::rowsRemoved, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::rowsMoved, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::modelReset, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::layoutChanged, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::currentChanged, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::shuffleChanged, this, &UserPlayback::scheduleSave);
    connect(m_queue, &PlayQueue::repeatChanged, this, &UserPlayback::scheduleSave);
    connect(m_player, &PlayerController::stateChanged, this, &UserPlayback::scheduleSave);
    connect(m_player, &PlayerController::volumeChanged, this, &UserPlayback::scheduleSave);
    connect(m_player, &PlayerController::mutedChanged, this, &UserPlayback::scheduleSave);
}

UserPlayback::~UserPlayback()
{
    m_closing = true;
    m_saveTimer.stop();
    const Result<void> stored = saveNow();  // first: stopping forgets the position
    if (!stored.ok())
        qCWarning(lcPlayer) << "player state not saved at the end:" << stored.error().detail;
    m_player->stop();
    // The controller (and its media player) before the queue and resolver it uses.
    delete m_player;
}

void UserPlayback::restore()
{
    m_store->load(this, [this](Result<std::optional<PlayerState>> loaded) {
        if (!loaded.ok()) {
            qCWarning(lcPlayer) << "saved player state not restored:" << loaded.error().detail;
        } else if (loaded.value() && m_queue->count() == 0) {
            apply(*loaded.value());  // (the user may have started something meanwhile: that wins)
        }
        emit restored();
    });
}

void UserPlayback::apply(const PlayerState &state)
{
    m_player->setVolume(state.volume);
    m_player->setMuted(state.muted);
    m_queue->setRepeat(static_cast<PlayQueue::Repeat>(state.repeat));
    if (state.tracks.isEmpty())
        return;
    m_queue->playFrom(state.tracks, state.currentIndex);
    m_queue->setShuffle(state.shuffle);
    m_player->cue(state.positionMs);
}

void UserPlayback::adopt(const PlayerState &state)
{
    apply(state);
    scheduleSave();
}

PlayerState UserPlayback::currentState() const
{
    PlayerState state;
    state.tracks = m_queue->tracks();
    state.currentIndex = m_queue->currentIndex();
    state.positionMs = m_queue->currentIndex() >= 0 ? m_player->position() : 0;
    state.volume = m_player->volume();
    state.muted = m_player->isMuted();
    state.shuffle = m_queue->shuffle();
    state.repeat = static_cast<int>(m_queue->repeat());
    return state;
}

void UserPlayback::scheduleSave()
{
    if (!m_closing && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void UserPlayback::saveLater()
{
    m_store->save(currentState(), this, [this](Result<void> stored) {
        if (!stored.ok())
            qCWarning(lcPlayer) << "player state not saved:" << stored.error().detail;
        emit saved(stored.ok());
    });
}

Result<void> UserPlayback::forget()
{
    m_player->stop();
    m_queue->clear();
    m_queue->setShuffle(false);
    m_queue->setRepeat(PlayQueue::Repeat::Off);
    return saveNow();  // after any save in flight, so nothing older lands after it
}

Result<void> UserPlayback::saveNow()
{
    m_saveTimer.stop();
    return m_store->saveNow(currentState());
}

}  // namespace waveshelf
