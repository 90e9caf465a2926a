#pragma once

#include "session/SignInWindowFactory.h"

#include <QPointer>
#include <QWidget>

namespace waveshelf {

class BrowserProfiles;

// Makes WebEngineSignInWindows in each local user's own browser profile; forgetting
// a user's sign-in clears that profile.
class WebEngineSignInWindowFactory final : public SignInWindowFactory {
public:
    // profiles must outlive the factory; dialogParent owns the popups (may be null).
    WebEngineSignInWindowFactory(BrowserProfiles &profiles, QWidget *dialogParent);

    [[nodiscard]] SignInWindow *create(qint64 userId, QObject *parent) override;
    void forgetSignIn(qint64 userId) override;

private:
    BrowserProfiles &m_profiles;
    QPointer<QWidget> m_dialogParent;
};

}  // namespace waveshelf
