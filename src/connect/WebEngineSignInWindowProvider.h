#pragma once

#include "session/SignInWindowProvider.h"

#include <QObject>

namespace waveshelf {

// The sign-in window plugin's entry point (waveshelf_connect_plugin): the only
// way the app reaches the browser engine, loaded when a window is first needed.
class WebEngineSignInWindowProvider final : public QObject, public SignInWindowProvider {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WAVESHELF_SIGNINWINDOWPROVIDER_IID)
    Q_INTERFACES(waveshelf::SignInWindowProvider)
    Q_DISABLE_COPY_MOVE(WebEngineSignInWindowProvider)

public:
    explicit WebEngineSignInWindowProvider(QObject *parent = nullptr);
    ~WebEngineSignInWindowProvider() override;

    [[nodiscard]] std::unique_ptr<SignInWindowFactory> createFactory(const QString &profilesDir,
                                                                     QObject *dialogParent) override;
};

}  // namespace waveshelf
