#pragma once

#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace waveshelf::sandbox {

class SandboxData;
struct SandboxActivity;
struct SandboxPlaylist;
struct SandboxTrack;
struct SandboxUser;

// Renders the seed data in the shapes of SoundCloud's OpenAPI schemas (User, Me,
// Track, Playlist, Activity). Picture and page URLs point back at the sandbox
// itself. `viewerLikes`: the tracks the asking user likes (user_favorite), if any.
class SandboxJson final {
public:
    SandboxJson(const SandboxData &data, const QUrl &baseUrl, const QSet<qint64> *viewerLikes = nullptr);

    [[nodiscard]] QJsonObject user(const SandboxUser &user) const;
    [[nodiscard]] QJsonObject me(const SandboxUser &user) const;
    [[nodiscard]] QJsonObject track(const SandboxTrack &track) const;
    [[nodiscard]] QJsonObject playlist(const SandboxPlaylist &playlist, bool withTracks) const;
    // A feed entry: {"type", "created_at", "origin": {track}}.
    [[nodiscard]] QJsonObject activity(const SandboxActivity &activity) const;

    [[nodiscard]] static QString timestamp(const QDateTime &time);
    // The id in "soundcloud:<kind>:123" (or a bare "123"); 0 when it is neither.
    [[nodiscard]] static qint64 idFromUrn(const QString &urn, const QString &kind);

private:
    [[nodiscard]] QString url(const QString &path) const;

    const SandboxData &m_data;
    QString m_base;
    const QSet<qint64> *m_viewerLikes;
};

}  // namespace waveshelf::sandbox
