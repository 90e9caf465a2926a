#pragma once

#include "session/SignInWindowFactory.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

namespace waveshelf {

class BrowserProfiles;

// Makes WebEngineSignInWindows in each local user's own browser profile (kept
// under profilesDir); forgetting a user's sign-in clears that profile.
class WebEngineSignInWindowFactory final : public SignInWindowFactory {
public:
    // dialogParent owns the popups (may be null); the factory must not outlive it.
    WebEngineSignInWindowFactory(const QString &profilesDir, QWidget *dialogParent);
    ~WebEngineSignInWindowFactory() override;

    [[nodiscard]] Result<SignInWindow *> create(qint64 userId, QObject *parent) override;
    void forgetSignIn(qint64 userId) override;

private:
    std::unique_ptr<BrowserProfiles> m_profiles;
    QPointer<QWidget> m_dialogParent;
};

}  // namespace waveshelf
