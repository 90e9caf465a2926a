// A Qt plugin that claims the sign-in window interface in its metadata but does
// not implement it, copied under the plugin's name by tst_lazywebengine.
#include "session/SignInWindowProvider.h"

#include <QObject>

class NoInterfacePlugin final : public QObject {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WAVESHELF_SIGNINWINDOWPROVIDER_IID)
};

#include "NoInterfacePlugin.moc"
