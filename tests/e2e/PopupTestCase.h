#pragma once

// The base of the tst_connectpopup* tests: browser profiles in a temporary folder
// (a fresh one per test user), and waits on WebEngine pages. Its private slots
// initTestCase() and cleanupTestCase() are run by Qt Test for the derived class.

#include "BrowserProfiles.h"

#include <QCoreApplication>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QWebEnginePage;
class QWebEngineProfile;

namespace popuptest {

class LocalSite;

class PopupTestCase : public QObject {
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void cleanupTestCase();

protected:
    static constexpr int kTimeoutMs = 90000;  // WebEngine starts slowly on a small machine.

    // Call before returning to the event loop after starting the load.
    static bool waitForLoad(QWebEnginePage *page);
    static void runJavaScript(QWebEnginePage *page, const QString &script);
    // Instead of a fixed wait before checking that nothing more happened: the page
    // fetches a fresh path of `site`, and we wait until that request arrives. It goes
    // through the same renderer and network stack after whatever the page started
    // before, so a navigation that slipped through would have shown by then.
    static bool pageSettled(QWebEnginePage *page, const LocalSite &site);

    std::unique_ptr<QTemporaryDir> m_profilesDir;
    std::unique_ptr<waveshelf::BrowserProfiles> m_profiles;
    qint64 m_nextUser = 1;
    QWebEngineProfile *freshProfile() { return m_profiles->profileFor(m_nextUser++); }
};

}  // namespace popuptest
