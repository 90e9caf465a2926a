#pragma once

// The base of the player tests: the in-process sandbox on loopback (started once,
// reset before each test), bob connected through the real connect flow, and the
// player core as the app builds it (StreamResolver on the user's TokenSession,
// PlayQueue, PlayerController with a real QMediaPlayer). Audio goes to GStreamer's
// fakesink in real time (tests/player/CMakeLists.txt: the headless environment).

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "soundcloud/Track.h"

#include <QObject>

#include <memory>

namespace waveshelf {
class PlayQueue;
class PlayerController;
class StreamResolver;
}  // namespace waveshelf

namespace playertest {

class PlayerTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // bob's own tracks 510001-510003 (playable), dave's 520005 (preview) and
    // 520004 (blocked), and a track SoundCloud does not have (404).
    static waveshelf::Track track(qint64 id, const QString &access = QStringLiteral("playable"));
    static QString streamsPath(qint64 id);
    // Waits until the player plays and its position has passed `ms`.
    [[nodiscard]] bool waitUntilPlayingPast(qint64 ms, int timeoutMs = 20'000);

    waveshelf::sandbox::SandboxHost m_sandbox;
    std::unique_ptr<waveshelf::test::ConnectedUserFixture> m_user;
    waveshelf::StreamResolver *m_resolver = nullptr;
    waveshelf::PlayQueue *m_queue = nullptr;
    waveshelf::PlayerController *m_player = nullptr;
};

}  // namespace playertest
