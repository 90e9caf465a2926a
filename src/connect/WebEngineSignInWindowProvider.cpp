#include "WebEngineSignInWindowProvider.h"

#include "WebEngineSignInWindowFactory.h"

#include <QWidget>

namespace waveshelf {

WebEngineSignInWindowProvider::WebEngineSignInWindowProvider(QObject *parent)
    : QObject(parent)
{
}

WebEngineSignInWindowProvider::~WebEngineSignInWindowProvider() = default;

std::unique_ptr<SignInWindowFactory> WebEngineSignInWindowProvider::createFactory(const QString &profilesDir,
                                                                                  QObject *dialogParent)
{
    // QWidget's meta-object lives in Qt's own library, so this cast works across the plugin boundary.
    return std::make_unique<WebEngineSignInWindowFactory>(profilesDir, qobject_cast<QWidget *>(dialogParent));
}

}  // namespace waveshelf
