#pragma once

#include <QString>
#include <QtPlugin>

#include <memory>

class QObject;

namespace waveshelf {

class SignInWindowFactory;

// What the sign-in window plugin (src/connect, which holds the browser engine)
// exports. The app loads it on demand (LazySignInWindowFactory), so a process
// that never shows the embedded sign-in window never maps QtWebEngine.
// The plugin runs in the app's process: no token, code or verifier crosses
// any channel, and the redirect is caught inside the window before it loads.
class SignInWindowProvider {
public:
    SignInWindowProvider() = default;
    virtual ~SignInWindowProvider() = default;
    SignInWindowProvider(const SignInWindowProvider &) = delete;
    SignInWindowProvider &operator=(const SignInWindowProvider &) = delete;
    SignInWindowProvider(SignInWindowProvider &&) = delete;
    SignInWindowProvider &operator=(SignInWindowProvider &&) = delete;

    // A factory of sign-in windows keeping each local user's browser profile in
    // profilesDir/user-<id>. dialogParent (a QWidget in the app, may be null)
    // owns the windows; the factory must not outlive it.
    [[nodiscard]] virtual std::unique_ptr<SignInWindowFactory> createFactory(const QString &profilesDir,
                                                                             QObject *dialogParent) = 0;
};

}  // namespace waveshelf

// Bump the version when the interface (or SignInWindow/SignInWindowFactory) changes:
// a plugin built against another version is then refused before it is loaded.
#define WAVESHELF_SIGNINWINDOWPROVIDER_IID "io.github.waveshelf.SignInWindowProvider/1"
Q_DECLARE_INTERFACE(waveshelf::SignInWindowProvider, WAVESHELF_SIGNINWINDOWPROVIDER_IID)
