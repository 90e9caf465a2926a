#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace waveshelf::sandbox {

// The sandbox's audio, made once by scripts/make-sandbox-audio.sh and embedded:
// a 12-second tone as AAC-LC in MPEG-TS segments of about 1 s, and a short MP3
// preview. A stream is the tone played `cycles` times (an HLS discontinuity
// between two rounds), so a track lasts long enough for a player to fetch its
// segments while it plays, at a few kilobytes per segment.
class SandboxAudio final {
public:
    SandboxAudio();

    // Segments in one round of the tone.
    [[nodiscard]] int segmentsPerCycle() const { return static_cast<int>(m_durations.size()); }
    // The HLS media playlist of `cycles` rounds; every segment URI is
    // "seg<N>.ts" followed by `query` (a signed CDN token), N counting from 0.
    [[nodiscard]] QByteArray playlist(int cycles, const QByteArray &query) const;
    // Segment N of a stream (the tone's segment N modulo one round); empty if unknown.
    [[nodiscard]] QByteArray segment(int sequence, int cycles) const;
    [[nodiscard]] const QByteArray &previewMp3() const { return m_preview; }

private:
    QList<QString> m_durations;  // EXTINF values, as written by the script
    QList<QByteArray> m_segments;
    QByteArray m_preview;
};

}  // namespace waveshelf::sandbox
