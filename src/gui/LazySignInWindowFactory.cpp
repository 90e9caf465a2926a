#include "LazySignInWindowFactory.h"

#include "SignInPluginLoader.h"
#include "session/BrowserProfileFolder.h"
#include "session/SignInWindowProvider.h"

#include <QProcessEnvironment>

namespace waveshelf {

LazySignInWindowFactory::LazySignInWindowFactory(QString profilesDir, QWidget *dialogParent, QStringList pluginDirs)
    : m_profilesDir(std::move(profilesDir))
    , m_dialogParent(dialogParent)
    , m_pluginDirs(std::move(pluginDirs))
{
}

LazySignInWindowFactory::LazySignInWindowFactory(QString profilesDir, QWidget *dialogParent)
    : LazySignInWindowFactory(std::move(profilesDir), dialogParent,
                              SignInPluginLoader::searchDirs(QProcessEnvironment::systemEnvironment()))
{
}

LazySignInWindowFactory::~LazySignInWindowFactory() = default;

Result<SignInWindow *> LazySignInWindowFactory::create(qint64 userId, QObject *parent)
{
    if (!m_loaded) {
        const Result<SignInWindowProvider *> provider = SignInPluginLoader::load(m_pluginDirs);
        if (!provider.ok())
            return provider.error();
        m_loaded = provider.value()->createFactory(m_profilesDir, m_dialogParent.data());
    }
    return m_loaded->create(userId, parent);
}

void LazySignInWindowFactory::forgetSignIn(qint64 userId)
{
    if (m_loaded)
        m_loaded->forgetSignIn(userId);  // the profile may be in use: the engine clears it
    else
        BrowserProfileFolder::remove(m_profilesDir, userId);
}

}  // namespace waveshelf
