#pragma once

#include <QJsonObject>
#include <QUrl>

namespace waveshelf::sandbox {

class SandboxData;
struct SandboxPlaylist;
struct SandboxTrack;
struct SandboxUser;

// Renders the seed data in the shapes of SoundCloud's OpenAPI schemas (User, Me,
// Track, Playlist). Picture and page URLs point back at the sandbox itself.
class SandboxJson final {
public:
    SandboxJson(const SandboxData &data, const QUrl &baseUrl);

    [[nodiscard]] QJsonObject user(const SandboxUser &user) const;
    [[nodiscard]] QJsonObject me(const SandboxUser &user) const;
    [[nodiscard]] QJsonObject track(const SandboxTrack &track) const;
    [[nodiscard]] QJsonObject playlist(const SandboxPlaylist &playlist, bool withTracks) const;

    [[nodiscard]] static QString timestamp(const QDateTime &time);

private:
    [[nodiscard]] QString url(const QString &path) const;

    const SandboxData &m_data;
    QString m_base;
};

}  // namespace waveshelf::sandbox
