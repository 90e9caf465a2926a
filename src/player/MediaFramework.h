#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace waveshelf {

// Settings for the media framework behind Qt Multimedia, made before it starts.
//
// GStreamer 1.22 (Debian 12) plays SoundCloud's HLS with hlsdemux, which fetches
// each segment with the highest-ranked HTTP source. Its souphttpsrc (libsoup 3)
// can crash the process when a pipeline is stopped while a segment is being read,
// which is what Next, Previous, a seek or stopping does mid-download (seen as a
// segmentation fault in libsoup's session thread in about one run in five of a
// test that changes tracks twice). curlhttpsrc, from the same -bad package as
// hlsdemux, has no such fault, so it is ranked above souphttpsrc.
//
// The decoders: GStreamer ranks FFmpeg's (gst-libav: avdec_aac, avdec_mp3) first,
// and loading that plugin registers every FFmpeg codec: the first play added 50 MiB
// of resident memory instead of 22 (waveshelf-bench) and took up to twice as long.
// faad (libfaad2, in the -bad package hlsdemux needs) decodes AAC and mpg123 (in
// -good) MP3 for under 1 MiB each, so they are ranked first; gst-libav stays the
// fallback. Where a ranked plugin is not installed, GStreamer ignores its rank.
class MediaFramework final {
public:
    MediaFramework() = delete;

    // The ranks Waveshelf sets first: entries later in the variable win, so a
    // user's own GST_PLUGIN_FEATURE_RANK (e.g. "curlhttpsrc:NONE") still decides.
    static constexpr QByteArrayView kFeatureRanks = "curlhttpsrc:257,faad:257,mpg123audiodec:257";

    // GST_PLUGIN_FEATURE_RANK with Waveshelf's ranks before `existing` (unchanged
    // when it already starts with them).
    [[nodiscard]] static QByteArray featureRanks(QByteArrayView existing);

    // Sets GST_PLUGIN_FEATURE_RANK in this process's environment. GStreamer reads it
    // once, when Qt Multimedia first starts it, so this must run before the first
    // QMediaPlayer is made: main() calls it before any other thread starts, and
    // QtMediaBackend again before it makes its player (a no-op the second time).
    static void prepare();
};

}  // namespace waveshelf
