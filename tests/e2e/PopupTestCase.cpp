#include "PopupTestCase.h"

#include "LocalSite.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace waveshelf;

namespace popuptest {

void PopupTestCase::initTestCase()
{
    m_profilesDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profilesDir->isValid());
    m_profiles = std::make_unique<BrowserProfiles>(m_profilesDir->path());
}

void PopupTestCase::cleanupTestCase()
{
    m_profiles.reset();
    m_profilesDir.reset();
}

bool PopupTestCase::waitForLoad(QWebEnginePage *page)
{
    QSignalSpy finished(page, &QWebEnginePage::loadFinished);
    return finished.wait(kTimeoutMs) && finished.last().at(0).toBool();
}

void PopupTestCase::runJavaScript(QWebEnginePage *page, const QString &script)
{
    page->runJavaScript(script);
}

bool PopupTestCase::pageSettled(QWebEnginePage *page, const LocalSite &site)
{
    static int round = 0;
    const QString path = QStringLiteral("/settled-%1").arg(++round);
    runJavaScript(page,
                  QStringLiteral("fetch('%1', {mode: 'no-cors', cache: 'no-store'}).catch(() => {});")
                      .arg(site.url(path).toString()));
    return QTest::qWaitFor([&] { return site.hitCount(path) == 1; }, kTimeoutMs);
}

}  // namespace popuptest
