#pragma once

// The base of the player tests: the in-process sandbox on loopback (started once,
// reset before each test), bob connected through the real connect flow, and the
// player core as the app builds it (StreamResolver on the user's TokenSession,
// PlayQueue, PlayerController). Its media backend is, by default, a
// FakeMediaBackend (m_media): no GStreamer, no sound, positions advance when the
// test plays on (waitUntilPlayingPast). A test class built with Media::Real gets
// the app's QtMediaBackend instead (m_media is null): a real QMediaPlayer whose
// audio goes to GStreamer's fakesink in real time (tests/player/CMakeLists.txt:
// the headless environment, label `player`).

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "soundcloud/Track.h"

#include <QObject>

#include <memory>

namespace waveshelf {
class MediaBackend;
class PlayQueue;
class PlayerController;
class StreamResolver;
}  // namespace waveshelf

namespace playertest {

class FakeMediaBackend;

class PlayerTestCase : public QObject {
    Q_OBJECT

public:
    enum class Media {
        Fake,
        Real
    };
    explicit PlayerTestCase(Media media = Media::Fake);

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // bob's own tracks 510001-510003 (playable), dave's 520005 (preview) and
    // 520004 (blocked), and a track SoundCloud does not have (404).
    static waveshelf::Track track(qint64 id, const QString &access = QStringLiteral("playable"));
    static QString streamsPath(qint64 id);
    // Waits until the player plays and its position has passed `ms` (with the fake
    // backend: until it plays, then plays on past `ms` at once).
    [[nodiscard]] bool waitUntilPlayingPast(qint64 ms, int timeoutMs = 20'000);
    // The same for another player on `media` (null: a real backend).
    [[nodiscard]] static bool waitUntilPlayingPast(waveshelf::PlayerController &player, FakeMediaBackend *media,
                                                   qint64 ms, int timeoutMs = 20'000);
    // A new backend of this test's kind; `fake` is set to it when it is a fake.
    [[nodiscard]] std::unique_ptr<waveshelf::MediaBackend> makeMedia(FakeMediaBackend **fake = nullptr) const;

    waveshelf::sandbox::SandboxHost m_sandbox;
    std::unique_ptr<waveshelf::test::ConnectedUserFixture> m_user;
    waveshelf::StreamResolver *m_resolver = nullptr;
    waveshelf::PlayQueue *m_queue = nullptr;
    waveshelf::PlayerController *m_player = nullptr;
    FakeMediaBackend *m_media = nullptr;  // m_player's, when fake (owned by m_player)

private:
    Media m_mediaKind;
};

}  // namespace playertest
