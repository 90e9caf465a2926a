#pragma once

#include "PlayerState.h"
#include "common/Result.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace waveshelf {

class Database;
class MediaBackend;
class PlayQueue;
class PlayerController;
class PlayerStateStore;
class StreamResolver;
class TokenSession;
class Vault;

// One logged-in local user's playback: a StreamResolver on the user's token
// session, their PlayQueue and PlayerController on the MediaBackend passed in (the
// app's QtMediaBackend makes its QMediaPlayer on the first play, not at login) and
// their saved state (PlayerStateStore).
//
// restore() loads what the user had and shows it paused at the saved position
// (nothing is resolved until they press play). Changes to the queue, the current
// track, play/pause, volume, mute, shuffle and repeat are saved a moment later
// (at most one save per kSaveDelayMs); destroying this (log out, quit) stops
// playback and saves at once. Another user's bundle never shares any of it.
class UserPlayback final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPlayback)

public:
    static constexpr int kSaveDelayMs = 2'000;

    UserPlayback(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &apiBase, Database &db,
                 std::shared_ptr<const Vault> vault, std::unique_ptr<MediaBackend> media, QObject *parent = nullptr);
    ~UserPlayback() override;  // stops and saves

    [[nodiscard]] PlayerController &player() { return *m_player; }
    [[nodiscard]] PlayQueue &queue() { return *m_queue; }
    [[nodiscard]] StreamResolver &resolver() { return *m_resolver; }
    [[nodiscard]] PlayerStateStore &store() { return *m_store; }

    // Loads the saved state (unless something plays already); restored() follows.
    void restore();
    // Shows `state` as restore() would, and saves it (sealed with this bundle's vault):
    // the same user's queue carried over a password change, which makes a new vault.
    void adopt(const PlayerState &state);
    // The user disconnected from SoundCloud: playback stops, the queue empties
    // and the empty queue is saved at once (a later account must not get this
    // one's queue back); volume and mute stay, they are the computer's.
    [[nodiscard]] Result<void> forget();
    // What would be saved now.
    [[nodiscard]] PlayerState currentState() const;
    // Saves now, on this thread (after any save in flight).
    [[nodiscard]] Result<void> saveNow();

signals:
    // The saved state is shown (or there was none: an empty queue).
    void restored();
    // A save finished (for tests and the bench); `ok` false: it was logged.
    void saved(bool ok);

private:
    void apply(const PlayerState &state);
    void scheduleSave();
    void saveLater();

    StreamResolver *m_resolver;
    PlayQueue *m_queue;
    PlayerController *m_player;
    PlayerStateStore *m_store;
    QTimer m_saveTimer;
    bool m_closing = false;
};

}  // namespace waveshelf
