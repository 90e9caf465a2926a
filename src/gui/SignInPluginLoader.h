#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QProcessEnvironment;

namespace waveshelf {

class SignInWindowProvider;

// Finds and loads the sign-in window plugin (waveshelf_connect_plugin, the only
// code linking QtWebEngine) in this process. Nothing is loaded until load().
class SignInPluginLoader final {
    Q_DECLARE_TR_FUNCTIONS(SignInPluginLoader)

public:
    // The plugin's file name (e.g. libwaveshelf_connect_plugin.so).
    [[nodiscard]] static QString fileName();
    // Where to look, in order. WAVESHELF_PLUGIN_DIR (tests, developers), when set,
    // is the only place. Otherwise: the install layout next to the executable
    // (bin/../lib/waveshelf), then the build tree's plugin folder, for an
    // executable inside that build tree only.
    [[nodiscard]] static QStringList searchDirs(const QProcessEnvironment &env);
    // The plugin from the first folder that has its file. A missing file, a
    // library that is no Qt plugin, one with another interface or one that fails
    // to load is an error in plain words (a packaging problem); the reason is
    // logged at warning level.
    [[nodiscard]] static Result<SignInWindowProvider *> load(const QStringList &dirs);

private:
    [[nodiscard]] static Error packagingError(const QString &detail);
};

}  // namespace waveshelf
