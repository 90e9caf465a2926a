#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QObject>

#include <functional>

namespace waveshelf {

class PlayerController;

// The desktop's player controls (media keys, the panel's media applet) through
// MPRIS 2: a PlayerController exported at /org/mpris/MediaPlayer2 as
// org.mpris.MediaPlayer2.waveshelf on the session bus (MprisRootAdaptor,
// MprisPlayerAdaptor). If that name is taken (a second Waveshelf), the spec's
// org.mpris.MediaPlayer2.waveshelf.instance<pid>. Where there is no session bus,
// start() returns an error and the app plays on without it.
class MprisService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MprisService)

public:
    using Callback = std::function<void()>;

    static const QString kServiceName;
    static const QString kObjectPath;

    // On the session bus. `raise` brings the window to the front and `quit` quits
    // the app (empty: CanRaise/CanQuit are false). The service is a child of
    // `parent`, which must not outlive `player`; deleting it leaves the bus.
    static Result<MprisService *> start(PlayerController &player, Callback raise, Callback quit, QObject *parent);
    // The same on a given connection (tests use a private bus).
    static Result<MprisService *> start(const QDBusConnection &bus, PlayerController &player, Callback raise,
                                        Callback quit, QObject *parent);

    ~MprisService() override;

    // The bus name this service owns.
    [[nodiscard]] QString serviceName() const { return m_serviceName; }

private:
    MprisService(const QDBusConnection &bus, QObject *parent);

    QDBusConnection m_bus;
    QString m_serviceName;
};

}  // namespace waveshelf
