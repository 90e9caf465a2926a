#pragma once

// A MediaBackend for the player's logic tests: no media framework, no sound, no
// clock. It reports what QMediaPlayer would, in the same order, at once: open()
// says Loading, and on the next turn of the event loop the source is Loaded
// (duration, seekable) and, when playing, Buffered. Positions advance only when a
// test plays on (playTo), in steps too small for a seek; a test makes the source
// fail (fail, failSourcesContaining) or end (finish) when it wants.

#include "MediaBackend.h"

#include <QList>
#include <QUrl>

namespace playertest {

class FakeMediaBackend final : public waveshelf::MediaBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeMediaBackend)

public:
    // The length of every source unless setDuration says otherwise (not a track's
    // own 154 s, so a test can tell which one the player shows).
    static constexpr qint64 kDefaultDurationMs = 180'000;
    // playTo() reports positions this far apart: less than MPRIS's jump (500 ms).
    static constexpr qint64 kStepMs = 250;

    explicit FakeMediaBackend(QObject *parent = nullptr);
    ~FakeMediaBackend() override;

    [[nodiscard]] bool isStarted() const override { return m_started; }
    [[nodiscard]] Status status() const override { return m_status; }
    [[nodiscard]] Playback playback() const override { return m_playback; }
    [[nodiscard]] bool hasSource() const override { return !m_source.isEmpty(); }
    [[nodiscard]] bool isSeekable() const override { return m_seekable; }
    [[nodiscard]] qint64 duration() const override { return m_duration; }

    void open(const QUrl &source) override;
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 positionMs) override;
    void unload() override;

    // What the tests read.
    [[nodiscard]] QUrl source() const { return m_source; }
    [[nodiscard]] const QList<QUrl> &opened() const { return m_opened; }  // every open(), in order
    [[nodiscard]] qint64 position() const { return m_position; }
    // What reached the output, which exists once started (as QtMediaBackend's QAudioOutput).
    [[nodiscard]] float outputVolume() const { return m_outputVolume; }
    [[nodiscard]] bool outputMuted() const { return m_outputMuted; }

    // What the tests make happen.
    void setDuration(qint64 durationMs) { m_nextDuration = durationMs; }
    // Sources whose URL contains `part` fail as they load, before any audio.
    void failSourcesContaining(const QString &part, Failure failure, const QString &text);
    // The source fails now (a segment refused mid-track): errorOccurred, then
    // stopped and Invalid (unless the error's receiver opened another source).
    void fail(Failure failure, const QString &text);
    // Plays on to `positionMs` (at most the duration) if playing; whether it plays.
    bool playTo(qint64 positionMs);
    // The source plays to its end now: the last position, stopped, EndOfMedia.
    void finish();

protected:
    void applyVolume(float volume) override;
    void applyMuted(bool muted) override;

private:
    struct SourceFault {
        QString part;
        Failure failure;
        QString text;
    };

    void load(int generation);
    void setStatus(Status status);
    void setPlayback(Playback playback);
    void setSeekable(bool seekable);
    void setDurationNow(qint64 durationMs);
    void moveTo(qint64 positionMs);

    QUrl m_source;
    QList<QUrl> m_opened;
    QList<SourceFault> m_faults;
    Status m_status = Status::NoMedia;
    Playback m_playback = Playback::Stopped;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    qint64 m_nextDuration = kDefaultDurationMs;
    int m_generation = 0;  // one per source: steps queued for an earlier one are dropped
    bool m_started = false;
    bool m_seekable = false;
    float m_outputVolume = 1.0F;
    bool m_outputMuted = false;
};

}  // namespace playertest
