#pragma once

#include "session/SignInWindowFactory.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace waveshelf {

// The app's sign-in windows, with the browser engine loaded on demand: the
// first create() loads the sign-in window plugin (SignInPluginLoader) and
// forwards to the factory it gives; until then QtWebEngine is not in the
// process. If the plugin cannot be loaded, create() says so (the web browser
// remains) and a later one tries again. forgetSignIn() never loads the engine
// just to clear cookies: before the plugin is loaded it deletes the user's
// profile folder on disk.
class LazySignInWindowFactory final : public SignInWindowFactory {
public:
    // Profiles live under profilesDir; dialogParent owns the windows (may be null)
    // and must outlive the factory. pluginDirs: where to look for the plugin.
    LazySignInWindowFactory(QString profilesDir, QWidget *dialogParent, QStringList pluginDirs);
    // The same, looking where SignInPluginLoader::searchDirs() says for this process.
    LazySignInWindowFactory(QString profilesDir, QWidget *dialogParent);
    ~LazySignInWindowFactory() override;

    [[nodiscard]] Result<SignInWindow *> create(qint64 userId, QObject *parent) override;
    void forgetSignIn(qint64 userId) override;

    [[nodiscard]] bool isLoaded() const { return m_loaded != nullptr; }

private:
    QString m_profilesDir;
    QPointer<QWidget> m_dialogParent;
    QStringList m_pluginDirs;
    std::unique_ptr<SignInWindowFactory> m_loaded;  // made by the plugin, which is never unloaded
};

}  // namespace waveshelf
