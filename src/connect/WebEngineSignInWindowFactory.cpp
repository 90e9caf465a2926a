#include "WebEngineSignInWindowFactory.h"

#include "BrowserProfiles.h"
#include "WebEngineSignInWindow.h"

namespace waveshelf {

WebEngineSignInWindowFactory::WebEngineSignInWindowFactory(const QString &profilesDir, QWidget *dialogParent)
    : m_profiles(std::make_unique<BrowserProfiles>(profilesDir))
    , m_dialogParent(dialogParent)
{
}

WebEngineSignInWindowFactory::~WebEngineSignInWindowFactory() = default;

Result<SignInWindow *> WebEngineSignInWindowFactory::create(qint64 userId, QObject *parent)
{
    return new WebEngineSignInWindow(m_profiles->profileFor(userId), m_dialogParent.data(), parent);
}

void WebEngineSignInWindowFactory::forgetSignIn(qint64 userId)
{
    m_profiles->clear(userId);
}

}  // namespace waveshelf
