#include "WebEngineSignInWindowFactory.h"

#include "BrowserProfiles.h"
#include "WebEngineSignInWindow.h"

namespace waveshelf {

WebEngineSignInWindowFactory::WebEngineSignInWindowFactory(BrowserProfiles &profiles, QWidget *dialogParent)
    : m_profiles(profiles), m_dialogParent(dialogParent)
{
}

SignInWindow *WebEngineSignInWindowFactory::create(qint64 userId, QObject *parent)
{
    return new WebEngineSignInWindow(m_profiles.profileFor(userId), m_dialogParent.data(), parent);
}

void WebEngineSignInWindowFactory::forgetSignIn(qint64 userId)
{
    m_profiles.clear(userId);
}

}  // namespace waveshelf
