#pragma once

// The base of the artwork tests: the sandbox on loopback (its /images route plays
// SoundCloud's CDN and counts every request), a fresh cache root per test, and
// helpers to wait for a loader without sleeping.

#include "SandboxHost.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace waveshelf {
class ArtworkLoader;
}

namespace waveshelf::test {

class ArtworkTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    [[nodiscard]] QUrl imageUrl(const QString &name) const;
    [[nodiscard]] QString cacheRoot() const { return m_cacheRoot->path(); }
    // A loader for local user `userId` with its disk cache under cacheRoot().
    [[nodiscard]] std::unique_ptr<ArtworkLoader> makeLoader(qint64 userId = 1);
    // Holds every image answer back for `delayMs` (the next `count` requests).
    void slowImages(int delayMs, int count = 1000);
    // Waits (on events, up to 10 s) until the loader has nothing queued or in flight.
    [[nodiscard]] static bool waitUntilIdle(ArtworkLoader &loader);

    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<QTemporaryDir> m_cacheRoot;
};

}  // namespace waveshelf::test
