#include "MprisService.h"

#include "MprisPlayerAdaptor.h"
#include "MprisRootAdaptor.h"
#include "common/LogCategories.h"

#include <QDBusConnectionInterface>

namespace waveshelf {

const QString MprisService::kServiceName = QStringLiteral("org.mpris.MediaPlayer2.waveshelf");
const QString MprisService::kObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");

MprisService::MprisService(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

MprisService::~MprisService()
{
    if (!m_serviceName.isEmpty())
        m_bus.unregisterService(m_serviceName);
    m_bus.unregisterObject(kObjectPath);
}

Result<MprisService *> MprisService::start(PlayerController &player, Callback raise, Callback quit, QObject *parent)
{
    return start(QDBusConnection::sessionBus(), player, std::move(raise), std::move(quit), parent);
}

Result<MprisService *> MprisService::start(const QDBusConnection &bus, PlayerController &player, Callback raise,
                                           Callback quit, QObject *parent)
{
    const QString unavailable = tr("The desktop's media controls (MPRIS) are not available.");
    if (!bus.isConnected())
        return Error{ErrorKind::Unreachable, unavailable,
                     QStringLiteral("no D-Bus session bus: %1").arg(bus.lastError().message())};

    auto *service = new MprisService(bus, parent);
    new MprisRootAdaptor(service, std::move(raise), std::move(quit));
    new MprisPlayerAdaptor(service, player, bus, kObjectPath);
    if (!service->m_bus.registerObject(kObjectPath, service, QDBusConnection::ExportAdaptors)) {
        const QString detail = QStringLiteral("%1 is already exported on this connection").arg(kObjectPath);
        delete service;
        return Error{ErrorKind::AlreadyExists, unavailable, detail};
    }
    const QStringList names{kServiceName,
                            kServiceName + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid())};
    for (const QString &name : names) {
        if (service->m_bus.registerService(name)) {
            service->m_serviceName = name;
            qCInfo(lcMpris) << "MPRIS 2 player on the session bus as" << name;
            return service;
        }
    }
    const QString detail = QStringLiteral("cannot own %1: %2").arg(kServiceName, service->m_bus.lastError().message());
    delete service;
    return Error{ErrorKind::Unreachable, unavailable, detail};
}

}  // namespace waveshelf
