#pragma once

#include "Paginator.h"
#include "SandboxJson.h"
#include "SandboxReply.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace waveshelf::sandbox {

class LikeState;
class SandboxData;
struct SandboxActivity;
struct SandboxRequest;
struct SandboxUser;

// The paged answers of the API's lists (tracks, playlists, users, feed
// activities) for one request of one signed-in user: tracks honour `access`,
// playlists `show_tracks` (others' private playlists are left out), and every
// track says whether that user likes it.
class SandboxLists final {
public:
    SandboxLists(const SandboxData &data, const LikeState &likes, const SandboxRequest &request, const QUrl &baseUrl,
                 const SandboxUser &viewer);

    // What a list shows when the request has no `access`: everything, or no blocked tracks.
    [[nodiscard]] static QStringList allAccess();
    [[nodiscard]] static QStringList listedAccess();

    [[nodiscard]] SandboxReply tracks(const QList<qint64> &ids, const QStringList &defaultAccess,
                                      Paginator::Style style = Paginator::Style::Cursor) const;
    [[nodiscard]] SandboxReply playlists(const QList<qint64> &ids,
                                         Paginator::Style style = Paginator::Style::Cursor) const;
    [[nodiscard]] SandboxReply users(const QList<qint64> &ids, Paginator::Style style = Paginator::Style::Cursor) const;
    [[nodiscard]] SandboxReply activities(const QList<SandboxActivity> &feed) const;
    // Whole, whatever the paging parameters: {"collection": [...]} (recently played).
    [[nodiscard]] SandboxReply unpagedTracks(const QList<qint64> &ids) const;
    [[nodiscard]] const SandboxJson &json() const { return m_json; }

private:
    [[nodiscard]] bool accessAllowed(qint64 trackId, const QStringList &defaultAccess) const;

    const SandboxData &m_data;
    const SandboxRequest &m_request;
    QUrl m_baseUrl;
    SandboxJson m_json;
    qint64 m_viewerId = 0;
};

}  // namespace waveshelf::sandbox
