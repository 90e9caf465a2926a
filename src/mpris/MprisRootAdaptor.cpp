#include "MprisRootAdaptor.h"

#include <QMetaObject>

namespace waveshelf {

MprisRootAdaptor::MprisRootAdaptor(QObject *exported, std::function<void()> raise, std::function<void()> quit)
    : QDBusAbstractAdaptor(exported)
    , m_raise(std::move(raise))
    , m_quit(std::move(quit))
{
}

QString MprisRootAdaptor::identity()
{
    return QStringLiteral("Waveshelf");  // a name: not translated
}

QString MprisRootAdaptor::desktopEntry()
{
    // The installed packaging/linux/<app id>.desktop, without ".desktop".
    return QStringLiteral(WAVESHELF_APP_ID);
}

void MprisRootAdaptor::Raise()
{
    if (m_raise)
        QMetaObject::invokeMethod(this, m_raise, Qt::QueuedConnection);
}

void MprisRootAdaptor::Quit()
{
    if (m_quit)
        QMetaObject::invokeMethod(this, m_quit, Qt::QueuedConnection);
}

}  // namespace waveshelf
