#pragma once

#include "SandboxReply.h"

#include <QHash>
#include <QString>

namespace waveshelf::sandbox {

struct SandboxRequest;

// /images/<name>: artwork and avatars as a CDN serves them. A PNG per name
// ("artworks-<id>-<size>.png", "avatars-<id>-<size>.png", "waveform-<id>.png"), its
// colour following the id and its size the suffix (-large 100x100, -t67x67,
// -t300x300, -t500x500, -original…). Answers carry Cache-Control and an ETag
// (If-None-Match gives 304). A request with an Authorization header is refused
// with 400: a CDN must never see the access token. Every request is counted.
class ArtworkEndpoint final {
public:
    [[nodiscard]] SandboxReply handle(const SandboxRequest &request);

    // Requests to /images/… (refused ones included); with a path, to exactly that path.
    [[nodiscard]] int requestCount(const QString &path = QString()) const;
    // Requests refused because they carried an Authorization header.
    [[nodiscard]] int refusedCount() const { return m_refused; }
    // Requests answered 304 Not Modified.
    [[nodiscard]] int notModifiedCount() const { return m_notModified; }
    void resetCounters();

    // The name's ETag (quoted), as the answer carries it.
    [[nodiscard]] static QByteArray etagFor(const QString &name);

private:
    QHash<QString, int> m_requests;
    int m_total = 0;
    int m_refused = 0;
    int m_notModified = 0;
};

}  // namespace waveshelf::sandbox
