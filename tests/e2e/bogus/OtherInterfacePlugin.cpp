// A Qt plugin for another interface, copied under the sign-in window plugin's
// name by tst_lazywebengine: it must be refused without being loaded.
#include <QObject>
#include <QtPlugin>

class OtherInterfacePlugin final : public QObject {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "io.github.waveshelf.SomethingElse/1")
};

#include "OtherInterfacePlugin.moc"
