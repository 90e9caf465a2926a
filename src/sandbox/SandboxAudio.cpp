#include "SandboxAudio.h"

#include "SandboxLog.h"

#include <QFile>

namespace waveshelf::sandbox {

namespace {

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/sandbox/audio/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandbox) << "sandbox audio missing:" << name;
        return {};
    }
    return file.readAll();
}

}  // namespace

SandboxAudio::SandboxAudio()
    : m_preview(readResource(QStringLiteral("preview.mp3")))
{
    // The script's playlist: "#EXTINF:<seconds>," lines, each followed by a file name.
    const QList<QByteArray> lines = readResource(QStringLiteral("playlist.m3u8")).split('\n');
    QString duration;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("#EXTINF:")) {
            duration = QString::fromLatin1(line.mid(8)).section(u',', 0, 0);
        } else if (!line.isEmpty() && !line.startsWith('#') && !duration.isEmpty()) {
            m_durations.append(duration);
            m_segments.append(readResource(QString::fromLatin1(line)));
            duration.clear();
        }
    }
}

QByteArray SandboxAudio::playlist(int cycles, const QByteArray &query) const
{
    QByteArray text = QByteArrayLiteral("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n"
                                        "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n");
    int sequence = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        if (cycle > 0)
            text += QByteArrayLiteral("#EXT-X-DISCONTINUITY\n");
        for (const QString &duration : m_durations) {
            text += "#EXTINF:" + duration.toLatin1() + ",\n";
            text += "seg" + QByteArray::number(sequence++) + ".ts";
            if (!query.isEmpty())
                text += '?' + query;
            text += '\n';
        }
    }
    text += QByteArrayLiteral("#EXT-X-ENDLIST\n");
    return text;
}

QByteArray SandboxAudio::segment(int sequence, int cycles) const
{
    if (m_segments.isEmpty() || sequence < 0 || sequence >= cycles * segmentsPerCycle())
        return {};
    return m_segments.at(sequence % segmentsPerCycle());
}

}  // namespace waveshelf::sandbox
