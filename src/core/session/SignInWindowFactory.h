#pragma once

#include "common/Result.h"

#include <QtGlobal>

class QObject;

namespace waveshelf {

class SignInWindow;

// Makes the embedded sign-in windows of the local users (the app gives one
// backed by their browser profiles). ConnectController works without one: the
// embedded window is then unavailable and the web browser remains.
class SignInWindowFactory {
public:
    SignInWindowFactory() = default;
    virtual ~SignInWindowFactory() = default;
    SignInWindowFactory(const SignInWindowFactory &) = delete;
    SignInWindowFactory &operator=(const SignInWindowFactory &) = delete;
    SignInWindowFactory(SignInWindowFactory &&) = delete;
    SignInWindowFactory &operator=(SignInWindowFactory &&) = delete;

    // A new, not yet opened window for this local user's sign-in, owned by parent;
    // or why there is none (e.g. the window's plugin could not be loaded).
    [[nodiscard]] virtual Result<SignInWindow *> create(qint64 userId, QObject *parent) = 0;
    // Forgets what this user's windows remember (SoundCloud's session cookies):
    // after "Disconnect" the next sign-in starts from a fresh sign-in form.
    virtual void forgetSignIn(qint64 userId) = 0;
};

}  // namespace waveshelf
