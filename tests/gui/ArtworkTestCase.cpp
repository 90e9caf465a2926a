#include "ArtworkTestCase.h"

#include "ArtworkLoader.h"

#include <QTest>

namespace waveshelf::test {

void ArtworkTestCase::initTestCase()
{
    m_host = std::make_unique<sandbox::SandboxHost>();
    QVERIFY(m_host->start());
}

void ArtworkTestCase::init()
{
    m_host->clearFaults();
    m_host->resetCounters();
    m_cacheRoot = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheRoot->isValid());
}

void ArtworkTestCase::cleanup()
{
    m_host->clearFaults();
    m_cacheRoot.reset();
}

QUrl ArtworkTestCase::imageUrl(const QString &name) const
{
    return m_host->baseUrl().resolved(QUrl(QStringLiteral("/images/") + name));
}

std::unique_ptr<ArtworkLoader> ArtworkTestCase::makeLoader(qint64 userId)
{
    return ArtworkLoader::forUser(cacheRoot(), userId);
}

void ArtworkTestCase::slowImages(int delayMs, int count)
{
    m_host->injectFault(sandbox::Fault::slow(QStringLiteral("/images/"), delayMs, count));
}

bool ArtworkTestCase::waitUntilIdle(ArtworkLoader &loader)
{
    return QTest::qWaitFor([&loader] { return loader.isIdle(); }, 10000);
}

}  // namespace waveshelf::test
