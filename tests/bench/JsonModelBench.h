#pragma once

#include <QByteArrayList>
#include <QUrl>

namespace waveshelf {
class TokenSession;
}

namespace waveshelf::bench {

class BenchTable;

// JSON to model: SandboxData::kErinTrackCount tracks as 50 pages of 200 in the
// sandbox's JSON shape, loaded into a TrackListModel (ApiClient, PageCursor,
// ApiJson, the model; a canned network, no socket) against a bare
// QJsonDocument::fromJson of the same bytes. Median of `runs`.
class JsonModelBench final {
public:
    // `tokens`: a connected user's session (the ApiClient asks it for a token).
    JsonModelBench(TokenSession &tokens, QUrl apiBase, int runs);
    bool run(BenchTable &table);

    // The pages as the sandbox serves /me/tracks to erin, limit 200.
    [[nodiscard]] static QByteArrayList erinPages(const QUrl &apiBase);

private:
    [[nodiscard]] double modelLoadMs(const QByteArrayList &pages) const;

    TokenSession &m_tokens;
    QUrl m_apiBase;
    int m_runs;
};

}  // namespace waveshelf::bench
